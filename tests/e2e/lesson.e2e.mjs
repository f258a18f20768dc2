/**
 * A teacher's own lesson, in Chromium against the built site: built by keyboard and by pointer,
 * kept across a reload, saved to a file and opened in a fresh browser, refused when the file is
 * not a lesson, shared as a link that another browser plays slide for slide, and `?chapters=`.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { expect, test } from './fixtures.mjs';
import { collapse, docWords } from './documents.mjs';
import { readPdf } from './pdf.mjs';

const PROJECTOR = { width: 1920, height: 1080 };

test.describe('a teacher’s lesson', () => {
	/** What the builder lists, in order */
	const itemsOf = (page) => page.locator('[data-testid="lesson-items"] [data-item]').evaluateAll((els) => els.map((e) => e.dataset.item));
	/** Every slide's id in the presenter, from its overview */
	async function slideIds(page) {
		await page.keyboard.press('o');
		const ids = await page.getByTestId('overview').locator('ol button').evaluateAll((els) => els.map((e) => e.dataset.slide));
		await page.keyboard.press('Escape');
		return ids;
	}
	const slide = (kind, ref, question = '', notes = '') => ({ kind, ref, notes, question });
	/** The lesson the first test builds by keyboard, as the builder keeps it (a lesson file, the README's contract). */
	const BUILT = {
		format: 'passages-lesson',
		version: 1,
		title: 'The islands and the gas',
		items: [slide('chapter', 'sakhalin'), slide('chapter', 'four-islands', 'Why does the map give two names?', 'Ask who uses which name.'), slide('chapter', 'trade')]
	};
	/** …and as the second test leaves it: a passage dragged to the front, one removed, one at the end. */
	const SAVED = { ...BUILT, items: [slide('passage', 'riac-2012#p126'), ...BUILT.items, slide('passage', 'bely-2011#p6')] };

	/** A browser whose saved lesson is `lesson` (each test starts from its own, not from another test's). */
	async function keeping(context, lesson) {
		await context.addInitScript((text) => {
			// once for the whole browser: later pages see what the test did to it (not in a blank page, which has no storage)
			if (location.protocol.startsWith('http') && !localStorage.getItem('test-seeded')) {
				localStorage.setItem('passages-lesson', text);
				localStorage.setItem('test-seeded', '1');
			}
		}, JSON.stringify(lesson));
	}

	/** The link the builder gives for `lesson`: read from its share box in a browser of its own. */
	async function linkOf(lesson, { newContext, visit }) {
		const context = await newContext();
		await keeping(context, lesson);
		const { page } = await visit('/lesson', { context });
		await page.waitForFunction(() => /lesson=[A-Za-z0-9_-]{20,}/.test(document.querySelector('[data-testid="lesson-share"]').value));
		const link = new URL(await page.inputValue('[data-testid="lesson-share"]'));
		await context.close();
		return link;
	}

	test('is built by keyboard: chapters added, moved, titled and annotated, and kept across a reload', async ({ visit }) => {
		const { page } = await visit('/lesson');
		assert.deepEqual(await itemsOf(page), []);
		for (const id of ['sakhalin', 'four-islands', 'trade']) {
			await page.locator(`[data-chapter-choice="${id}"] button`).focus();
			await page.keyboard.press('Enter');
		}
		assert.deepEqual(await itemsOf(page), ['chapter:sakhalin', 'chapter:four-islands', 'chapter:trade']);
		// Move the second chapter up: the focus stays on the slide it moved, now first.
		await page.locator('[data-item="chapter:four-islands"] [data-move="up"]').focus();
		await page.keyboard.press('Enter');
		assert.deepEqual(await itemsOf(page), ['chapter:four-islands', 'chapter:sakhalin', 'chapter:trade']);
		assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-item]')?.dataset.item), 'chapter:four-islands');
		// The first slide's Up is disabled, so the focus went to its Down; Space moves it back down.
		await page.keyboard.press('Space');
		assert.deepEqual(await itemsOf(page), ['chapter:sakhalin', 'chapter:four-islands', 'chapter:trade']);
		await page.locator('[data-testid="lesson-title"]').focus();
		await page.keyboard.type('The islands and the gas');
		await page.locator('[data-item="chapter:four-islands"] [data-field="question"]').focus();
		await page.keyboard.type('Why does the map give two names?');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Ask who uses which name.');
		assert.match(await page.locator('[role="status"]').first().textContent(), /Moved/);
		await page.reload();
		await page.waitForSelector('html[data-started]', { state: 'attached' });
		await page.locator('[data-item]').first().waitFor();
		assert.deepEqual(await itemsOf(page), ['chapter:sakhalin', 'chapter:four-islands', 'chapter:trade']);
		assert.equal(await page.inputValue('[data-testid="lesson-title"]'), 'The islands and the gas');
		assert.equal(await page.inputValue('[data-item="chapter:four-islands"] [data-field="question"]'), 'Why does the map give two names?');
		assert.equal(await page.inputValue('[data-item="chapter:four-islands"] [data-field="notes"]'), 'Ask who uses which name.');
	});

	test('takes passages from a reader, a place’s panel and Perspectives, and is reordered by dragging', async ({ visit, origin, context }) => {
		await keeping(context, BUILT);
		const reader = await visit('/sources/riac-2012#p126');
		await reader.page.click('[data-add-to-lesson="riac-2012#p126"]');
		await reader.page.getByRole('status').filter({ hasText: 'Your lesson: 4 slides' }).waitFor();
		const panel = await visit('/?place=sakhalin');
		const add = panel.page.locator('[data-testid="panel"] [data-add-to-lesson="imamura-2010#p6"]').first();
		await add.click();
		await panel.page.getByRole('status').filter({ hasText: 'Your lesson: 5 slides' }).waitFor();
		const perspectives = await visit('/perspectives/energy');
		await perspectives.page.click('[data-passage="bely-2011#p6"] [data-add-to-lesson]');
		await perspectives.page.getByRole('status').filter({ hasText: 'Your lesson: 6 slides' }).waitFor();
		// Adding a passage twice keeps one.
		await perspectives.page.reload();
		await perspectives.page.click('[data-passage="bely-2011#p6"] [data-add-to-lesson]');
		await perspectives.page.getByRole('status').filter({ hasText: 'In your lesson' }).or(perspectives.page.getByText('In your lesson')).first().waitFor();

		const { page } = await visit('/lesson');
		await page.locator('[data-item="passage:bely-2011#p6"]').waitFor();
		const before = await itemsOf(page);
		assert.deepEqual(before.slice(3), ['passage:riac-2012#p126', 'passage:imamura-2010#p6', 'passage:bely-2011#p6']);
		// Each passage is described from its document.
		assert.match(await page.locator('[data-item="passage:riac-2012#p126"]').innerText(), /A\.N\. Panov et al\., ¶ 126[\s\S]*The controversy between the sides/);
		// Drag the RIAC passage onto the first slide: it takes the first place.
		await page.locator('[data-item="passage:riac-2012#p126"] .handle').dragTo(page.locator('[data-item="chapter:sakhalin"] .item-head'));
		assert.deepEqual(await itemsOf(page), ['passage:riac-2012#p126', 'chapter:sakhalin', 'chapter:four-islands', 'chapter:trade', 'passage:imamura-2010#p6', 'passage:bely-2011#p6']);
		await page.locator('[data-item="passage:imamura-2010#p6"] button', { hasText: 'Remove' }).click();
		assert.equal((await itemsOf(page)).length, 5);

		// Saved to a file: a small JSON lesson, as the builder shows it.
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="lesson-export"]')]);
		const file = await download.path();
		const saved = JSON.parse(readFileSync(file, 'utf8'));
		assert.equal(saved.format, 'passages-lesson');
		assert.equal(saved.title, 'The islands and the gas');
		assert.deepEqual(saved.items.map((i) => `${i.kind}:${i.ref}`), await itemsOf(page));
		assert.match(download.suggestedFilename(), /^the-islands-and-the-gas\.passages-lesson\.json$/);
		await page.waitForFunction(() => /lesson=[A-Za-z0-9_-]{20,}/.test(document.querySelector('[data-testid="lesson-share"]').value));
		const link = new URL(await page.inputValue('[data-testid="lesson-share"]'));
		assert.equal(link.origin, origin);
		assert.deepEqual(saved, SAVED);
	});

	test('opens from its file in a fresh browser, and refuses a file that is not a lesson, changing nothing', async ({ watch, origin, newContext }, testInfo) => {
		const file = testInfo.outputPath('the-islands-and-the-gas.passages-lesson.json');
		writeFileSync(file, JSON.stringify(SAVED, null, '\t'));
		const context = await newContext();
		const w = await watch({ map: false }, context);
		await w.page.goto(origin + '/lesson');
		await w.page.waitForSelector('html[data-started]', { state: 'attached' });
		await w.page.setInputFiles('[data-testid="lesson-import"]', file);
		await w.page.locator('[data-item]').first().waitFor();
		const items = await itemsOf(w.page);
		assert.deepEqual(items, ['passage:riac-2012#p126', 'chapter:sakhalin', 'chapter:four-islands', 'chapter:trade', 'passage:bely-2011#p6']);
		assert.equal(await w.page.inputValue('[data-item="chapter:four-islands"] [data-field="question"]'), 'Why does the map give two names?');
		w.page.on('dialog', (d) => d.accept());
		await w.page.setInputFiles('[data-testid="lesson-import"]', { name: 'places.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type":"FeatureCollection","features":[]}') });
		await w.page.getByTestId('import-problem').filter({ hasText: 'This is not a Passages lesson' }).waitFor();
		await w.page.setInputFiles('[data-testid="lesson-import"]', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"passages-lesson","version":1,"items":[{"kind":"map","ref":"x"}]}') });
		await w.page.getByTestId('import-problem').filter({ hasText: 'Slide 1’s kind must be "chapter" or "passage". Nothing was changed.' }).waitFor();
		assert.deepEqual(await itemsOf(w.page), items);
		assert.deepEqual([...w.problems.consoleErrors, ...w.problems.offOrigin], []);
	});

	test('plays from its link in a fresh browser: the same slides, the question on the slide, the teacher’s notes first', async ({ watch, visit, newContext }) => {
		const link = await linkOf(SAVED, { newContext, visit });
		const context = await newContext({ viewport: PROJECTOR });
		const w = await watch({ viewport: PROJECTOR, map: false }, context);
		await w.page.goto(link.href);
		await w.page.waitForFunction(() => document.querySelector('[data-testid="presenter"]')?.dataset.index === '0');
		await w.page.getByRole('heading', { level: 1, name: 'The islands and the gas' }).waitFor();
		const slides = await slideIds(w.page);
		assert.deepEqual(slides, ['title', 'riac-2012.p126', 'sakhalin', 'sakhalin/sides', 'four-islands', 'four-islands/sides', 'trade', 'trade/sides', 'bely-2011.p6', 'sources']);
		await w.page.keyboard.press('ArrowRight');
		await w.page.waitForFunction(() => document.querySelector('[data-testid="presenter"]').dataset.slide === 'riac-2012.p126');
		assert.match(await w.page.locator('[data-position]').first().textContent(), /Slide 1 of 5/);
		assert.match(await w.page.locator('[data-passage="riac-2012#p126"] .words').innerText(), /The controversy between the sides is not only big/);
		// The number typed is the lesson's: 3 opens its third slide, the four islands.
		await w.page.keyboard.type('3');
		await w.page.keyboard.press('Enter');
		await w.page.waitForFunction(() => document.querySelector('[data-testid="presenter"]').dataset.slide === 'four-islands');
		assert.equal(await w.page.getByTestId('slide-question').innerText(), 'Why does the map give two names?');
		assert.equal(new URL(w.page.url()).searchParams.get('lesson'), link.searchParams.get('lesson'));
		// The speaker window plays the same lesson, the teacher's notes before the story's.
		const [speaker] = await Promise.all([context.waitForEvent('page'), w.page.keyboard.press('s')]);
		await speaker.waitForFunction(() => document.querySelector('[data-testid="speaker"]')?.dataset.slide === 'four-islands');
		const text = await speaker.locator('main').innerText();
		assert.ok(text.indexOf('Ask who uses which name.') < text.indexOf('Say both names of each island aloud'), 'the teacher’s notes come first');
		assert.match(await speaker.getByTestId('teacher-notes').innerText(), /Question for the class: Why does the map give two names\?/);
		assert.deepEqual([...w.problems.consoleErrors, ...w.problems.offOrigin], []);
	});

	test('prints from its link: /handout?lesson= gives its slides in its order, with its questions, word for word', async ({ watch, visit, origin, newContext }) => {
		const link = await linkOf(SAVED, { newContext, visit });
		const context = await newContext();
		const w = await watch({ map: false }, context);
		await w.page.goto(`${origin}/handout?lesson=${link.searchParams.get('lesson')}`);
		await w.page.waitForSelector('[data-testid="lesson-handout"][data-ready="true"]');
		assert.match(w.page.url(), /\/handout\/lesson\?lesson=/);
		const order = await w.page.locator('[data-handout-chapter], [data-handout-passage]').evaluateAll((els) =>
			els.map((e) => e.dataset.handoutChapter ?? e.dataset.handoutPassage)
		);
		assert.deepEqual(order, ['riac-2012#p126', 'sakhalin', 'four-islands', 'trade', 'bely-2011#p6']);
		assert.equal(await w.page.locator('[data-handout-chapter="four-islands"] [data-testid="handout-question"]').innerText(), 'Question: Why does the map give two names?');
		// Each chapter's map is drawn; the teacher's notes print only when asked.
		for (const id of ['sakhalin', 'four-islands', 'trade'])
			assert.ok(((await w.page.locator(`[data-handout-chapter="${id}"] [data-testid="handout-map"] path.land`).getAttribute('d')) ?? '').length > 1000, `${id}: map`);
		assert.equal(await w.page.getByTestId('handout-notes').count(), 0);
		await w.page.getByTestId('with-notes').check();
		assert.match(await w.page.getByTestId('handout-notes').innerText(), /Ask who uses which name\./);
		const words = collapse(await w.page.locator('[data-handout-passage="bely-2011#p6"] .words').innerText());
		assert.ok(docWords['bely-2011'].includes(words.slice(0, 120)), words.slice(0, 60));
		const pdf = readPdf(await w.page.pdf({ format: 'A4', printBackground: true, outline: true, tagged: true }));
		const headings = pdf.outline.map((o) => o.title).filter((title) => /^\d+\. /.test(title));
		assert.deepEqual(headings.map((h) => h.split('. ')[0]), ['1', '2', '3', '4', '5']);
		assert.deepEqual([...w.problems.consoleErrors, ...w.problems.offOrigin], []);
	});

	test('plays a lesson link made before the chapters became files, each passage the same words', async ({ visit }) => {
		// Made on 2026-12-08 with the site as it was then (commit f8a2171), and the words each of its
		// passages held, read from that site's /data/passages.json: a teacher's link must keep working.
		const before = 'TchBCsMgEADAr8h6NWCkpP1EXyAeVrOJSyOKGkp_X9KDdI5jZwVPXEl42nIl0SOJELF0qk28qZLY-KAGyloIoCCizwkZnLJQQEFlDJPRs5Hldh_r6fhcO8uyjOSE6ax4vf7_F7fI6-8XWR7je97zlHZOWRajwTn3BQ';
		const words = {
			'riac-2012#p47': "From its side, Tokyo is increasingly concerned about the build-up of China's military capability and",
			'bely-2011#p6': 'Since the economic crisis in 2008, a huge decrease in trade between Japan and Russia has been observ',
			'imamura-2010#p6': 'There is no question that Russia and Japan must work together as partners. With a landmass stretchin',
			'kishida-2016#p8': 'The most important outstanding issue between the two nations is the Northern Territories, and I have',
			'togo-mgimo#p20': 'I think, that, in the first instance, it is necessary to create a basis of mutual relations between '
		};
		const { page } = await visit(`/present?lesson=${before}`, { viewport: PROJECTOR });
		const ids = Object.keys(words);
		// The title, the chapter, the five passages in the lesson's order, and the sources
		await expect.poll(async () => (await slideIds(page)).length, { timeout: 60_000 }).toBe(8);
		assert.deepEqual((await slideIds(page)).slice(0, 2), ['title', 'habomai']);
		await page.keyboard.press('ArrowRight');
		await page.waitForFunction(() => document.querySelector('[data-testid="presenter"]').dataset.slide === 'habomai');
		for (const id of ids) {
			await page.keyboard.press('ArrowRight');
			const figure = page.locator(`figure[data-passage="${id}"] blockquote`);
			await figure.waitFor();
			assert.equal(collapse(await figure.innerText()).slice(0, 100), words[id], id);
		}
	});

	test('plays ?chapters=a,b,c in that order, saying which it does not have', async ({ visit }) => {
		const { page } = await visit('/present?chapters=trade,atlantis,sakhalin', { viewport: PROJECTOR });
		await page.getByTestId('lesson-notice').filter({ hasText: 'This lesson names the chapter “atlantis”, which Passages does not have; the rest plays.' }).waitFor();
		assert.deepEqual(await slideIds(page), ['title', 'trade', 'trade/sides', 'sakhalin', 'sakhalin/sides', 'sources']);
		await page.keyboard.press('ArrowRight');
		await page.waitForFunction(() => document.querySelector('[data-testid="presenter"]').dataset.slide === 'trade');
		assert.match(await page.locator('[data-position]').first().textContent(), /Chapter 1 of 2/);
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowLeft');
		await page.waitForFunction(() => document.querySelector('[data-testid="presenter"]').dataset.slide === 'sakhalin/sides');
	});

	test('embeds a chapter in another site’s page: its map drawn, no error, no focus taken, no history entry, 320 px wide', async ({ visit, origin, newContext }) => {
		// The snippet the story offers, pasted into a page on a second origin.
		const story = await visit('/#four-islands');
		await story.page.locator('[data-embed-snippet="four-islands"] summary').click();
		const snippet = await story.page.locator('[data-embed-snippet="four-islands"] textarea').inputValue();
		assert.match(snippet, new RegExp(`^<iframe src="${origin}/embed/four-islands" title="Passages: Four islands, two names" width="100%" height="560"`));
		const host = createServer((req, res) => {
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(`<!doctype html><html lang="en"><title>A school</title><body><h1>Lesson 3</h1><script>window.startLength = history.length</script><div style="width:320px">${snippet.replace('loading="lazy"', '')}</div><p>After the frame.</p></body></html>`);
		});
		await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
		const hostOrigin = `http://127.0.0.1:${host.address().port}`;
		assert.notEqual(hostOrigin, origin);
		// Watched here, not by the fixture: two origins are the point of the test.
		const context = await newContext({ viewport: { width: 400, height: 800 }, watched: false });
		const page = await context.newPage();
		const errors = [];
		const elsewhere = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(String(e)));
		page.on('request', (r) => ![hostOrigin, origin].includes(new URL(r.url()).origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:') && elsewhere.push(r.url()));
		await page.goto(hostOrigin + '/');
		const frame = page.frameLocator('iframe');
		const map = frame.locator('[data-testid="map"][data-ready="true"]');
		await map.waitFor();
		assert.equal(await map.getAttribute('data-center'), '146.6000,44.3500');
		assert.ok(Number(await map.getAttribute('data-zoom')) > 4);
		await frame.getByRole('heading', { level: 1, name: 'Four islands, two names' }).waitFor();
		assert.match(await frame.locator('blockquote').innerText(), /The most important outstanding issue between the two nations is the Northern Territories/);
		assert.equal(await frame.getByRole('link', { name: /Read the whole story/ }).getAttribute('target'), '_blank');
		// A quiet guest: the host keeps its focus and its history, and nothing overflows 320 px.
		await frame.locator('[data-testid="map"][data-idle="true"]').waitFor();
		assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'BODY');
		const entries = () => page.evaluate(() => [history.length, window.startLength]);
		let [now, before] = await entries();
		assert.equal(now, before, 'no history entry while the frame loads');
		await frame.locator('[data-testid="map"]').click();
		await page.mouse.wheel(0, 300);
		await frame.locator('[data-embed] h1').click();
		[now, before] = await entries();
		assert.equal(now, before, 'nor when it is clicked and scrolled');
		const width = await page.frames()[1].evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
		assert.ok(width[0] <= width[1], `the frame's page is ${width[0]} px wide in ${width[1]}`);
		// No offline copy of the site is made from inside another site's page.
		assert.equal(await page.frames()[1].evaluate(async () => (await navigator.serviceWorker?.getRegistrations())?.length ?? 0), 0);
		assert.deepEqual(errors, []);
		assert.deepEqual(elsewhere, []);
	});
});
