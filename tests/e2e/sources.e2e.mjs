/**
 * The sources: clicking a place for every passage about it, the readers, quotation links and
 * search, in a real browser against the built site. Passages are checked against the document
 * files themselves (src/lib/content/documents), read here independently of the app's parser.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, chapterCameras, screenPoint, waitForCamera } from './fixtures.mjs';
import { collapse, docWords } from './documents.mjs';

const root = new URL('../..', import.meta.url).pathname;
const islands = JSON.parse(readFileSync(join(root, 'src/lib/content/islands.json'), 'utf8'));

test.describe('places, sources and readers', () => {
	test.describe('places and their sources', () => {
		test('clicking Kunashir on the map lists its passages, each word for word in its document, and its group’s apart', async ({ open }) => {
			const { page } = await open('/#four-islands');
			const cameras = await chapterCameras(page);
			await waitForCamera(page, cameras.find((c) => c.id === 'four-islands').camera);
			const kunashir = islands.find((i) => i.id === 'kunashir');
			const at = await screenPoint(page, kunashir.seed);
			await page.mouse.click(at.x, at.y);

			await page.locator('[data-testid="panel"] h2[data-place="kunashir"]').waitFor();
			assert.match(page.url(), /[?&]place=kunashir/);
			assert.equal(await page.locator('[data-testid="map"]').getAttribute('data-selected'), 'kunashir');

			const own = page.locator('[data-section="own"] [data-passage]');
			await own.first().waitFor();
			const ownIds = await own.evaluateAll((els) => els.map((e) => e.dataset.passage));
			assert.ok(ownIds.length >= 2, `Kunashir is named in ${ownIds.length} passages`);
			assert.deepEqual([...new Set(ownIds.map((id) => id.split('#')[0]))].sort(), ['riac-2012', 'togo-mgimo']);

			// Passages about the four islands as a group come after, told apart, from every document.
			const group = page.locator('[data-section="group"]').first();
			assert.match(await group.locator('h3').innerText(), /Naming Southern Kurils \/ Northern Territories/);
			const groupDocs = await group
				.locator('[data-passage]')
				.evaluateAll((els) => [...new Set(els.map((e) => e.dataset.passage.split('#')[0]))].sort());
			assert.ok(groupDocs.length >= 4, `group passages come from ${groupDocs.join(', ')}`);

			// Every excerpt shown is the document's own words.
			const excerpts = await page
				.locator('[data-testid="panel"] [data-passage]')
				.evaluateAll((els) => els.map((e) => ({ id: e.dataset.passage, words: e.querySelector('.words').textContent })));
			assert.ok(excerpts.length >= 8);
			for (const { id, words } of excerpts) {
				const doc = id.split('#')[0];
				assert.ok(docWords[doc].includes(collapse(words)), `${id}: "${collapse(words).slice(0, 80)}…" is not in ${doc}`);
			}
		});

		test('follows a passage into the reader, which shows it highlighted', async ({ visit }) => {
			const { page } = await visit('/?place=kunashir');
			const first = page.locator('[data-section="own"] [data-passage]').first();
			await first.waitFor();
			const words = collapse(await first.locator('.words').textContent());
			const id = await first.getAttribute('data-passage');
			await first.locator('.passage-link a').first().click();
			await page.waitForURL((url) => url.pathname === `/sources/${id.split('#')[0]}` && url.hash === `#${id.split('#')[1]}`);
			const target = page.locator(':target');
			await target.waitFor();
			assert.equal(await target.getAttribute('id'), id.split('#')[1]);
			assert.ok(collapse(await target.innerText()).includes(words.slice(0, 60)));
			// The highlight fades in; it ends on the reader's highlight colour.
			await page.waitForFunction(() => getComputedStyle(document.querySelector(':target')).backgroundColor === 'rgb(255, 243, 196)');
			assert.ok(await target.evaluate((el) => {
				const r = el.getBoundingClientRect();
				return r.top >= 0 && r.top < innerHeight;
			}), 'the passage is scrolled into view');
		});

		test('opens a shared place link, flies to it, and follows Back and Forward', async ({ open }) => {
			// A laptop's window: the zoom the flight ends past is this map's.
			const { page } = await open('/?place=sakhalin', { viewport: { width: 1280, height: 800 } });
			await page.locator('[data-testid="panel"] h2[data-place="sakhalin"]').waitFor();
			// The map flies to show Sakhalin whole, in the part of the map the panel leaves free.
			const sakhalin = islands.find((i) => i.id === 'sakhalin');
			const panel = await page.locator('[data-testid="panel"]').boundingBox();
			const map = await page.locator('[data-testid="map"]').boundingBox();
			// data-zoom is written when a move ends: past the first chapter's zoom, the flight is over.
			await page.waitForFunction(() => Number(document.querySelector('[data-testid="map"]').dataset.zoom) > 4.5);
			for (const point of [sakhalin.seed, [142.0, 46.0], [142.8, 54.3]]) {
				const at = await screenPoint(page, point);
				assert.ok(at.x > panel.x + panel.width && at.x < map.x + map.width, `${point} is beside the panel (x ${at.x})`);
				assert.ok(at.y > map.y && at.y < map.y + map.height, `${point} is on the map (y ${at.y})`);
			}
			await page.getByRole('button', { name: '← All places' }).click();
			await page.waitForURL(/\?places$/);
			await page.goBack();
			await page.locator('[data-testid="panel"] h2[data-place="sakhalin"]').waitFor();
			await page.goForward();
			await page.getByRole('heading', { name: 'Places and their sources' }).waitFor();
		});

		test('works from the keyboard: list, filter, open, Esc back to where it started', async ({ visit }) => {
			const { page } = await visit('/');
			const opener = page.getByRole('button', { name: 'Places & sources' });
			await opener.focus();
			await page.keyboard.press('Enter');
			await page.waitForFunction(() => document.activeElement?.id === 'panel-title');
			await page.getByLabel('Filter places').fill('Кунашир');
			const buttons = page.locator('[data-testid="panel"] button[data-place]');
			assert.deepEqual(await buttons.evaluateAll((els) => els.map((e) => e.dataset.place)), ['kunashir']);
			await buttons.first().focus();
			await page.keyboard.press('Enter');
			await page.locator('h2[data-place="kunashir"]').waitFor();
			await page.waitForFunction(() => document.activeElement?.id === 'panel-title');
			await page.keyboard.press('Escape');
			await page.locator('[data-testid="panel"]').waitFor({ state: 'detached' });
			assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Places & sources');
			assert.equal(new URL(page.url()).search, '');
		});

		test('marks on the map the places a hovered passage names', async ({ open }) => {
			const { page } = await open('/?place=sakhalin-1');
			const passage = page.locator('[data-section="own"] [data-passage]').first();
			await passage.waitFor();
			await passage.hover();
			await page.waitForFunction(() => (document.querySelector('[data-testid="map"]').dataset.emphasis ?? '').includes('sakhalin-1'));
			const emphasis = (await page.locator('[data-testid="map"]').getAttribute('data-emphasis')).split(',');
			assert.ok(emphasis.includes('sakhalin-2'), `the passage names Sakhalin-2 too: ${emphasis}`);
			await page.mouse.move(5, 5);
			await page.waitForFunction(() => document.querySelector('[data-testid="map"]').dataset.emphasis === '');
		});
	});

	test.describe('search', () => {
		test('finds "Sakhalin" in the documents, links into the readers and marks the places on the map', async ({ open }) => {
			const { page } = await open('/');
			await page.getByRole('button', { name: 'Search', exact: true }).click();
			await page.getByLabel('Words to find').fill('Sakhalin');
			await page.waitForURL(/\?q=Sakhalin/);
			const results = page.locator('[data-testid="panel"] [data-passage]');
			await results.first().waitFor();
			const found = await results.evaluateAll((els) =>
				els.map((e) => ({ id: e.dataset.passage, words: e.querySelector('.words').textContent, match: e.querySelector('.match')?.textContent }))
			);
			assert.deepEqual([...new Set(found.map((r) => r.id.split('#')[0]))].sort(), ['bely-2011', 'imamura-2010', 'riac-2012']);
			for (const r of found) {
				assert.match(r.match ?? '', /^sakhalin/i, `${r.id} shows its match`);
				assert.ok(docWords[r.id.split('#')[0]].includes(collapse(r.words)), `${r.id} is quoted word for word`);
			}
			const emphasis = (await page.locator('[data-testid="map"]').getAttribute('data-emphasis')).split(',');
			for (const id of ['sakhalin', 'sakhalin-1', 'sakhalin-2']) assert.ok(emphasis.includes(id), `${id} is marked: ${emphasis}`);
			const link = results.first().locator('.passage-link a').first();
			assert.match(await link.getAttribute('href'), /^\/sources\/[a-z0-9-]+#(p|fn-)\d+$/);
		});

		test('says so when nothing matches, and treats the query as text', async ({ visit }) => {
			const { page } = await visit('/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
			await page.locator('.result-count', { hasText: 'No passage matches “<img src=x onerror=alert(1)>”.' }).waitFor();
			assert.equal(await page.locator('[data-testid="panel"] img').count(), 0);
			// A word the translation ran into its neighbours is still found: "inKhabarovskin".
			await page.getByLabel('Words to find').fill('Khabarovsk');
			const hit = page.locator('[data-testid="panel"] [data-passage^="togo-mgimo#"]');
			await hit.first().waitFor();
			assert.equal(await hit.first().locator('.match').first().textContent(), 'Khabarovskin');
		});
	});

	test.describe('quotations and readers', () => {
		test('links every quotation to the passage that holds its words', async ({ visit, watch, origin }) => {
			const { page } = await visit('/');
			const quotes = await page.locator('figure.quotation').evaluateAll((figs) =>
				// The link as the browser resolves it (the page's links are relative to it)
				figs.map((f) => ({ words: f.querySelector('blockquote').textContent, href: f.querySelector('figcaption a')?.href.replace(location.origin, '') }))
			);
			assert.ok(quotes.length >= 20);
			const byDoc = new Map();
			for (const q of quotes) {
				assert.ok(q.href, `"${q.words.slice(0, 50)}…" has a link`);
				const [path, anchor] = q.href.split('#');
				byDoc.set(path, [...(byDoc.get(path) ?? []), { ...q, anchor }]);
			}
			assert.equal(byDoc.size, 5, 'the story quotes all five documents');
			for (const [path, list] of byDoc) {
				const w = await watch();
				await w.page.goto(origin + path);
				for (const q of list) {
					const text = collapse(await w.page.locator(`[id="${q.anchor}"]`).innerText());
					for (const part of q.words.split('…').map(collapse).filter(Boolean))
						assert.ok(text.includes(part), `${path}#${q.anchor} holds "${part.slice(0, 60)}"`);
					const marked = await w.page.locator(`[id="${q.anchor}"] .quoted`).count();
					assert.ok(marked > 0, `${path}#${q.anchor} marks the quoted words`);
				}
			}
		});

		test('shows each document in full with its metadata, numbered passages and footnotes', async ({ watch, origin }) => {
			const w = await watch();
			await w.page.goto(origin + '/sources/riac-2012');
			await w.page.getByRole('heading', { level: 1, name: /Current State of Russia's Relations with Japan/ }).waitFor();
			assert.match(await w.page.locator('dl').innerText(), /ISBN 978-5-91891-208-9/);
			assert.equal(await w.page.locator('.notes li.footnote').count(), 26);
			// A footnote marker leads to its note and back.
			await w.page.locator('sup.note-ref a[href="#fn-4"]').click();
			await w.page.waitForURL(/#fn-4$/);
			assert.match(await w.page.locator('#fn-4').innerText(), /Japan External Trade Organization/);
			// The passage cut by a page break reads as one.
			assert.match(collapse(await w.page.locator('.passage', { hasText: 'Fast growth of oil' }).innerText()), /overall Japanese oil import was 7\.1%/);
		});
	});

	test.describe('bad addresses', () => {
		test('says clearly when a document, a passage or a place does not exist', async ({ visit, watch, origin }) => {
			const w = await watch();
			const response = await w.page.goto(origin + '/sources/no-such-document');
			assert.equal(response.status(), 404);
			await w.page.getByText('There is no document “no-such-document”').waitFor();
			assert.equal(await w.page.locator('a[href="/sources/riac-2012"]').count(), 1);
			w.problems.consoleErrors = w.problems.consoleErrors.filter((e) => !/status of 404/.test(e));
			assert.deepEqual(w.problems.consoleErrors, []);

			const reader = await watch();
			await reader.page.goto(origin + '/sources/togo-mgimo#p999');
			await reader.page.getByRole('alert').filter({ hasText: 'This document has no passage “p999”' }).waitFor();

			const { page } = await visit('/?place=atlantis');
			await page.getByRole('heading', { name: 'No such place' }).waitFor();
			await page.getByText('The address names a place “atlantis”').waitFor();
		});

		test('keeps the story working when the passages cannot be loaded, and can try again', async ({ watch, origin }) => {
			const w = await watch();
			let refuse = true;
			await w.page.route('**/data/corpus.json', (route) => (refuse ? route.fulfill({ status: 503, body: 'down' }) : route.fallback()));
			await w.page.goto(origin + '/?place=kunashir#sakhalin');
			await w.page.waitForSelector('[data-testid="map"][data-ready="true"]');
			await w.page.getByRole('alert').filter({ hasText: 'The passages could not be loaded' }).waitFor();
			// The place's names and the story's own quotations do not need the corpus; the map keeps the chapter.
			await w.page.locator('h2[data-place="kunashir"]').waitFor();
			assert.ok((await w.page.locator('.in-story blockquote').count()) >= 2);
			const cameras = await chapterCameras(w.page);
			await waitForCamera(w.page, cameras.find((c) => c.id === 'sakhalin').camera);
			refuse = false;
			await w.page.getByRole('button', { name: 'Try again' }).click();
			await w.page.locator('[data-section="own"] [data-passage]').first().waitFor();
			w.problems.consoleErrors = w.problems.consoleErrors.filter((e) => !/status of 503/.test(e));
			assert.deepEqual(w.problems.consoleErrors, []);
		});
	});
});
