import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PNG } from 'pngjs';
import { browserSuite, chapterCameras, waitForCamera, waitForIdle, watchedPage } from './harness.mjs';

/** Registers this file's tests, one at a time (tests/e2e/run.test.mjs runs two files' suites at a time). */
export default function register() {
	describe('the story', { concurrency: 1 }, () => {
		const suite = browserSuite();
		const { open } = suite;

		/** Scroll so that a chapter's top sits just above the middle of the screen, as a reader would. */
		async function scrollToChapter(page, id) {
			await page.evaluate((id) => {
				const el = document.querySelector(`[data-chapter="${id}"]`);
				const top = el.getBoundingClientRect().top + window.scrollY;
				window.scrollTo(0, top - window.innerHeight * 0.3);
			}, id);
		}

		describe('the story page', () => {
			it('renders an offline map of the region: sea, land and the highlighted islands', async () => {
				const { page } = await open('/#four-islands');
				const [, islands] = await chapterCameras(page);
				await waitForCamera(page, islands.camera);
				await waitForIdle(page);
				const png = PNG.sync.read(await page.locator('[data-testid="map"] canvas').screenshot());
				const counts = { sea: 0, land: 0, highlight: 0 };
				for (let i = 0; i < png.data.length; i += 4) {
					const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
					const near = (c) => Math.abs(r - c[0]) + Math.abs(g - c[1]) + Math.abs(b - c[2]) < 30;
					if (near([0xc9, 0xdf, 0xe8])) counts.sea++;
					else if (near([0xf4, 0xf1, 0xea])) counts.land++;
					else if (r > 200 && g > 150 && g < 210 && b < 140) counts.highlight++;
				}
				const total = png.width * png.height;
				assert.ok(counts.sea / total > 0.2, `sea covers ${((100 * counts.sea) / total).toFixed(1)}% of the map`);
				assert.ok(counts.land / total > 0.05, `land covers ${((100 * counts.land) / total).toFixed(1)}% of the map`);
				assert.ok(counts.highlight / total > 0.005, `highlighted islands cover ${((100 * counts.highlight) / total).toFixed(2)}%`);
			});

			it('moves the map to each chapter’s camera as the reader scrolls, and puts the chapter in the URL', async () => {
				// The camera jumps (the flights are tested by the next test), so the test spends its time on the chapters.
				const { page } = await open('/', { reducedMotion: true });
				const cameras = await chapterCameras(page);
				assert.ok(cameras.length >= 8, `${cameras.length} chapters`);
				for (const { id, camera } of cameras) {
					await scrollToChapter(page, id);
					await page.waitForFunction((id) => location.hash === `#${id}`, id, { timeout: 10000 });
					await waitForCamera(page, camera);
					const active = await page.$eval('[data-chapter].active', (el) => el.dataset.chapter);
					assert.equal(active, id);
				}
			});

			it('ends at the right camera after fast scrolling back and forth', async () => {
				const { page } = await open('/');
				const cameras = await chapterCameras(page);
				const order = [2, 6, 1, 8, 3, 9, 4].map((i) => cameras[i % cameras.length]);
				for (const { id } of order) {
					await scrollToChapter(page, id);
					await page.waitForTimeout(120);
				}
				const last = order.at(-1);
				await page.waitForFunction((id) => location.hash === `#${id}`, last.id, { timeout: 10000 });
				await waitForCamera(page, last.camera);
				// …and stays there once everything has settled: the scroll's settle check (250 ms after the
				// last scroll) has run, and the map has stopped.
				await page.waitForTimeout(400);
				await waitForIdle(page);
				await waitForCamera(page, last.camera, 1000);
			});

			it('lands on the chapter a deep link names, with the map already there', async () => {
				const { page } = await open('/#vladivostok');
				const cameras = await chapterCameras(page);
				const vladivostok = cameras.find((c) => c.id === 'vladivostok');
				await waitForCamera(page, vladivostok.camera, 5000);
				const box = await page.locator('[data-chapter="vladivostok"]').boundingBox();
				assert.ok(box.y < 400 && box.y + box.height > 400, `the chapter is on screen (top at ${box.y})`);
				assert.equal(await page.evaluate(() => location.hash), '#vladivostok');
			});

			it('follows Back and Forward between chapters', async () => {
				const { page } = await open('/#trade', { reducedMotion: true });
				const cameras = await chapterCameras(page);
				const camera = (id) => cameras.find((c) => c.id === id).camera;
				await waitForCamera(page, camera('trade'));
				await page.getByRole('link', { name: 'Skip to the story' }).focus();
				await page.evaluate(() => {
					location.hash = '#sakhalin';
				});
				await waitForCamera(page, camera('sakhalin'));
				await page.goBack();
				await page.waitForFunction(() => location.hash === '#trade');
				await waitForCamera(page, camera('trade'));
				await page.goForward();
				await page.waitForFunction(() => location.hash === '#sakhalin');
				await waitForCamera(page, camera('sakhalin'));
			});

			it('goes back from a chapter link to the introduction and its map', async () => {
				const { page } = await open('/', { reducedMotion: true });
				const cameras = await chapterCameras(page);
				await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: 'What the public thinks' }).click();
				await page.waitForFunction(() => location.hash === '#public-opinion');
				await waitForCamera(page, cameras.find((c) => c.id === 'public-opinion').camera);
				await page.goBack();
				await page.waitForFunction(() => location.hash === '');
				await waitForCamera(page, cameras[0].camera);
				assert.equal(await page.$eval('[data-chapter].active', (el) => el.dataset.chapter), cameras[0].id);
			});

			it('jumps instead of flying when the reader prefers reduced motion', async () => {
				const { page } = await open('/', { reducedMotion: true });
				const cameras = await chapterCameras(page);
				const target = cameras.find((c) => c.id === 'summits');
				await scrollToChapter(page, 'summits');
				await page.waitForFunction(() => location.hash === '#summits');
				const started = Date.now();
				await waitForCamera(page, target.camera, 5000);
				// A flight takes 1.8 s; a jump lands at once (the margin allows for a slow machine).
				assert.ok(Date.now() - started < 900, `camera arrived after ${Date.now() - started} ms`);
			});

			it('keeps the map on screen on a phone while the text scrolls', async () => {
				const { page } = await open('/', { viewport: { width: 390, height: 844 }, reducedMotion: true });
				const cameras = await chapterCameras(page);
				for (const { id, camera } of [cameras[4], cameras[7]]) {
					await scrollToChapter(page, id);
					await waitForCamera(page, camera);
					const map = await page.locator('[data-testid="map"]').boundingBox();
					assert.ok(map.y >= -1 && map.y < 5, `map top at ${map.y}`);
					assert.ok(map.height > 250, `map height ${map.height}`);
				}
			});

			it('shows a helpful page for an address that does not exist', async () => {
				const w = await watchedPage(suite.context, suite.server.origin);
				const response = await w.page.goto(suite.server.origin + '/no/such/page');
				assert.equal(response.status(), 404);
				await w.page.getByRole('heading', { name: /no page at this address/i }).waitFor();
				await w.page.getByRole('link', { name: /beginning of the story/i }).waitFor();
				// The browser itself reports the page's own 404 status; nothing else may go wrong.
				const errors = w.problems.consoleErrors.filter((e) => !/status of 404/.test(e));
				assert.deepEqual(errors, []);
				assert.deepEqual(w.problems.offOrigin, []);
			});

			suite.itLeftNoTrace(5);
		});
	});
}
