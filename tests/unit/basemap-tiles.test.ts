/**
 * The basemap's tile archive (static/geo/basemap.pmtiles), read back with the `pmtiles` library the
 * app uses and decoded with @mapbox/vector-tile (MapLibre's own decoder): independent of the
 * script that wrote it (scripts/geo/tiles.mjs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { beforeAll, describe, expect, it } from 'vitest';
import { places } from '../../src/lib/content/places';

const bytes = readFileSync(join(__dirname, '..', '..', 'static', 'geo', 'basemap.pmtiles'));
const source: Source = {
	getKey: () => 'basemap',
	getBytes: async (offset, length) => ({ data: bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length) })
};
const archive = new PMTiles(source);

function tileOf(lon: number, lat: number, z: number): [number, number] {
	const k = 2 ** z;
	const r = (lat * Math.PI) / 180;
	return [Math.floor(((lon + 180) / 360) * k), Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * k)];
}

async function tile(z: number, x: number, y: number): Promise<VectorTile | null> {
	if (x < 0 || y < 0 || x >= 2 ** z || y >= 2 ** z) return null;
	const t = await archive.getZxy(z, x, y);
	return t ? new VectorTile(new PbfReader(new Uint8Array(t.data))) : null;
}

/** Pairs of a ring's edges that cross (not merely touch): MapLibre fills none of a ring that crosses itself. */
function crossings(ring: { x: number; y: number }[]): number {
	type P = { x: number; y: number };
	const side = (p: P, q: P, s: P) => Math.sign((q.x - p.x) * (s.y - p.y) - (q.y - p.y) * (s.x - p.x));
	let n = 0;
	for (let i = 0; i < ring.length - 1; i++)
		for (let j = i + 2; j < ring.length - 1; j++) {
			const [a, b, c, d] = [ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!];
			if (side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0) n++;
		}
	return n;
}

describe('the basemap tiles', () => {
	let header: Awaited<ReturnType<PMTiles['getHeader']>>;
	let metadata: { vector_layers: { id: string }[]; attribution: string };
	beforeAll(async () => {
		header = await archive.getHeader();
		metadata = (await archive.getMetadata()) as typeof metadata;
	});

	it('is a PMTiles v3 archive of vector tiles from zoom 0 to 9 with the land, shores, lakes, rivers and context names', () => {
		expect(header.specVersion).toBe(3);
		expect(header.tileType).toBe(1); // MVT
		expect([header.minZoom, header.maxZoom]).toEqual([0, 9]);
		expect(metadata.vector_layers.map((l) => l.id).sort()).toEqual(['lakes', 'land', 'names', 'rivers', 'shore']);
		expect(metadata.attribution).toMatch(/GSHHG/);
	});

	it('has every island a place is drawn from, by id, in the tiles at its place', async () => {
		const land = places.flatMap((p) => {
			const g = p.geometry;
			return g.type === 'Land' ? g.ids.map((id) => ({ id, at: (p.label ?? g.label) as [number, number] })) : [];
		});
		const islands = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'lib', 'content', 'islands.json'), 'utf8')) as { id: string; seed: [number, number] }[];
		const seedOf = new Map(islands.map((i) => [i.id, i.seed]));
		for (const { id, at } of land) {
			const [lon, lat] = seedOf.get(id) ?? at;
			const [x, y] = tileOf(lon, lat, 6);
			// the island's own tile or a neighbour (a label point may sit just off its shore)
			const found = [];
			for (const [dx, dy] of [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
				const layer = (await tile(6, x + dx, y + dy))?.layers.land;
				for (let i = 0; layer && i < layer.length; i++) found.push(layer.feature(i).properties.id);
			}
			expect(found, id).toContain(id);
		}
	});

	it('names the seas, lakes, rivers, countries and cities of context-names.json in English, Russian and Japanese', async () => {
		const list = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'lib', 'content', 'context-names.json'), 'utf8')) as {
			names: { en: string; ru: string; ja: string; at: [number, number]; minzoom: number }[];
		}).names;
		for (const n of list) {
			expect(n.ru && n.ja, n.en).toBeTruthy();
			// in the tiles at the zoom it shows from (or zoom 5, the last of the world's context)
			const z = Math.min(Math.ceil(n.minzoom), 5);
			const [x, y] = tileOf(n.at[0], n.at[1], z);
			const found: { name: unknown; localNames: unknown }[] = [];
			for (const [dx, dy] of [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
				const layer = (await tile(z, x + dx, y + dy))?.layers.names;
				for (let i = 0; layer && i < layer.length; i++) found.push(layer.feature(i).properties as never);
			}
			expect(found.find((f) => f.name === n.en)?.localNames, n.en).toBe(`${n.ru} · ${n.ja}`);
		}
		// A contested name gives both, as the islands do.
		expect(list.map((n) => n.en)).toContain('Sea of Japan / East Sea');
	});

	it('has no ring of land that crosses itself at any zoom, around the story’s places', async () => {
		// Honshu at zoom 4 once went blank this way; every tile around the region's places is checked.
		const bad: string[] = [];
		const seen = new Set<string>();
		for (let z = 0; z <= 9; z++)
			for (const [lon, lat] of [[131.9, 43.1], [141.1, 40.3], [146.0, 43.6], [142.0, 45.7], [142.7, 46.6], [148.0, 45.0], [140.5, 46.2]] as const) {
				const [x, y] = tileOf(lon, lat, z);
				if (seen.has(`${z}/${x}/${y}`)) continue;
				seen.add(`${z}/${x}/${y}`);
				const layer = (await tile(z, x, y))?.layers.land;
				for (let i = 0; layer && i < layer.length; i++) {
					const f = layer.feature(i);
					for (const ring of f.loadGeometry()) if (ring.length > 8 && crossings(ring)) bad.push(`${z}/${x}/${y} ${f.properties.id}`);
				}
			}
		expect(bad).toEqual([]);
	});

	it('keeps the coast at full detail at zoom 9: around Vladivostok and the Habomai islets, vertices about 100 m apart', async () => {
		for (const [lon, lat] of [[131.9, 43.1], [146.0, 43.45]] as const) {
			const [x, y] = tileOf(lon, lat, 9);
			const shore = (await tile(9, x, y))!.layers.shore!;
			// metres per tile unit here: the tile's width on the ground over its 4096 units
			const metresPerUnit = (40_075_016 * Math.cos((lat * Math.PI) / 180)) / 2 ** 9 / shore.extent;
			const gaps: number[] = [];
			for (let i = 0; i < shore.length; i++)
				for (const line of shore.feature(i).loadGeometry())
					for (let k = 1; k < line.length; k++) gaps.push(Math.hypot(line[k]!.x - line[k - 1]!.x, line[k]!.y - line[k - 1]!.y) * metresPerUnit);
			gaps.sort((a, b) => a - b);
			const median = gaps[Math.floor(gaps.length / 2)]!;
			// GSHHG full resolution measured 116 m here; the coarse data before measured 418 m and 892 m.
			expect(median, `${lon}, ${lat}`).toBeLessThan(160);
			expect(gaps.length).toBeGreaterThan(300);
		}
	});
});
