/**
 * Shared set-up for the browser tests: a static server for build/ on 127.0.0.1 and Debian's
 * Chromium driven by playwright-core. Every page is watched for console errors and for any
 * request that would leave the site's origin (such requests are blocked and recorded).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { chromium } from 'playwright-core';
import { buildDir, staticServer } from '../../scripts/serve.mjs';

export { buildDir };

/** Path to a Chromium binary: $CHROMIUM_PATH, or chromium / chromium-browser on the PATH. */
export function findChromium() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
		try {
			const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
			if (path) return path;
		} catch {
			/* try the next name */
		}
	}
	throw new Error('No Chromium found: run `bash scripts/ensure-chromium.sh`, or set CHROMIUM_PATH.');
}

/** Serve build/ on 127.0.0.1 at a free port; unknown paths get the site's 404 page. */
export async function startServer() {
	const server = staticServer();
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r(undefined))) };
}

/**
 * Chromium with a fresh profile. The service worker (offline copy) is blocked unless asked for:
 * it would serve later pages from its cache, out of reach of the tests' request routing.
 */
export async function launchBrowser({ serviceWorkers = 'block' } = {}) {
	const userDataDir = mkdtempSync(join(tmpdir(), 'passages-chromium-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		serviceWorkers,
		executablePath: findChromium(),
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		],
		viewport: { width: 1280, height: 800 }
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(userDataDir, { recursive: true, force: true });
		}
	};
}

/**
 * Open a new page that records console errors, page errors and off-origin requests.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin
 */
export async function watchedPage(context, origin, { viewport, reducedMotion } = {}) {
	const page = await context.newPage();
	if (viewport) await page.setViewportSize(viewport);
	if (reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
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

/**
 * Wait until the map's data-center/data-zoom show a chapter's `camera` (within about 10 m and 0.02
 * zoom). A map smaller than the 700×680 px the cameras are composed for zooms out by log2 of the
 * size ratio, so that the same area stays in view (src/lib/geo/camera.ts, cameraForSize).
 */
export async function waitForCamera(page, camera, timeout = 20000) {
	await page.waitForFunction(
		(authored) => {
			const el = document.querySelector('[data-testid="map"]');
			if (!el?.dataset.center) return false;
			const scale = Math.min(el.clientWidth / 700, el.clientHeight / 680, 1);
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
 * One server and one browser for a test file, started before its tests and closed after them.
 * `watch` opens a watched page and records it in `watched`, so that a file's last test can check
 * every page for console errors and off-origin requests; `open` also loads a path and waits until
 * the map is ready.
 */
export function browserSuite() {
	const suite = {
		server: null,
		browser: null,
		watched: [],
		async watch(options = {}) {
			const w = await watchedPage(suite.browser.context, suite.server.origin, options);
			suite.watched.push(w);
			return w;
		},
		/**
		 * The closing test of a file (or a part of one): no page it watched logged a console error
		 * or sent a request off the page's origin, and at least `pages` pages were watched.
		 */
		itLeftNoTrace(pages = 1) {
			it('logged no console errors and sent no request off the page’s origin', () => {
				assert.ok(suite.watched.length >= pages, `${suite.watched.length} pages watched`);
				assert.deepEqual(suite.watched.flatMap((w) => w.problems.consoleErrors), []);
				assert.deepEqual(suite.watched.flatMap((w) => w.problems.offOrigin), []);
			});
		},
		async open(path = '/', options = {}) {
			const w = await suite.watch(options);
			await w.page.goto(suite.server.origin + path);
			await w.page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 30000 });
			return w;
		}
	};
	before(async () => {
		suite.server = await startServer();
		suite.browser = await launchBrowser();
	});
	after(async () => {
		await suite.browser?.close();
		await suite.server?.close();
	});
	return suite;
}
