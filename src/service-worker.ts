/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: after one visit, the whole site (story, presenter, speaker window, handout, readers,
 * map data, fonts, the corpus and the sea-lane network) is served from this device.
 *
 * Each deployed version precaches everything into a cache of its own, and pages are served from
 * it. A new version installs beside the old one and waits; the page offers to reload into it
 * (src/lib/components/UpdateNotice.svelte). The previous version's cache is kept until the next
 * version arrives, so a page still running the old scripts finds their files (they are named by
 * their hash, so the two never mix) and is never forced to reload.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { byteRange, cacheKey, precacheList } from '$lib/offline';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'passages-';
const CACHE = `${PREFIX}${version}`;
const ASSETS = precacheList({ base, build, files, prerendered });
/** The static host's page for unknown addresses, written by the adapter after this list was made */
const NOT_FOUND = `${base}/404.html`;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// All or nothing, and past the browser's HTTP cache: a version that could not be saved
			// whole, fresh from the server, does not install.
			await cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' })));
			await cache.add(new Request(NOT_FOUND, { cache: 'reload' })).catch(() => undefined);
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Keep this version and the one before it; older ones no page can still be using.
			const ours = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
			const older = ours.sort((a, b) => Number(b.slice(PREFIX.length)) - Number(a.slice(PREFIX.length))).slice(1);
			await Promise.all(older.map((key) => caches.delete(key)));
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(request.headers.has('range') ? ranged(request, url) : respond(request, url));
});

/** Saved files' bytes, read once each: the tile archive is asked for a range at a time. */
const bodies = new Map<string, Promise<{ bytes: ArrayBuffer; type: string } | null>>();

/**
 * A range of a saved file (the basemap's tiles: map/basemap-tiles.ts), cut from the saved copy;
 * from the network if it is not saved.
 */
async function ranged(request: Request, url: URL): Promise<Response> {
	const key = cacheKey(url, false);
	if (!bodies.has(key)) {
		bodies.set(
			key,
			(async () => {
				const cached = (await (await caches.open(CACHE)).match(key)) ?? (await caches.match(key));
				return cached ? { bytes: await cached.arrayBuffer(), type: cached.headers.get('content-type') ?? 'application/octet-stream' } : null;
			})()
		);
	}
	const body = await bodies.get(key)!;
	if (!body) {
		bodies.delete(key);
		return fetch(request);
	}
	const size = body.bytes.byteLength;
	const range = byteRange(request.headers.get('range') ?? '', size);
	if (!range) return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${size}` } });
	return new Response(body.bytes.slice(range.start, range.end + 1), {
		status: 206,
		headers: {
			'Content-Type': body.type,
			'Content-Length': String(range.end - range.start + 1),
			'Content-Range': `bytes ${range.start}-${range.end}/${size}`
		}
	});
}

async function respond(request: Request, url: URL): Promise<Response> {
	const key = cacheKey(url, request.mode === 'navigate');
	// This version first; then the previous one, for a page still running its scripts.
	const cached = (await (await caches.open(CACHE)).match(key)) ?? (await caches.match(key));
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		if (request.mode === 'navigate') {
			const notFound = await caches.match(NOT_FOUND);
			if (notFound) return notFound;
		}
		throw error;
	}
}
