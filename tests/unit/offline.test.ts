import { describe, expect, it } from 'vitest';
import { precacheList } from '../../src/lib/offline';

describe('the offline copy', () => {
	const manifest = {
		base: '/passages',
		build: ['/passages/_app/immutable/entry/start.js', '/passages/_app/immutable/assets/0.css'],
		files: ['/passages/geo/land-region.geojson', '/passages/fonts/noto-sans-latin-400.woff2'],
		prerendered: ['/passages', '/passages/present', '/passages/handout', '/passages/handout/__data.json', '/passages/sources/riac-2012/__data.json']
	};

	it('saves the app, every static file, every page and the data client-side navigation fetches', () => {
		const list = precacheList(manifest);
		for (const path of [...manifest.build, ...manifest.files, '/passages', '/passages/present', '/passages/sources/riac-2012/__data.json'])
			expect(list).toContain(path);
		expect(list).toContain('/passages/_app/version.json');
	});

	it('leaves out the handout’s data, which no page fetches, and lists nothing twice', () => {
		const list = precacheList({ ...manifest, files: [...manifest.files, manifest.files[0]!] });
		expect(list).not.toContain('/passages/handout/__data.json');
		expect(new Set(list).size).toBe(list.length);
	});
});
