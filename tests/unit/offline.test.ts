import { describe, expect, it } from 'vitest';
import { precacheList } from '../../src/lib/offline';

describe('the offline copy', () => {
	const manifest = {
		base: '/passages',
		build: ['/passages/_app/immutable/entry/start.js', '/passages/_app/immutable/assets/0.css'],
		files: ['/passages/geo/basemap.pmtiles', '/passages/geo/land-region.geojson', '/passages/geo/land-region-simple.geojson', '/passages/fonts/noto-sans-latin-400.woff2'],
		prerendered: ['/passages', '/passages/present', '/passages/handout', '/passages/handout/__data.json', '/passages/sources/riac-2012/__data.json']
	};

	it('saves the app, every static file, every page and the data client-side navigation fetches', () => {
		const list = precacheList(manifest);
		const forDownload = ['/passages/geo/land-region.geojson', '/passages/geo/land-region-simple.geojson'];
		for (const path of [...manifest.build, ...manifest.files.filter((f) => !forDownload.includes(f)), '/passages', '/passages/present', '/passages/sources/riac-2012/__data.json'])
			expect(list).toContain(path);
		expect(list).toContain('/passages/_app/version.json');
	});

	it('leaves out the handout’s data and the land as GeoJSON, which no page fetches, and lists nothing twice', () => {
		const list = precacheList({ ...manifest, files: [...manifest.files, manifest.files[0]!] });
		expect(list).not.toContain('/passages/handout/__data.json');
		// The map reads the land from its tiles; the GeoJSON files are for download and the build.
		expect(list).not.toContain('/passages/geo/land-region.geojson');
		expect(list).not.toContain('/passages/geo/land-region-simple.geojson');
		expect(new Set(list).size).toBe(list.length);
	});
});

describe('finding a saved file', () => {
	const origin = 'http://127.0.0.1:4173';
	it('answers a page with or without its query, and client-side navigation’s data with its query', async () => {
		const { cacheKey } = await import('../../src/lib/offline');
		expect(cacheKey(new URL(`${origin}/?place=kunashir#four-islands`), true)).toBe(`${origin}/`);
		expect(cacheKey(new URL(`${origin}/present#trade`), true)).toBe(`${origin}/present`);
		expect(cacheKey(new URL(`${origin}/sources/riac-2012/__data.json?x-sveltekit-invalidated=01`), false)).toBe(
			`${origin}/sources/riac-2012/__data.json`
		);
		// Anything else keeps its query: a different query may be a different file.
		expect(cacheKey(new URL(`${origin}/_app/immutable/chunks/a.js`), false)).toBe(`${origin}/_app/immutable/chunks/a.js`);
		expect(cacheKey(new URL(`${origin}/data/corpus.json?v=2`), false)).toBe(`${origin}/data/corpus.json?v=2`);
	});
});

describe('a range of a saved file (the basemap tiles, offline)', () => {
	it('reads the forms of Range header the tiles are asked with, and refuses others', async () => {
		const { byteRange } = await import('../../src/lib/offline');
		expect(byteRange('bytes=0-16383', 100_000)).toEqual({ start: 0, end: 16383 });
		expect(byteRange('bytes=99990-', 100_000)).toEqual({ start: 99990, end: 99999 });
		expect(byteRange('bytes=-10', 100_000)).toEqual({ start: 99990, end: 99999 });
		// A range past the end is cut at the end (RFC 9110 §14.1.2); one starting past it cannot be met.
		expect(byteRange('bytes=99000-200000', 100_000)).toEqual({ start: 99000, end: 99999 });
		expect(byteRange('bytes=100000-100010', 100_000)).toBeNull();
		expect(byteRange('bytes=5-2', 100_000)).toBeNull();
		expect(byteRange('items=0-1', 100_000)).toBeNull();
		expect(byteRange('bytes=-', 100_000)).toBeNull();
	});
});
