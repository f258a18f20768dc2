import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { newContext } from './chromium.mjs';
import { browserSuite, buildDir, watchedPage } from './harness.mjs';
import { readPdf } from './pdf.mjs';

/** Registers this file's tests, one at a time (tests/e2e/run.test.mjs runs two files' suites at a time). */
export default function register() {
	describe('the classroom', { concurrency: 1 }, () => {
		const suite = browserSuite();
		const PROJECTOR = { width: 1920, height: 1080 };

		/**
		 * Open the presenter for one test, and close it after: presenter pages in one browser share a
		 * channel, so a page left open would follow (and answer) the next test's pages. These tests
		 * are about the slides and the keys, so the map is not drawn (the offline test draws it).
		 */
		async function present(t, path) {
			const w = await suite.visit(path, { viewport: PROJECTOR });
			await w.page.waitForSelector('[data-testid="presenter"]');
			t.after(() => w.page.close());
			return w;
		}

		const slideOf = (page) => page.$eval('[data-testid="presenter"]', (el) => el.dataset.slide);
		const hashOf = (page) => page.evaluate(() => location.hash);
		async function waitForSlide(page, id, selector = '[data-testid="presenter"]') {
			await page.waitForFunction(([s, id]) => document.querySelector(s)?.dataset.slide === id, [selector, id], { timeout: 10000 });
		}
		/** The chapters' ids in order, read from the story page's sections (its test contract). */
		async function chapterIds() {
			const html = await (await fetch(suite.server.origin + '/')).text();
			return [...html.matchAll(/<section[^>]*data-chapter="([^"]+)"/g)].map((m) => m[1]);
		}

		describe('the presenter', () => {
			it('shows each chapter in text readable from the back of a room, fitting a 1920 × 1080 screen', async (t) => {
				const { page } = await present(t, '/present#neighbours');
				const ids = await chapterIds();
				assert.ok(ids.length >= 8);
				for (const [i, id] of ids.entries()) {
					await waitForSlide(page, id);
					assert.equal(await hashOf(page), `#${id}`);
					const check = await page.evaluate(() => {
						const pane = document.querySelector('.text-pane');
						const size = (s) => [...pane.querySelectorAll(s)].map((el) => parseFloat(getComputedStyle(el).fontSize));
						return {
							title: pane.querySelector('h1')?.textContent,
							body: [...size('.lead'), ...size('blockquote'), ...size('figcaption')],
							overflows: pane.scrollHeight > pane.clientHeight + 1,
							quote: pane.querySelector('blockquote')?.textContent ?? ''
						};
					});
					assert.ok(check.body.length >= 3, `${id}: lead, quotation and citation shown`);
					for (const px of check.body) assert.ok(px >= 28, `${id}: body text is ${px}px`);
					assert.equal(check.overflows, false, `${id}: the slide's text fits the screen`);
					assert.ok(check.quote.length > 20, `${id}: its key quotation is shown`);
					const progress = await page.getAttribute('[role="progressbar"]', 'aria-valuenow');
					assert.equal(Number(progress), i + 2); // the title is slide 1
					await page.keyboard.press('ArrowRight');
				}
				await waitForSlide(page, 'sources');
				await page.getByRole('heading', { name: 'The five documents' }).waitFor();
			});

			it('answers a clicker’s and the keyboard’s keys, and keeps the chapter in the address', async (t) => {
				const { page } = await present(t, '/present#four-islands');
				const ids = await chapterIds();
				const at = (id) => waitForSlide(page, id);
				const press = async (key, id) => {
					await page.keyboard.press(key);
					await at(id);
				};
				await press('PageDown', ids[2]);
				await press('PageUp', ids[1]);
				await press('Space', ids[2]);
				await press('Shift+Space', ids[1]);
				await press('ArrowLeft', ids[0]);
				await press('ArrowDown', ids[1]);
				await press('End', 'sources');
				await press('Home', 'title');
				assert.equal(await hashOf(page), '');
				// A number, then Enter, jumps to that chapter.
				await page.keyboard.type('7');
				await page.getByTestId('typed').waitFor();
				await press('Enter', ids[6]);
				await page.keyboard.type('42');
				await page.keyboard.press('Enter');
				await page.getByRole('alert').filter({ hasText: 'There is no chapter 42' }).waitFor();
				assert.equal(await slideOf(page), ids[6]);
				// The change is announced to screen readers.
				const live = await page.textContent('[aria-live="polite"]');
				assert.match(live, new RegExp(`Chapter 7 of ${ids.length}`));
				// A reload (or the link shared) lands on the same chapter.
				await page.reload();
				await at(ids[6]);
				assert.equal(await hashOf(page), `#${ids[6]}`);
				// After a click on a control, Space and a typed number still mean the presenter's moves.
				await page.getByRole('button', { name: 'Next slide' }).click();
				await at(ids[7]);
				await press('Space', ids[8]);
				await page.keyboard.type('2');
				await press('Enter', ids[1]);
			});

			it('blacks the screen out with B, goes fullscreen with F, and lists its keys with ?', async (t) => {
				const { page } = await present(t, '/present#sakhalin');
				await page.keyboard.press('b');
				await page.getByTestId('blackout').waitFor();
				await page.keyboard.press('b');
				await page.getByTestId('blackout').waitFor({ state: 'detached' });
				await page.keyboard.press('.');
				await page.getByTestId('blackout').waitFor();
				await page.keyboard.press('Escape');
				await page.getByTestId('blackout').waitFor({ state: 'detached' });

				await page.keyboard.press('f');
				await page.waitForFunction(() => document.fullscreenElement !== null);
				await page.keyboard.press('f');
				await page.waitForFunction(() => document.fullscreenElement === null);

				await page.keyboard.press('?');
				const keys = page.getByRole('dialog', { name: 'Presenter keys' });
				await keys.waitFor();
				assert.match(await keys.textContent(), /Page Down/);
				await page.keyboard.press('Escape');
				await keys.waitFor({ state: 'detached' });
				assert.equal(await slideOf(page), 'sakhalin');
			});

			it('shows every chapter in an overview, moved through with arrow keys, and opens the one chosen', async (t) => {
				const { page } = await present(t, '/present#habomai');
				const ids = await chapterIds();
				await page.keyboard.press('o');
				const overview = page.getByTestId('overview');
				await overview.waitFor();
				assert.equal(await overview.locator('ol button').count(), ids.length + 2);
				// The focus starts on the current chapter.
				assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-current')), 'step');
				assert.match(await page.evaluate(() => document.activeElement?.textContent), /closest to Hokkaido/);
				// Esc goes back without moving.
				await page.keyboard.press('Escape');
				await overview.waitFor({ state: 'detached' });
				assert.equal(await slideOf(page), 'habomai');
				// Arrow keys move across and down the grid of four columns; Enter shows the chapter.
				await page.keyboard.press('o');
				await overview.waitFor();
				await page.keyboard.press('ArrowRight'); // chapter 4
				await page.keyboard.press('ArrowDown'); // chapter 8
				await page.keyboard.press('Enter');
				await overview.waitFor({ state: 'detached' });
				await waitForSlide(page, ids[7]);
			});

			it('opens the speaker window with S, on the same chapter', async (t) => {
				const { page } = await present(t, '/present#trade');
				const [speaker] = await Promise.all([suite.context.waitForEvent('page'), page.keyboard.press('s')]);
				t.after(() => speaker.close());
				await speaker.waitForLoadState();
				assert.match(speaker.url(), /\/present\/notes#trade$/);
				await speaker.getByTestId('notes').waitFor();
			});

			it('keeps a speaker window in step: either window drives both, the black screen too', async (t) => {
				const presenter = await present(t, '/present#neighbours');
				const ids = await chapterIds();
				const { page: speaker } = await suite.watch();
				t.after(() => speaker.close());
				await speaker.goto(suite.server.origin + '/present/notes#neighbours');
				const notes = '[data-testid="speaker"]';
				await waitForSlide(speaker, ids[0], notes);
				await speaker.getByTestId('notes').waitFor();
				assert.match(await speaker.getByTestId('speaker-next').textContent(), /Four islands/);
				assert.match(await speaker.getByTestId('elapsed').textContent(), /^\d+:\d\d$/);

				// The presenter moves: the speaker window follows.
				await presenter.page.bringToFront();
				await presenter.page.keyboard.press('ArrowRight');
				await waitForSlide(speaker, ids[1], notes);
				assert.match(await speaker.getByTestId('speaker-current').textContent(), /Four islands, two names/);
				// The speaker window moves: the presenter follows, and its address too.
				await speaker.bringToFront();
				await speaker.keyboard.press('ArrowRight');
				await waitForSlide(presenter.page, ids[2]);
				assert.equal(await hashOf(presenter.page), `#${ids[2]}`);
				await speaker.getByRole('button', { name: 'Next →' }).click();
				await waitForSlide(presenter.page, ids[3]);
				// B in the speaker window blacks out the projected screen; restarting the clock leaves it so.
				await speaker.keyboard.press('b');
				await presenter.page.getByTestId('blackout').waitFor();
				await speaker.getByTestId('speaker-black').waitFor();
				await speaker.getByRole('button', { name: 'Restart the clock' }).click();
				await speaker.waitForTimeout(300);
				assert.equal(await presenter.page.getByTestId('blackout').count(), 1);
				await speaker.keyboard.press('b');
				await presenter.page.getByTestId('blackout').waitFor({ state: 'detached' });
				assert.equal(await slideOf(presenter.page), ids[3]);
			});

			suite.itLeftNoTrace(5);
		});

		describe('the handout', () => {
			it('prints to a PDF with each chapter starting a page, its map drawn, and the sources last', async () => {
				const w = await suite.watch();
				await w.page.goto(suite.server.origin + '/handout');
				const chapters = await w.page.$$eval('[data-handout-chapter]', (sections) =>
					sections.map((s) => ({
						title: s.querySelector('h2').textContent.trim(),
						mapPaths: s.querySelectorAll('[data-testid="handout-map"] path').length,
						landDrawn: (s.querySelector('[data-testid="handout-map"] path.land')?.getAttribute('d') ?? '').length
					}))
				);
				assert.ok(chapters.length >= 8);
				for (const c of chapters) assert.ok(c.landDrawn > 1000, `${c.title}: its map draws land`);
				// Quotations carry full citations down to the paragraph.
				const captions = await w.page.$$eval('.quotation figcaption', (els) => els.map((e) => e.textContent));
				for (const caption of captions) assert.match(caption, /—.+“.+”.+, (¶|note) \d+\.$/s);
				// The charts print with their tables open, and the timeline as a table of every event.
				const charts = await w.page.$$eval('[data-figure]', (figures) =>
					figures.map((f) => ({ open: f.querySelector('details').open, rows: f.querySelectorAll('tbody tr').length }))
				);
				assert.ok(charts.length >= 4, `${charts.length} charts`);
				for (const c of charts) assert.ok(c.open && c.rows >= 2, 'a chart’s table is open and full');
				const events = await w.page.$$eval('[data-handout-timeline] tbody tr', (rows) => rows.map((r) => r.querySelectorAll('li').length));
				assert.ok(events.length >= 15 && events.every((n) => n >= 1), `${events.length} events, each with the documents' words or a named source`);

				await w.page.evaluate(() => document.fonts.ready);
				const pdf = readPdf(await w.page.pdf({ format: 'A4', printBackground: true, outline: true, tagged: true }));
				const headings = pdf.outline.filter((o) => /^\d+\. /.test(o.title) || ['Timeline of the events', 'Sources and credits'].includes(o.title));
				assert.deepEqual(
					headings.map((h) => h.title),
					[...chapters.map((c) => c.title), 'Timeline of the events', 'Sources and credits']
				);
				// Each starts a new page, at its top, after the cover page.
				for (const [i, h] of headings.entries()) {
					assert.ok(h.page > (headings[i - 1]?.page ?? 1), `${h.title} starts a new page (page ${h.page})`);
					assert.ok(h.y > 760, `${h.title} is at the top of page ${h.page}`);
				}
				assert.ok(pdf.pageCount >= chapters.length + 2, `${pdf.pageCount} pages`);
				assert.deepEqual(w.problems.consoleErrors, []);
				assert.deepEqual(w.problems.offOrigin, []);
			});
		});

		describe('offline', () => {
			it('after one visit, reloads the story, its map, the presenter and a reader with the network off', async () => {
				const context = await newContext(suite.chromium, { serviceWorkers: 'allow' });
				try {
					const { page, problems } = await watchedPage(context, suite.server.origin);
					await page.goto(suite.server.origin + '/#sakhalin');
					await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 30000 });
					await page.evaluate(() => navigator.serviceWorker.ready);

					// Every page the build wrote is saved, and every file a built page, script or stylesheet
					// names (a file nothing names, such as the server build's copy of a stylesheet, is not).
					const saved = await page.evaluate(async () => {
						const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('passages-')));
						return (await cache.keys()).map((r) => new URL(r.url).pathname);
					});
					const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
					const built = walk(buildDir).map((f) => '/' + relative(buildDir, f));
					const text = built.filter((p) => /\.(html|js|mjs|css|json)$/.test(p)).map((p) => readFileSync(join(buildDir, p), 'utf8')).join('\n');
					const expected = built
						// the land as GeoJSON is for download and the build: the map reads it from its tiles
						.filter((p) => p !== '/service-worker.js' && p !== '/handout/__data.json' && !/^\/geo\/(land-region(-simple)?|places)\.geojson$/.test(p))
						.filter((p) => p.endsWith('.html') || text.includes(basename(p)))
						.map((p) => (p === '/index.html' ? '/' : p.endsWith('.html') && p !== '/404.html' ? p.slice(0, -5) : p));
					assert.ok(expected.length > 50, `${expected.length} files to save`);
					assert.deepEqual(expected.filter((p) => !saved.includes(p)), []);

					await context.setOffline(true);
					await page.reload();
					await page.getByRole('heading', { level: 1, name: /in their own words/ }).waitFor();
					await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 30000 });
					assert.equal(await page.evaluate(() => location.hash), '#sakhalin');
					// The basemap's tiles come as ranges of one archive, cut from the saved copy: a chapter the
					// visit never showed, at zoom 8.5, draws its islands with no problem reported.
					await page.evaluate(() => document.querySelector('[data-chapter="habomai"]').scrollIntoView());
					await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.dataset.center === '146.2000,43.5600', null, { timeout: 30000 });
					await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 30000 });
					assert.equal(await page.locator('.map-problems').count(), 0);
					const ranges = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/geo/basemap.pmtiles')).length);
					assert.ok(ranges > 1, `${ranges} reads of the tile archive offline`);
					// Following links offline: the story to the presenter (a client-side navigation, whose data
					// the service worker answers), and the presenter to the handout.
					await page.getByRole('link', { name: 'present the story' }).click();
					await page.waitForSelector('[data-testid="presenter"]');
					await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 30000 });
					await page.getByRole('link', { name: 'Handout' }).click();
					await page.getByRole('heading', { name: /Sources and credits/ }).waitFor();
					await page.goto(suite.server.origin + '/present#trade');
					await waitForSlide(page, 'trade');
					await page.goto(suite.server.origin + '/sources/riac-2012#p88');
					await page.locator('#p88').waitFor();
					assert.deepEqual(problems.consoleErrors, []);
					assert.deepEqual(problems.offOrigin, []);
				} finally {
					await context.close();
				}
			});
		});
	});
}
