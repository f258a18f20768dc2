/**
 * Shared set-up for the browser tests: a static server for build/ on 127.0.0.1 and Debian's
 * Chromium driven by playwright-core. Every page is watched for console errors and for any
 * request that would leave the site's origin (such requests are blocked and recorded).
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { launchChromium, newContext } from './chromium.mjs';
import { buildDir, staticServer } from '../../scripts/serve.mjs';

export { buildDir };

/** Serve build/ on 127.0.0.1 at a free port; unknown paths get the site's 404 page. */
export async function startServer() {
	const server = staticServer();
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r(undefined))) };
}

/**
 * One server and one Chromium for the whole run, started by the first suite that needs them and
 * closed when every test has run: each suite then takes a context of its own.
 */
let shared = null;
function sharedBrowser() {
	shared ??= Promise.all([startServer(), launchChromium()]).then(([server, browser]) => ({ server, browser }));
	return shared;
}
/** Close the run's server and Chromium (the run's last hook). */
export async function closeShared() {
	if (!shared) return;
	const { server, browser } = await shared;
	shared = null;
	await browser.close();
	await server.close();
}

/** Makes WebGL unavailable, so a page that does not need its map does not draw one (in software, slowly). */
export function withoutWebGL() {
	const getContext = HTMLCanvasElement.prototype.getContext;
	HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
		return /webgl/i.test(type) ? null : getContext.call(this, type, ...rest);
	};
}

/**
 * Open a new page that records console errors, page errors and off-origin requests. With
 * `map: false` the page has no WebGL, and its map says so instead of drawing.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin
 */
export async function watchedPage(context, origin, { viewport, reducedMotion, map = true } = {}) {
	const page = await context.newPage();
	if (viewport) await page.setViewportSize(viewport);
	if (reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
	if (!map) await page.addInitScript(withoutWebGL);
	const problems = { consoleErrors: [], offOrigin: [] };
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
		problems.offOrigin.push(url);
		return route.abort();
	});
	return { page, problems };
}

/** Read the chapters' declared cameras from the page (each section's data-camera). */
export async function chapterCameras(page) {
	return page.$$eval('[data-chapter]', (sections) =>
		sections.map((s) => ({ id: s.getAttribute('data-chapter'), camera: JSON.parse(s.getAttribute('data-camera') ?? '{}') }))
	);
}

/** Wait until the map has drawn everything and stopped (its data-idle). */
export async function waitForIdle(page, timeout = 20000) {
	await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout });
}

/**
 * Wait until the map's data-center/data-zoom show a chapter's `camera` (within about 10 m and 0.02
 * zoom). A map smaller than the 700×680 px the cameras are composed for zooms out by log2 of the
 * size ratio, so that the same area stays in view (src/lib/geo/camera.ts, cameraForSize); the size
 * is what the map's toolbar and cards leave in view (its data-insets).
 */
export async function waitForCamera(page, camera, timeout = 20000) {
	await page.waitForFunction(
		(authored) => {
			const el = document.querySelector('[data-testid="map"]');
			if (!el?.dataset.center) return false;
			// Composed for the part of the map its toolbar and cards leave in view (data-insets).
			const [top, right, bottom, left] = (el.dataset.insets ?? '0,0,0,0').split(',').map(Number);
			const scale = Math.min((el.clientWidth - left - right) / 700, (el.clientHeight - top - bottom) / 680, 1);
			const camera = { ...authored, zoom: Math.max(0, authored.zoom + Math.log2(scale)) };
			const [lon, lat] = el.dataset.center.split(',').map(Number);
			const dLon = Math.abs(((((lon - camera.center[0] + 180) % 360) + 360) % 360) - 180);
			return (
				dLon <= 0.01 &&
				Math.abs(lat - camera.center[1]) <= 0.01 &&
				Math.abs(Number(el.dataset.zoom) - camera.zoom) <= 0.02
			);
		},
		camera,
		{ timeout, polling: 100 }
	);
}

/**
 * The tests' desktop window: the desktop layout (the story's column beside the map), small enough
 * that the software renderer has few pixels to draw. Tests that need a size of their own set it.
 */
export const DESKTOP = { width: 1024, height: 640 };

/**
 * What a suite of browser tests shares: the run's server and Chromium, and a context of its own,
 * opened before its tests and closed after them. Call it inside the suite's describe. `watch` opens
 * a watched page and records it in `watched`, so that a suite's last test can check every page for
 * console errors and off-origin requests; `open` also loads a path and waits until the map is
 * ready; `visit` loads a path whose map the test does not need, without drawing it.
 */
export function browserSuite(options = {}) {
	const suite = {
		server: null,
		/** The shared Chromium, for a context of a test's own */
		chromium: null,
		/** This suite's context */
		context: null,
		watched: [],
		async watch(pageOptions = {}) {
			const w = await watchedPage(suite.context, suite.server.origin, pageOptions);
			suite.watched.push(w);
			return w;
		},
		/**
		 * The closing test of a suite: no page it watched logged a console error or sent a request
		 * off the page's origin, and at least `pages` pages were watched.
		 */
		itLeftNoTrace(pages = 1) {
			it('logged no console errors and sent no request off the page’s origin', () => {
				assert.ok(suite.watched.length >= pages, `${suite.watched.length} pages watched`);
				assert.deepEqual(suite.watched.flatMap((w) => w.problems.consoleErrors), []);
				assert.deepEqual(suite.watched.flatMap((w) => w.problems.offOrigin), []);
			});
		},
		async open(path = '/', pageOptions = {}) {
			const w = await suite.watch(pageOptions);
			await w.page.goto(suite.server.origin + path);
			await w.page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 30000 });
			return w;
		},
		/**
		 * Load a path without drawing its map (no WebGL: the map's place says what it would show), and
		 * wait until the page's script has started.
		 */
		async visit(path, pageOptions = {}) {
			const w = await suite.watch({ map: false, ...pageOptions });
			await w.page.goto(suite.server.origin + path);
			await w.page.waitForSelector('html[data-started]', { state: 'attached' });
			return w;
		}
	};
	before(async () => {
		const { server, browser } = await sharedBrowser();
		suite.server = server;
		suite.chromium = browser;
		suite.context = await newContext(browser, { viewport: DESKTOP, ...options });
	});
	after(async () => {
		await suite.context?.close();
	});
	return suite;
}
