/** The PMTiles writer of the map-data script (scripts/geo/tiles.mjs), read back by the `pmtiles` library the app uses. */
import * as pmtiles from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { writePmtiles } from '../../scripts/geo/tiles.mjs';

function read(bytes: Buffer) {
	const source: pmtiles.Source = {
		getKey: () => 'test',
		getBytes: async (offset, length) => ({ data: bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length) as ArrayBuffer })
	};
	return new pmtiles.PMTiles(source);
}

const options = { bounds: [-180, -85, 180, 85], minzoom: 0, maxzoom: 7, center: [0, 0, 2], metadata: { vector_layers: [] } };

describe('the PMTiles writer', () => {
	it('writes tiles a reader finds by z/x/y, identical ones stored once, missing ones absent', async () => {
		const tiles = new Map<string, Uint8Array>([
			['0/0/0', Buffer.from('world')],
			['3/6/2', Buffer.from('same')],
			['3/6/3', Buffer.from('same')],
			['7/100/40', Buffer.from('deep')]
		]);
		const { bytes, stats } = writePmtiles({ pmtiles }, tiles, options);
		expect(stats.contents).toBe(3);
		const archive = read(bytes);
		for (const [key, data] of tiles) {
			const [z, x, y] = key.split('/').map(Number) as [number, number, number];
			expect(Buffer.from((await archive.getZxy(z, x, y))!.data).toString(), key).toBe(data.toString());
		}
		expect(await archive.getZxy(3, 5, 2)).toBeUndefined();
		expect((await archive.getHeader()).maxZoom).toBe(7);
	});

	it('moves the entries into leaf directories when the root would not fit the first 16 KB', async () => {
		const tiles = new Map<string, Uint8Array>();
		// 20,000 distinct tiles scattered over zoom 10: far more entries than a 16 KB root holds
		const at: [number, number][] = [];
		let seed = 12_345;
		// mulberry32: a small seeded generator, the same numbers every run
		const random = () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
		};
		while (tiles.size < 20_000) {
			const [x, y] = [Math.floor(random() * 1024), Math.floor(random() * 1024)];
			if (tiles.has(`10/${x}/${y}`)) continue;
			at.push([x, y]);
			// of differing lengths, so the directory does not compress to nothing
			tiles.set(`10/${x}/${y}`, Buffer.from(`${x},${y}` + '.'.repeat(Math.floor(random() * 300))));
		}
		const { bytes, stats } = writePmtiles({ pmtiles }, tiles, { ...options, maxzoom: 10 });
		expect(stats.leafBytes).toBeGreaterThan(0);
		expect(127 + stats.rootBytes).toBeLessThanOrEqual(16384);
		const archive = read(bytes);
		for (const [x, y] of [at[0]!, at[1]!, at[9_999]!, at[19_999]!])
			expect(Buffer.from((await archive.getZxy(10, x, y))!.data).toString().split('.')[0]).toBe(`${x},${y}`);
		const taken = new Set(at.map(([x, y]) => `${x},${y}`));
		const free = [...Array(1024).keys()].map((x) => [x, 5] as const).find(([x, y]) => !taken.has(`${x},${y}`))!;
		expect(await archive.getZxy(10, free[0], free[1])).toBeUndefined();
	});

	it('gives the same bytes for the same tiles (no time or system in the gzip headers)', () => {
		const tiles = new Map<string, Uint8Array>([['2/1/1', Buffer.from('a')]]);
		const a = writePmtiles({ pmtiles }, tiles, options).bytes;
		const b = writePmtiles({ pmtiles }, tiles, options).bytes;
		expect(Buffer.compare(a, b)).toBe(0);
	});
});
