import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { test, buildDir } from './fixtures.mjs';
import { readPdf } from './pdf.mjs';

test.describe('the classroom', () => {
	const PROJECTOR = { width: 1920, height: 1080 };

	/**
	 * Open the presenter (each test has a browser of its own: presenter pages in one browser share a
	 * channel, and follow each other). These tests are about the slides and the keys, so the map is
	 * not drawn (the offline test draws it).
	 */
	async function present(visit, path) {
		const w = await visit(path, { viewport: PROJECTOR });
		await w.page.waitForSelector('[data-testid="presenter"]');
		// the text's size and fit are measured in the slides' own fonts, not a fallback's
		await w.page.evaluate(() => document.fonts.ready);
		return w;
	}

	const slideOf = (page) => page.$eval('[data-testid="presenter"]', (el) => el.dataset.slide);
	const hashOf = (page) => page.evaluate(() => location.hash);
	async function waitForSlide(page, id, selector = '[data-testid="presenter"]') {
		await page.waitForFunction(([s, id]) => document.querySelector(s)?.dataset.slide === id, [selector, id]);
	}
	/** The chapters' ids in order, read from the story page's sections (its test contract). */
	async function chapterIds(origin) {
		const html = await (await fetch(origin + '/')).text();
		return [...html.matchAll(/<section[^>]*data-chapter="([^"]+)"/g)].map((m) => m[1]);
	}
	/** Every slide's id in order ("title", a chapter's, "<chapter>/sides", "sources"), read from the overview. */
	async function slideIds(page) {
		await page.keyboard.press('o');
		const ids = await page.getByTestId('overview').locator('ol button').evaluateAll((els) => els.map((e) => e.dataset.slide));
		await page.keyboard.press('Escape');
		await page.getByTestId('overview').waitFor({ state: 'detached' });
		return ids;
	}

	test.describe('the presenter', () => {
		test('shows each chapter, and each chapter’s two sides, in text readable from the back of a room, fitting a 1920 × 1080 screen', async ({ visit, origin }) => {
			const { page } = await present(visit, '/present#neighbours');
			const ids = await chapterIds(origin);
			assert.ok(ids.length >= 8);
			const seq = (await slideIds(page)).slice(1, -1);
			// Every chapter in order, its two sides (where it has them) right after it.
			assert.deepEqual(seq.filter((id) => !id.endsWith('/sides')), ids);
			const paired = seq.filter((id) => id.endsWith('/sides'));
			assert.ok(paired.length >= 6, `${paired.length} chapters have two sides`);
			for (const id of paired) assert.equal(seq[seq.indexOf(id) - 1], id.replace('/sides', ''));
			for (const [i, id] of seq.entries()) {
				await waitForSlide(page, id);
				assert.equal(await hashOf(page), `#${id}`);
				if (id.endsWith('/sides')) {
					const sides = await page.$$eval('[data-testid="sides-slide"] [data-side]', (els) =>
						els.map((e) => ({ side: e.dataset.side, words: e.querySelector('blockquote').textContent.trim(), cite: e.querySelector('figcaption a')?.getAttribute('href') }))
					);
					assert.deepEqual(sides.map((s) => s.side), ['russian', 'japanese'], `${id}: a Russian and a Japanese voice`);
					for (const s of sides) assert.ok(s.words.length > 20 && /\/sources\/[a-z0-9-]+#p\d+$/.test(s.cite), `${id}: ${s.side} quotation with its paragraph`);
				}
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
				assert.ok(check.body.length >= 3, `${id}: lead (or a second quotation), quotation and citation shown`);
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

		test('answers a clicker’s and the keyboard’s keys, and keeps the chapter in the address', async ({ visit, origin }) => {
			const { page } = await present(visit, '/present#four-islands');
			const ids = await chapterIds(origin);
			const seq = await slideIds(page);
			const k = seq.indexOf('four-islands');
			assert.equal(seq[k + 1], 'four-islands/sides');
			const at = (id) => waitForSlide(page, id);
			const press = async (key, id) => {
				await page.keyboard.press(key);
				await at(id);
			};
			await press('PageDown', seq[k + 1]);
			await press('PageUp', seq[k]);
			await press('Space', seq[k + 1]);
			await press('Shift+Space', seq[k]);
			await press('ArrowLeft', seq[k - 1]);
			await press('ArrowDown', seq[k]);
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
			const j = seq.indexOf(ids[6]);
			await page.getByRole('button', { name: 'Next slide' }).click();
			await at(seq[j + 1]);
			await press('Space', seq[j + 2]);
			await page.keyboard.type('2');
			await press('Enter', ids[1]);
		});

		test('blacks the screen out with B, goes fullscreen with F, and lists its keys with ?', async ({ visit }) => {
			const { page } = await present(visit, '/present#sakhalin');
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

		test('shows every chapter in an overview, moved through with arrow keys, and opens the one chosen', async ({ visit, origin }) => {
			const { page } = await present(visit, '/present#habomai');
			const ids = await chapterIds(origin);
			const seq = await slideIds(page);
			await page.keyboard.press('o');
			const overview = page.getByTestId('overview');
			await overview.waitFor();
			assert.equal(seq.length, ids.length + seq.filter((id) => id.endsWith('/sides')).length + 2);
			assert.ok(seq.length > ids.length + 2, 'the two-sided slides are in the overview');
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
			const h = seq.indexOf('habomai');
			await page.keyboard.press('ArrowRight'); // the next card
			await page.keyboard.press('ArrowDown'); // four cards on
			await page.keyboard.press('Enter');
			await overview.waitFor({ state: 'detached' });
			await waitForSlide(page, seq[h + 5]);
		});

		test('opens the speaker window with S, on the same chapter', async ({ context, visit }) => {
			const { page } = await present(visit, '/present#trade');
			const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
			await speaker.waitForLoadState();
			assert.match(speaker.url(), /\/present\/notes#trade$/);
			await speaker.getByTestId('notes').waitFor();
		});

		test('keeps a speaker window in step: either window drives both, the black screen too', async ({ watch, origin, visit }) => {
			const presenter = await present(visit, '/present#neighbours');
			const ids = await chapterIds(origin);
			const seq = await slideIds(presenter.page);
			const { page: speaker } = await watch();
			await speaker.goto(origin + '/present/notes#neighbours');
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
			await waitForSlide(presenter.page, seq[3]);
			assert.equal(await hashOf(presenter.page), `#${seq[3]}`);
			// A chapter's two sides: the speaker window gives their notes, a question for the class first.
			assert.equal(seq[3], 'four-islands/sides');
			assert.match(await speaker.getByTestId('speaker-current').textContent(), /Both sides: Four islands/);
			assert.match(await speaker.getByTestId('notes').textContent(), /^\s*Ask: /);
			await speaker.getByRole('button', { name: 'Next →' }).click();
			await waitForSlide(presenter.page, seq[4]);
			// B in the speaker window blacks out the projected screen; restarting the clock leaves it so.
			await speaker.keyboard.press('b');
			await presenter.page.getByTestId('blackout').waitFor();
			await speaker.getByTestId('speaker-black').waitFor();
			await speaker.getByRole('button', { name: 'Restart the clock' }).click();
			await speaker.getByTestId('elapsed').filter({ hasText: /^0:0\d$/ }).waitFor();
			assert.equal(await presenter.page.getByTestId('blackout').count(), 1);
			await speaker.keyboard.press('b');
			await presenter.page.getByTestId('blackout').waitFor({ state: 'detached' });
			assert.equal(await slideOf(presenter.page), seq[4]);
		});
	});

	test.describe('the handout', () => {
		test('prints to a PDF with each chapter starting a page, its map drawn, and the sources last', async ({ open, watch, origin }) => {
			const w = await watch();
			await w.page.goto(origin + '/handout');
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
			const sections = ['Perspectives: both sides, side by side', 'Timeline of the events', 'Sources and credits'];
			const headings = pdf.outline.filter((o) => /^\d+\. /.test(o.title) || sections.includes(o.title));
			assert.deepEqual(
				headings.map((h) => h.title),
				[...chapters.map((c) => c.title), ...sections]
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

	test.describe('offline', () => {
		test('after one visit, reloads the story, its map, the presenter and a reader with the network off', async ({ visit, watch, origin, newContext }) => {
			const context = await newContext({ serviceWorkers: 'allow' });
			try {
				const { page, problems } = await watch({}, context);
				await page.goto(origin + '/#sakhalin');
				await page.waitForSelector('[data-testid="map"][data-ready="true"]');
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
				await page.waitForSelector('[data-testid="map"][data-ready="true"]');
				assert.equal(await page.evaluate(() => location.hash), '#sakhalin');
				// The basemap's tiles come as ranges of one archive, cut from the saved copy: a chapter the
				// visit never showed, at zoom 8.5, draws its islands with no problem reported.
				await page.evaluate(() => document.querySelector('[data-chapter="habomai"]').scrollIntoView());
				await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.dataset.center === '146.2000,43.5600', null);
				await page.waitForSelector('[data-testid="map"][data-idle="true"]');
				assert.equal(await page.locator('.map-problems').count(), 0);
				const ranges = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/geo/basemap.pmtiles')).length);
				assert.ok(ranges > 1, `${ranges} reads of the tile archive offline`);
				// Following links offline: the story to the presenter (a client-side navigation, whose data
				// the service worker answers), and the presenter to the handout.
				await page.getByRole('link', { name: 'present the story' }).click();
				await page.waitForSelector('[data-testid="presenter"]');
				await page.waitForSelector('[data-testid="map"][data-ready="true"]');
				await page.getByRole('link', { name: 'Handout' }).click();
				await page.getByRole('heading', { name: /Sources and credits/ }).waitFor();
				await page.goto(origin + '/present#trade');
				await waitForSlide(page, 'trade');
				await page.goto(origin + '/sources/riac-2012#p88');
				await page.locator('#p88').waitFor();
				assert.deepEqual(problems.consoleErrors, []);
				assert.deepEqual(problems.offOrigin, []);
			} finally {
				await context.close();
			}
		});
	});
});
