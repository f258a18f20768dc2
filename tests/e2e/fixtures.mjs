/**
 * The browser tests' fixtures (Playwright Test): the built site served on 127.0.0.1 (one server a
 * worker), and pages watched for console errors and for requests that would leave the site's
 * origin (blocked and recorded). Every test fails if any page it opened logged an error or asked
 * for anything off the origin: the check runs after the test, in the `problems` fixture.
 *
 * - `open(path, options)`: a watched page at `path`, once its map is ready (`data-ready`).
 * - `visit(path, options)`: a watched page at `path` without WebGL (its map says what it would
 *   show instead of drawing it, in software, slowly), once its script has started.
 * - `watch(options, context)`: a watched page, not yet loaded.
 * - `newContext(options)`: a fresh browser profile (cookies, storage, service workers), watched.
 * - `origin`: the site's origin; `problems`: what the test's pages did wrong so far (a test that
 *   provokes an error on purpose removes it from there).
 * Options: `viewport`, `motion: 'full'` (the context prefers reduced motion: the camera jumps, and
 * tests spend their time on the app, not on flights drawn in software), `map: false`.
 */
import { test as base, expect } from '@playwright/test';
import { staticServer, buildDir } from '../../scripts/serve.mjs';
import { DESKTOP, listen, withoutWebGL } from './helpers.mjs';

export { expect, buildDir };
export * from './helpers.mjs';

/** Record a page's console errors and uncaught exceptions. */
function recordErrors(page, problems) {
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => problems.consoleErrors.push(String(err)));
}

/** Block and record every request that leaves `origin` (the route is the page's or the context's). */
function guardOrigin(target, origin, problems) {
	return target.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
		problems.offOrigin.push(url);
		return route.abort();
	});
}

/**
 * Watch a context: its pages' errors, and requests off the origin. A context that lets service
 * workers run is guarded page by page (as a page's own route sees what the page asks for, while the
 * worker answers it from its cache offline).
 */
async function watchContext(context, origin, problems, { serviceWorkers }) {
	for (const page of context.pages()) recordErrors(page, problems);
	context.on('page', (page) => recordErrors(page, problems));
	if (serviceWorkers !== 'allow') await guardOrigin(context, origin, problems);
}

/** Contexts that let service workers run: their pages are guarded one by one. */
const swContexts = new WeakSet();

export const test = base.extend({
	// How the site is hosted: 'byte-serving' (ranges answered with 206, as sirv does), or
	// 'whole-files' (every request answered whole, as many simple hosts do). A file sets it with test.use.
	host: ['byte-serving', { scope: 'worker', option: true }],
	// One static server for build/ in each worker.
	site: [
		async ({ host }, use) => {
			const server = await listen(staticServer(buildDir, { ranges: host === 'byte-serving' }));
			await use(server);
			await server.close();
		},
		{ scope: 'worker' }
	],
	origin: async ({ site }, use) => use(site.origin),
	baseURL: async ({ site }, use) => use(site.origin),

	problems: [
		async ({ context, origin }, use) => {
			const problems = { consoleErrors: [], offOrigin: [] };
			await watchContext(context, origin, problems, { serviceWorkers: 'block' });
			await use(problems);
			expect(problems.consoleErrors, 'console errors').toEqual([]);
			expect(problems.offOrigin, 'requests off the page’s origin').toEqual([]);
		},
		{ auto: true }
	],

	newContext: async ({ browser, origin, problems }, use) => {
		const contexts = [];
		await use(async (options = {}) => {
			const { motion, watched = true, ...rest } = options;
			const context = await browser.newContext({
				serviceWorkers: 'block',
				viewport: DESKTOP,
				reducedMotion: motion === 'full' ? 'no-preference' : 'reduce',
				...rest
			});
			contexts.push(context);
			const serviceWorkers = rest.serviceWorkers ?? 'block';
			if (serviceWorkers === 'allow') swContexts.add(context);
			if (watched) await watchContext(context, origin, problems, { serviceWorkers });
			return context;
		});
		for (const context of contexts) await context.close();
	},

	watch: async ({ context, origin, problems }, use) => {
		await use(async ({ viewport, motion, map = true } = {}, inContext = context) => {
			const page = await inContext.newPage();
			if (viewport) await page.setViewportSize(viewport);
			if (motion === 'full') await page.emulateMedia({ reducedMotion: 'no-preference' });
			if (!map) await page.addInitScript(withoutWebGL);
			if (swContexts.has(inContext)) await guardOrigin(page, origin, problems);
			return { page, problems };
		});
	},

	open: async ({ watch, origin }, use) => {
		await use(async (path = '/', options = {}) => {
			const w = await watch(options, options.context);
			await w.page.goto(origin + path);
			await w.page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60000 });
			return w;
		});
	},

	visit: async ({ watch, origin }, use) => {
		await use(async (path, options = {}) => {
			const w = await watch({ map: false, ...options }, options.context);
			await w.page.goto(origin + path);
			await w.page.waitForSelector('html[data-started]', { state: 'attached' });
			return w;
		});
	}
});

