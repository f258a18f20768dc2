/**
 * What the service worker saves for offline use. Pure, so the list can be tested against a build.
 */
export interface BuildManifest {
	base: string;
	/** The app's scripts and styles */
	build: string[];
	/** Everything in static/ */
	files: string[];
	/** The prerendered pages and data */
	prerendered: string[];
}

/**
 * Every file the site needs offline: the app, static files and prerendered pages, and the app's
 * version file (SvelteKit reads it when a navigation fails), less what no page fetches. The handout's data file is left out: the handout is plain HTML (no client-side
 * navigation fetches its data), and the data would double its size.
 *
 * The basemap's tile archive is saved whole (not tile by tile as they are viewed): then every zoom
 * of every place works offline, not only the chapters' views, for 3.5 MB saved after the first
 * view has loaded what it shows.
 */
export function precacheList({ base, build, files, prerendered }: BuildManifest): string[] {
	// The land and the places as GeoJSON are for download, GIS and the build: the map reads the same
	// land from its tiles (geo/basemap.pmtiles), which are saved whole.
	const unused = new Set([
		`${base}/handout/__data.json`,
		`${base}/geo/land-region.geojson`,
		`${base}/geo/land-region-simple.geojson`,
		`${base}/geo/places.geojson`
	]);
	const all = [...build, ...files, ...prerendered, `${base}/_app/version.json`];
	return [...new Set(all)].filter((path) => !unused.has(path));
}

/**
 * The saved file that answers a request: pages are saved without their query (the page reads
 * ?place=…, ?measure=… itself), and so is the data SvelteKit fetches for a client-side navigation
 * (it asks for `__data.json?x-sveltekit-invalidated=…`). Other files are named exactly.
 */
export function cacheKey(url: URL, navigation: boolean): string {
	const bare = url.origin + url.pathname;
	if (navigation || url.pathname.endsWith('.html') || url.pathname.endsWith('/__data.json')) return bare;
	return url.href.replace(/#.*$/, '');
}

/** A byte range of a file of `size` bytes, from a Range header ("bytes=0-16383", "bytes=100-"); null if it is not one. */
export function byteRange(header: string, size: number): { start: number; end: number } | null {
	const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
	if (!m || (m[1] === '' && m[2] === '')) return null;
	let start: number, end: number;
	if (m[1] === '') {
		start = Math.max(0, size - Number(m[2]));
		end = size - 1;
	} else {
		start = Number(m[1]);
		end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
	}
	return start <= end && start < size ? { start, end } : null;
}
