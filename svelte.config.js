import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * SvelteKit's route announcer (read aloud after client-side navigation) is the one element with an
 * inline style attribute. Allow exactly that attribute by its hash, read from the installed
 * SvelteKit, rather than all inline styles.
 */
function announcerStyleHash() {
	const kit = createRequire(import.meta.url).resolve('@sveltejs/kit/package.json');
	const root = readFileSync(kit.replace(/package\.json$/, 'src/core/sync/write_root.js'), 'utf8');
	const style = root.match(/id="svelte-announcer"[^>]*style="([^"]*)"/)?.[1];
	if (!style) throw new Error('svelte.config.js: SvelteKit\'s route announcer has changed; update announcerStyleHash()');
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Only the site itself: SvelteKit hashes its one inline script into a <meta> policy on every
		// prerendered page (a static host sends no headers). No inline styles or scripts, no eval;
		// workers from the site or blob: (MapLibre), images also from data: and blob: (the map's).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// Registered by the layout, which also offers to reload into a new version (UpdateNotice).
		serviceWorker: { register: false },
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		prerender: {
			// The crawl finds the pages; '*' also takes every prerenderable endpoint (data/chapters.json,
			// data/chapter-list.json…); the data the browser fetches on demand is listed here too.
			entries: ['*', '/data/corpus.json'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
