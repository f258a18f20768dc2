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
 */
export function precacheList({ base, build, files, prerendered }: BuildManifest): string[] {
	const unused = new Set([`${base}/handout/__data.json`]);
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
