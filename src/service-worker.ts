/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: after one visit, the whole site (story, presenter, speaker window, handout, readers,
 * map data, fonts, the corpus and the sea-lane network) is served from this device.
 *
 * Each deployed version precaches everything into a cache of its own, and serves only from it, so
 * a page never mixes one version's HTML with another's scripts. A new version installs beside the
 * old one and waits; the page offers to reload into it (src/lib/components/UpdateNotice.svelte),
 * and the old cache is deleted once no page uses it.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { precacheList } from '$lib/offline';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `passages-${version}`;
const ASSETS = precacheList({ base, build, files, prerendered });
/** The static host's page for unknown addresses, written by the adapter after this list was made */
const NOT_FOUND = `${base}/404.html`;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// All or nothing: a version that could not be saved whole does not install.
			await cache.addAll(ASSETS);
			await cache.add(NOT_FOUND).catch(() => undefined);
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE && key.startsWith('passages-')) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// Pages are cached without their query (?place=…, ?measure=…): the page reads it itself.
	const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' || url.pathname.endsWith('.html') });
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		if (request.mode === 'navigate') {
			const notFound = await cache.match(NOT_FOUND);
			if (notFound) return notFound;
		}
		throw error;
	}
}
