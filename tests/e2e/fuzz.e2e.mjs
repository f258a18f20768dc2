/**
 * A seeded fuzz: 500 random scrolls, key presses, clicks and resizes of the story, as a restless
 * reader would make them. In its own file, for the browser it runs in composites WebGL on
 * SwiftShader's GPU path (tests/e2e/chromium.mjs, FUZZ_ARGS): with software compositing, every
 * frame of the map is read back on the page's main thread, and the fuzz took three times as long.
 */
import assert from 'node:assert/strict';
import { FUZZ_ARGS, findChromium } from './chromium.mjs';
import { test, chapterCameras, waitForCamera } from './fixtures.mjs';

test.use({ launchOptions: { executablePath: findChromium(), args: FUZZ_ARGS } });

test('survives 500 random scrolls, key presses, clicks and resizes, and ends at the active chapter’s camera', async ({ open, origin }) => {
	// 500 steps take about two minutes here, and more when a failed run is repeated with its trace.
	test.setTimeout(600_000);
	// With reduced motion the camera jumps: the fuzz then spends its time on the app's logic
	// rather than on drawing flights in software (flights are tested above and in story.test).
	// Small windows, so that the software renderer draws fewer pixels per change.
	const { page } = await open('/', { viewport: { width: 900, height: 540 } });
	const cameras = await chapterCameras(page);
	let height = await page.evaluate(() => document.documentElement.scrollHeight);
	// A seeded generator (mulberry32), so a failure can be replayed.
	let seed = 20261122;
	const random = () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
		return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
	};
	const pick = (list) => list[Math.floor(random() * list.length)];
	const keys = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', 'Space', 'Tab', 'Shift+Tab', 'Escape', 'Enter'];
	const sizes = [
		{ width: 900, height: 540 },
		{ width: 800, height: 500 },
		{ width: 390, height: 640 },
		{ width: 1000, height: 560 }
	];
	const log = [];
	for (let i = 0; i < 500; i++) {
		const r = random();
		if (r < 0.4) {
			const y = Math.floor(random() * height);
			log.push(`scroll ${y}`);
			await page.evaluate((y) => window.scrollTo(0, y), y);
		} else if (r < 0.7) {
			const key = pick(keys);
			log.push(`key ${key}`);
			await page.keyboard.press(key);
		} else if (r < 0.95) {
			const viewport = page.viewportSize();
			const x = Math.floor(random() * viewport.width);
			const y = Math.floor(random() * viewport.height);
			// Clicks stay on this page: a link would leave it (that is tested elsewhere).
			const onLink = await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest('a'), [x, y]);
			if (onLink) continue;
			log.push(`click ${x},${y}`);
			await page.mouse.click(x, y);
		} else {
			const size = pick(sizes);
			log.push(`resize ${size.width}×${size.height}`);
			await page.setViewportSize(size);
		}
		// Enter on a focused link can leave the story: come back, as a reader would.
		if (new URL(page.url()).pathname !== '/') {
			log.push(`back from ${new URL(page.url()).pathname}`);
			await page.goto(origin + '/');
		}
		if (i % 25 === 0) height = await page.evaluate(() => document.documentElement.scrollHeight);
	}
	// Settle: close whatever the clicks opened, go back to a desktop window (and let its layout take
	// effect: from a phone's, the text reflows under the scroll position), and read a chapter.
	await page.keyboard.press('Escape');
	await page.setViewportSize({ width: 900, height: 540 });
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	await page.evaluate(() => document.querySelector('[data-chapter="habomai"]').scrollIntoView());
	// Once the scrolling has come to rest, the chapter in view is the active one and the address's.
	await page.waitForFunction(() => document.getElementById('story')?.dataset.scroll === 'settled' && location.hash === '#habomai');
	const active = await page.$eval('[data-chapter].active', (el) => el.dataset.chapter);
	assert.equal(active, 'habomai');
	await waitForCamera(page, cameras.find((c) => c.id === 'habomai').camera);
	assert.ok(log.length > 400, `${log.length} actions`);
});
