import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDir, test, chapterCameras, isAtCamera, mapColours, waitForCamera, waitForIdle } from './fixtures.mjs';

test.describe('the story', () => {

	/** Scroll so that a chapter's top sits just above the middle of the screen, as a reader would. */
	async function scrollToChapter(page, id) {
		await page.evaluate((id) => {
			const el = document.querySelector(`[data-chapter="${id}"]`);
			const top = el.getBoundingClientRect().top + window.scrollY;
			window.scrollTo(0, top - window.innerHeight * 0.3);
		}, id);
	}

	test.describe('the story page', () => {
		test('renders an offline map of the region: sea, land and the highlighted islands', async ({ open }) => {
			const { page } = await open('/#four-islands');
			const [, islands] = await chapterCameras(page);
			await waitForCamera(page, islands.camera);
			await waitForIdle(page);
			const share = await mapColours(page);
			assert.ok(share.sea > 0.2, `sea covers ${(100 * share.sea).toFixed(1)}% of the map`);
			assert.ok(share.land > 0.05, `land covers ${(100 * share.land).toFixed(1)}% of the map`);
			assert.ok(share.highlight > 0.005, `highlighted islands cover ${(100 * share.highlight).toFixed(2)}%`);
		});

		// Scrolling through every chapter (the map at each chapter's camera, the chapter in the URL) is
		// checked in the layout's sweeps, at a laptop's and a phone's size, with what else each chapter shows.

		test('ends at the right camera after fast scrolling back and forth', async ({ open }) => {
			// Flights, interrupted: this test needs the motion the others do without.
			const { page } = await open('/', { motion: 'full' });
			const cameras = await chapterCameras(page);
			const order = [2, 6, 1, 8, 3, 9, 4].map((i) => cameras[i % cameras.length]);
			for (const { id } of order) {
				await scrollToChapter(page, id);
				// on to the next as soon as this one is entered: its flight has begun, and is cut short
				await page.waitForFunction((id) => document.querySelector('[data-chapter].active')?.dataset.chapter === id, id);
			}
			const last = order.at(-1);
			await page.waitForFunction((id) => location.hash === `#${id}`, last.id);
			await waitForCamera(page, last.camera);
			// …and stays there once everything has settled: the scroll's settle check (after the last
			// scroll) has run, and the map has stopped.
			await page.waitForSelector('#story[data-scroll="settled"]');
			await waitForIdle(page);
			assert.ok(await isAtCamera(page, last.camera), 'the map stays at the last chapter’s camera');
		});

		test('lands on the chapter a deep link names, with the map already there', async ({ open }) => {
			// With motion, as most readers have it: the map starts there rather than flying there.
			const { page } = await open('/#vladivostok', { motion: 'full' });
			const cameras = await chapterCameras(page);
			const vladivostok = cameras.find((c) => c.id === 'vladivostok');
			assert.ok(await isAtCamera(page, vladivostok.camera), 'the map starts at the chapter’s camera');
			const box = await page.locator('[data-chapter="vladivostok"]').boundingBox();
			assert.ok(box.y < 400 && box.y + box.height > 400, `the chapter is on screen (top at ${box.y})`);
			assert.equal(await page.evaluate(() => location.hash), '#vladivostok');
		});

		test('follows Back and Forward between chapters', async ({ open }) => {
			const { page } = await open('/#trade');
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

		test('goes back from a chapter link to the introduction and its map', async ({ open }) => {
			const { page } = await open('/');
			const cameras = await chapterCameras(page);
			await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: 'What the public thinks' }).click();
			await page.waitForFunction(() => location.hash === '#public-opinion');
			await waitForCamera(page, cameras.find((c) => c.id === 'public-opinion').camera);
			await page.goBack();
			await page.waitForFunction(() => location.hash === '');
			await waitForCamera(page, cameras[0].camera);
			assert.equal(await page.$eval('[data-chapter].active', (el) => el.dataset.chapter), cameras[0].id);
		});

		test('jumps instead of flying when the reader prefers reduced motion', async ({ open }) => {
			const { page } = await open('/');
			const cameras = await chapterCameras(page);
			const target = cameras.find((c) => c.id === 'summits');
			// Counted in frames, not milliseconds (a slow machine draws fewer of them): from the frame the
			// chapter is entered to the one in which the map comes to rest (its data-center is written at moveend).
			const frames = await page.evaluate(
				() =>
					new Promise((resolve) => {
						const map = document.querySelector('[data-testid="map"]');
						const section = document.querySelector('[data-chapter="summits"]');
						let frame = 0;
						let entered = null;
						const tick = () => {
							frame++;
							requestAnimationFrame(tick);
						};
						requestAnimationFrame(tick);
						new MutationObserver(() => {
							if (entered === null && section.classList.contains('active')) entered = frame;
						}).observe(section, { attributes: true, attributeFilter: ['class'] });
						new MutationObserver(() => entered !== null && resolve(frame - entered)).observe(map, { attributes: true, attributeFilter: ['data-center'] });
						window.scrollTo(0, section.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
					})
			);
			await page.waitForFunction(() => location.hash === '#summits');
			await waitForCamera(page, target.camera);
			// A flight takes 1.8 s and many frames (8 here, drawn in software); a jump lands in the frame it starts in.
			assert.ok(frames <= 1, `the camera came to rest ${frames} frames after the chapter was entered`);
		});

		test('reached by a link inside the site, draws every chapter with all its words and links', async ({ watch, visit, origin }) => {
			// The built page carries its words in its HTML; a page the browser draws fetches them.
			const built = await visit('/');
			const words = () => [...document.querySelectorAll('#story [data-chapter]')].map((c) => `${c.id}: ${c.querySelector('.prose').innerText}`);
			const expected = await built.page.evaluate(words);
			const links = (page) => page.locator('#story .prose a').evaluateAll((as) => as.map((a) => a.href));
			const expectedLinks = await links(built.page);
			assert.ok(expectedLinks.length > 40, `${expectedLinks.length} links to passages`);
			const w = await watch();
			const { page } = w;
			await page.goto(origin + '/no/such/page');
			await page.waitForSelector('html[data-started]');
			await page.getByRole('link', { name: 'The islets closest to Hokkaido' }).click();
			await page.locator('#habomai .prose p').first().waitFor();
			assert.deepEqual(await page.evaluate(words), expected);
			assert.equal(expected.length, 14);
			assert.deepEqual(await links(page), expectedLinks);
			assert.match(page.url(), /#habomai$/);
			// The browser itself reports the 404 page's own status; nothing else may go wrong.
			w.problems.consoleErrors = w.problems.consoleErrors.filter((e) => !/status of 404/.test(e));
		});

		test('shows a helpful page for an address that does not exist', async ({ watch, origin }) => {
			const w = await watch();
			const response = await w.page.goto(origin + '/no/such/page');
			assert.equal(response.status(), 404);
			await w.page.getByRole('heading', { name: /no page at this address/i }).waitFor();
			await w.page.getByRole('link', { name: /beginning of the story/i }).waitFor();
			// The browser itself reports the page's own 404 status; nothing else may go wrong.
			w.problems.consoleErrors = w.problems.consoleErrors.filter((e) => !/status of 404/.test(e));
			assert.deepEqual(w.problems.consoleErrors, []);
			assert.deepEqual(w.problems.offOrigin, []);
		});
	});

	test('sends each chapter’s words once: in the page’s HTML, never in its scripts or its data', async () => {
		const chapterDir = new URL('../../src/content/chapters/', import.meta.url).pathname;
		const files = readdirSync(chapterDir).filter((f) => f.endsWith('.md'));
		assert.equal(files.length, 14);
		const scripts = (function walk(dir) {
			return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.js') ? [readFileSync(join(dir, e.name), 'utf8')] : []));
		})(join(buildDir, '_app'));
		assert.ok(scripts.length > 20);
		const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
		for (const file of files) {
			const body = readFileSync(join(chapterDir, file), 'utf8').split(/^---$/m)[2];
			// Each paragraph in the story's own words, as a run of words without characters HTML escapes
			for (const paragraph of body.split(/\n\s*\n/).filter((b) => b.trim() && !b.trim().startsWith('>'))) {
				const words = paragraph.replace(/\s+/g, ' ').trim().split(/[&<>"']/)[0].slice(0, 80);
				if (words.length < 30) continue;
				assert.ok(!scripts.some((js) => js.includes(words)), `${file}: “${words}” is in a script`);
				assert.equal(html.split(words).length - 1, 1, `${file}: “${words}” is in the story page once`);
			}
		}
	});
});

