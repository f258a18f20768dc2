import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { chapters } from '../../src/lib/server/chapters';
import { getPlace, places } from '../../src/lib/content/places';
import { cameraForSize } from '../../src/lib/geo/camera';
import { distance } from '../../src/lib/geo/geodesic';
import { niceLength, placeLabels, staticMap } from '../../src/lib/geo/static-map';

const read = (name: string) => JSON.parse(readFileSync(`static/geo/${name}.geojson`, 'utf8')) as FeatureCollection;
const data = { landRegion: read('land-region'), landWorld: read('land-world'), borders: read('borders'), places };
const W = 680;
const H = 400;
const chapter = (id: string) => chapters.find((c) => c.id === id)!;

describe('the handout’s static maps', () => {
	it('put a place where Web Mercator puts it at the chapter’s camera', () => {
		// Web Mercator: x = (lon + 180) / 360 · worldSize; y = (1 − ln(tan φ + sec φ) / π) / 2 · worldSize,
		// with worldSize = 512 · 2^zoom, as MapLibre draws it.
		const c = chapter('vladivostok');
		const map = staticMap(c, data, {}, W, H);
		const worldSize = 512 * 2 ** cameraForSize(c.camera, W, H).zoom;
		const project = ([lon, lat]: number[]) => {
			const phi = (lat! * Math.PI) / 180;
			return [((lon! + 180) / 360) * worldSize, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * worldSize];
		};
		const [cx, cy] = project(c.camera.center);
		const place = getPlace('vladivostok')!;
		const [px, py] = project((place.geometry as { coordinates: number[] }).coordinates);
		const label = map.labels.find((l) => l.text === 'Vladivostok')!;
		expect(label.x).toBeCloseTo(W / 2 + px! - cx!, 0);
		expect(label.y).toBeCloseTo(H / 2 + py! - cy!, 0);
	});

	it('draw land and sea on every chapter’s map, never land over the whole picture', () => {
		const whole = `M0,0L${W},0L${W},${H}L0,${H}Z`;
		for (const c of chapters) {
			const map = staticMap(c, data, {}, W, H);
			expect(map.land.length, c.id).toBeGreaterThan(500);
			expect(map.land.includes(whole), `${c.id}: land covers the whole map`).toBe(false);
			if (c.places.some((id) => getPlace(id)?.geometry.type === 'Land')) expect(map.highlight.length, c.id).toBeGreaterThan(50);
		}
	});

	it('draw a globe for a globe chapter, with the measured routes on it', () => {
		const c = chapter('northern-sea-route');
		const line = [
			[139.6, 35.4],
			[170, 60],
			[-170, 66]
		];
		const map = staticMap(c, data, { routes: [{ kind: 'route-nsr', coordinates: line }] }, W, H);
		expect(map.projection).toBe('globe');
		expect(map.sphere).toMatch(/^M/);
		expect(map.scale).toBeUndefined();
		expect(map.lines.find((l) => l.kind === 'route-nsr')!.d).toMatch(/^M[\d.]+,[\d.]+L/);
	});

	it('label a scale bar whose length is true along the centre’s latitude (checked with GeographicLib)', () => {
		for (const id of ['four-islands', 'habomai', 'trade']) {
			const c = chapter(id);
			const { scale } = staticMap(c, data, {}, W, H);
			// Walk the bar's length east along the centre's parallel: Web Mercator's scale there is
			// 2π · 6378137 · cos φ metres per world width.
			const worldSize = 512 * 2 ** cameraForSize(c.camera, W, H).zoom;
			const dLon = (scale!.px / worldSize) * 360;
			const [lon, lat] = c.camera.center;
			const along = distance([lon, lat], [lon + dLon, lat]);
			// A parallel is a little longer than the geodesic between its ends, and WGS84 is not a
			// sphere: within 0.5 %.
			expect(Math.abs(along / 1000 - scale!.km) / scale!.km, id).toBeLessThan(0.005);
		}
	});

	it('round a scale bar to 1, 2 or 5 × 10ⁿ', () => {
		expect(niceLength(730)).toBe(500);
		expect(niceLength(199)).toBe(100);
		expect(niceLength(20)).toBe(20);
		expect(niceLength(3.2)).toBe(2);
	});
});

describe('labels on the static maps', () => {
	it('move a label that would overlap one placed before it, or another place’s dot, to another side of its point', () => {
		const [first, second] = placeLabels([
			{ x: 100, y: 100, text: 'Heiligendamm', dot: true },
			{ x: 150, y: 98, text: 'Moscow', dot: true }
		]);
		// Right of its point it would cover Moscow's dot: so left.
		expect(first).toMatchObject({ textX: 94, anchor: 'end' });
		expect(second).toMatchObject({ textX: 156, anchor: 'start' });
		// Boxed in on both sides, a label goes below or above its point, a whole line clear.
		const boxed = placeLabels([
			{ x: 40, y: 100, text: 'Heiligendamm', dot: true },
			{ x: 150, y: 100, text: 'Moscow', dot: true },
			{ x: 200, y: 100, text: 'Yaroslavl', dot: true }
		]);
		expect(boxed[1]).toMatchObject({ anchor: 'middle', textX: 150 });
		expect(Math.abs(boxed[1]!.textY - 100)).toBeGreaterThanOrEqual(15);
	});

	it('place a group’s label after its members’, moved off them, and keep labels inside the map', () => {
		const [group, member] = placeLabels(
			[
				{ x: 200, y: 100, text: 'Southern Kurils / Northern Territories', dot: false, group: true },
				{ x: 190, y: 100, text: 'Kunashir / Kunashiri', dot: false }
			],
			{ width: 680, height: 400 }
		);
		// The member keeps its own place; the group's name clears it by a whole line or more.
		expect(member).toMatchObject({ textX: 190, textY: 100 });
		expect(Math.abs(group!.textY - member!.textY)).toBeGreaterThanOrEqual(15);
		const [edge] = placeLabels([{ x: 670, y: 200, text: 'Vladivostok', dot: true }], { width: 680, height: 400 });
		expect(edge).toMatchObject({ anchor: 'end' });
	});
});
