/**
 * Debian's Chromium, for the browser tests (playwright.config.mjs) and the bench: found on the PATH
 * (or $CHROMIUM_PATH), never downloaded.
 */
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

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

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * For the fuzz (fuzz.e2e.mjs): WebGL drawn by SwiftShader (ANGLE) and composited on its GPU path, while the
 * page's own raster stays in software. With --disable-gpu the compositor is software, and Chromium
 * reads every frame of the map back from WebGL (glReadPixels, on the page's main thread): that was
 * half of the main thread's time in the fuzz. Measured here: 150 fuzz steps in 18 s instead of 52 s,
 * and the map's first load no slower.
 */
export const FUZZ_ARGS = [
	...CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu'),
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--disable-gpu-rasterization',
	'--disable-features=Vulkan'
];

/** Debian's Chromium, headless, with a fresh profile (playwright-core never downloads a browser). */
export function launchChromium() {
	return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * A browser context: its own cookies, caches and storage, like a fresh profile. The service worker
 * (offline copy) is blocked unless asked for: it would serve later pages from its cache, out of
 * reach of the tests' request routing.
 * @param {import('playwright-core').Browser} browser
 */
export function newContext(browser, { serviceWorkers = 'block', viewport = { width: 1280, height: 800 } } = {}) {
	return browser.newContext({ serviceWorkers, viewport });
}

/** A browser of its own with one context (for the bench, which measures cold loads). */
export async function launchBrowser(options = {}) {
	const browser = await launchChromium();
	const context = await newContext(browser, options);
	return { context, close: () => browser.close() };
}

