/**
 * Lanes a ship follows stay at sea: the story's own lane (the Northern Sea Route) and the routes
 * measured on the shipping-lane network, checked against the map's land data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { borders } from '../../src/lib/content/borders';
import { chapters } from '../../src/lib/server/chapters';
import { events } from '../../src/lib/content/events';
import { getPlace, places, type Place } from '../../src/lib/content/places';
import { geographyProblems } from '../../src/lib/server/validate-geo';
import type { LonLat } from '../../src/lib/geo/format';
import { landCrossing, landOf, landStretches, onLand } from '../../src/lib/geo/land';
import { mapLand } from '../../src/lib/server/content';
import { compareRoutes } from '../../src/lib/server/routes';

const read = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', 'static', 'geo', name), 'utf8')) as FeatureCollection;
const region = landOf(read('land-region.geojson'));
const world = landOf(read('land-world.geojson'));
const land = mapLand();
const eventIds = new Set(events.map((e) => e.id));

describe('the map’s land', () => {
	// Points whose land or sea is not in question (coordinates from any atlas).
	it('holds cities and islands, and not the seas or a great lake', () => {
		for (const [name, at] of [
			['Tokyo', [139.69, 35.69]],
			['Moscow', [37.62, 55.75]],
			['Yuzhno-Sakhalinsk', [142.74, 46.96]],
			['Kunashir, Yuzhno-Kurilsk', [145.86, 44.03]]
		] as [string, LonLat][])
			expect(onLand(at, land), name).toBe(true);
		for (const [name, at] of [
			['the Pacific east of Japan', [150, 35]],
			['the Sea of Okhotsk', [148, 52]],
			['the Kara Sea', [70, 75]],
			['Lake Khanka', [132.4, 45.0]],
			['the Kunashir / Nemuro Strait, between Hokkaido and Kunashir', [145.4, 43.75]]
		] as [string, LonLat][])
			expect(onLand(at, land), name).toBe(false);
	});

	it('finds where a line crosses land, and every stretch over it', () => {
		// A square degree of land on the equator, with a lake of a fifth of a degree in its middle:
		// a line along its middle crosses 0.4° of land, the lake, and 0.4° more (1° ≈ 111.2 km).
		const square = (w: number, s: number, e: number, n: number) => [[w, s], [e, s], [e, n], [w, n], [w, s]];
		const island = landOf({
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square(0, 0, 1, 1), square(0.4, 0.4, 0.6, 0.6).reverse()] } }]
		});
		const across: LonLat[] = [[-1, 0.5], [2, 0.5]];
		// The first point checked on land, within a step (2 km) of the coast at 0°.
		const [lon, lat] = landCrossing(across, island)!;
		expect(lon).toBeGreaterThanOrEqual(0);
		expect(lon).toBeLessThan(2 / 111.2);
		expect(lat).toBe(0.5);
		const stretches = landStretches(across, island, 1);
		expect(stretches).toHaveLength(2);
		for (const s of stretches) expect(s.km).toBeCloseTo(0.4 * 111.2, -1);
		expect(landCrossing([[-1, 1.5], [2, 1.5]], island)).toBeNull();
		expect(onLand([0.5, 0.5], island)).toBe(false);
		expect(onLand([0.2, 0.5], island)).toBe(true);
		// Longitudes written past 180° are the same places.
		expect(onLand([360.2, 0.5], island)).toBe(true);
	});
});

describe('lanes a ship follows', () => {
	it('the story’s own lanes stay at sea, by the world’s and the region’s land', () => {
		const lanes = places.filter((p) => p.kind === 'sea-route');
		expect(lanes.map((p) => p.id)).toContain('northern-sea-route');
		expect(geographyProblems(places, borders, eventIds, land, 'places.ts')).toEqual([]);
	});

	it('the build fails a lane that crosses land, naming it and where', () => {
		// The line the route had before, cutting across the Yamal peninsula at 68° E, 71° N.
		const nsr = getPlace('northern-sea-route')!;
		const overYamal: Place = {
			...nsr,
			geometry: { type: 'LineString', coordinates: [[80, 74], [68, 71], [57.8, 70.5]] }
		};
		const problems = geographyProblems([overYamal], [], eventIds, land, 'src/lib/content/places.ts');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^src\/lib\/content\/places\.ts: the sea route "northern-sea-route" crosses the map's land at \[(6\d|7\d)\.\d+, 7\d\.\d+\]/);
	});

	it('the NSR runs from the Bering Strait to the Kara Gate, the route’s legal ends', () => {
		const g = getPlace('northern-sea-route')!.geometry;
		const line = (g.type === 'MultiLineString' ? g.coordinates.flat() : g.type === 'LineString' ? g.coordinates : []) as LonLat[];
		const ends = [line[0]!, line.at(-1)!].sort((a, b) => a[0] - b[0]);
		// The Kara Gate, 70.5° N 58° E; the Bering Strait's narrowest, 65.8° N 169° W (any atlas).
		expect(Math.abs(ends[1]![0] - 58)).toBeLessThan(1.5);
		expect(Math.abs(ends[1]![1] - 70.5)).toBeLessThan(0.7);
		expect(ends[0]![0]).toBeLessThan(-168);
		expect(Math.abs(ends[0]![1] - 66)).toBeLessThan(1);
	});

	const measured = chapters.filter((c) => c.routeComparison).flatMap((c) => {
		const f = compareRoutes(c.routeComparison!);
		return [
			[`${c.id}, via Suez`, f.viaSuez.coordinates as LonLat[]],
			[`${c.id}, by the NSR`, f.viaNsr.coordinates as LonLat[]]
		] as [string, LonLat[]][];
	});

	it.each(measured)('the measured route (%s) stays off the region’s detailed land', (_name, line) => {
		expect(landStretches(line, region)).toEqual([]);
	});

	// The world's land is Natural Earth at 1:110 million, whose coasts lie tens of kilometres off the
	// true ones and which fills narrow waters (the Gulf of Suez). A route may touch it only where
	// that explains it: at its ends (the ports), in the Suez Canal and its gulf, or for a stretch
	// shorter than 30 km where the coarse coast cuts a corner.
	it.each(measured)('the measured route (%s) crosses the coarse world land only where its coarseness explains it', (_name, line) => {
		const ends = [line[0]!, line.at(-1)!];
		const near = (a: LonLat, b: LonLat) => Math.hypot(a[0] - b[0], a[1] - b[1]) < 1;
		const suez = ([lon, lat]: LonLat) => lon > 32 && lon < 34.5 && lat > 27 && lat < 31.5;
		const unexplained = landStretches(line, world).filter(
			(s) => !ends.some((e) => near(s.from, e) || near(s.to, e)) && !(suez(s.from) && suez(s.to)) && s.km >= 30
		);
		expect(unexplained).toEqual([]);
	});
});
