/**
 * Perspectives: the questions, each question's two sides in columns, their map, the place panel's
 * "by side", search narrowed to a side or a question, and the handout's section, in Chromium
 * against the built site. Every passage shown is checked against the document files themselves.
 */
import assert from 'node:assert/strict';
import { expect, test } from './fixtures.mjs';
import { collapse, docWords, inDocument } from './documents.mjs';

/** Each document's side and the columns' order (by date; Togo's report by its content, 2011 or later). */
const SIDE = { 'bely-2011': 'russian', 'riac-2012': 'russian', 'imamura-2010': 'japanese', 'kishida-2016': 'japanese', 'togo-mgimo': 'japanese' };
const TIME = ['imamura-2010', 'bely-2011', 'togo-mgimo', 'riac-2012', 'kishida-2016'];
const PHONE = { width: 390, height: 844 };

test.describe('perspectives', () => {

	/**
	 * A column's passages as shown: id, words (footnote markers and superscripts aside; a list's
	 * items one by one, as the document gives each on a line of its own), the paragraph link.
	 */
	const passagesIn = (page, side) =>
		page.locator(`[data-side="${side}"] [data-passage]`).evaluateAll((els) =>
			els.map((e) => {
				const words = e.querySelector('.words').cloneNode(true);
				for (const sup of words.querySelectorAll('sup')) sup.remove();
				const items = [...words.querySelectorAll('li')].map((li) => li.textContent);
				return { id: e.dataset.passage, words: words.textContent, pieces: items.length ? items : [words.textContent], href: e.querySelector('.link a')?.getAttribute('href') };
			})
		);

	test('lists the questions, each with passages from both sides', async ({ visit }) => {
		const { page } = await visit('/perspectives');
		const questions = await page.locator('[data-question]').evaluateAll((els) =>
			els.map((e) => ({
				id: e.dataset.question,
				href: e.querySelector('h2 a').getAttribute('href'),
				russian: Number(/\d+/.exec(e.querySelector('[data-count="russian"]').textContent)[0]),
				japanese: Number(/\d+/.exec(e.querySelector('[data-count="japanese"]').textContent)[0])
			}))
		);
		assert.ok(questions.length >= 6, `${questions.length} questions`);
		for (const q of questions) {
			assert.ok(q.russian > 0 && q.japanese > 0, `${q.id}: ${q.russian} Russian, ${q.japanese} Japanese`);
			assert.equal(q.href, `/perspectives/${q.id}`);
		}
		// The voices are labelled, and it says a voice is not a government's position.
		assert.match(await page.locator('.voices').innerText(), /not a government’s settled position/);
		assert.match(await page.locator('.voices').innerText(), /outlined in English by the Japanese forum that hosted it \(JFIR\)/);
	});

	test('sets the two sides in columns, word for word and in time order, each passage linked to its paragraph', async ({ visit }) => {
		const { page } = await visit('/perspectives/islands-and-treaty');
		await page.locator('main[data-question="islands-and-treaty"]').waitFor();
		const [ru, jp] = [await page.locator('[data-side="russian"]').boundingBox(), await page.locator('[data-side="japanese"]').boundingBox()];
		assert.ok(ru.x + ru.width <= jp.x && Math.abs(ru.y - jp.y) < 2, 'side by side on a laptop');
		for (const side of ['russian', 'japanese']) {
			const shown = await passagesIn(page, side);
			assert.ok(shown.length >= 3, `${side}: ${shown.length} passages`);
			for (const p of shown) {
				const [doc, anchor] = p.id.split('#');
				assert.equal(SIDE[doc], side, `${p.id} is in the ${side} column`);
				for (const piece of p.pieces)
					assert.ok(inDocument(doc, piece), `${p.id}: "${collapse(piece).slice(0, 60)}…" is word for word in ${doc}`);
				assert.equal(p.href, `/sources/${doc}#${anchor}`);
			}
			// In time order: by document date, each document in its own order.
			const keys = shown.map((p) => {
				const [doc, anchor] = p.id.split('#');
				return TIME.indexOf(doc) * 1000 + Number(anchor.slice(1));
			});
			assert.deepEqual(keys, [...keys].sort((a, b) => a - b), `${side} column in time order`);
		}
		// A link leads to the paragraph in the reader.
		const first = (await passagesIn(page, 'japanese'))[0];
		await page.locator(`[data-passage="${first.id}"] .link a`).click();
		await page.waitForURL(new RegExp(`${first.href.replace('#', '#')}$`));
		assert.ok(collapse(await page.locator(`[id="${first.id.split('#')[1]}"]`).innerText()).includes(collapse(first.pieces[0]).slice(0, 60)));
	});

	test('marks the places of the passage pointed at or focused, in its side’s colour and shape, and says which in words', async ({ visit }) => {
		const { page } = await visit('/perspectives/energy');
		const map = page.getByTestId('perspective-map');
		const marked = () => map.locator('[data-place][data-marked]').evaluateAll((els) => els.map((e) => `${e.dataset.place}:${e.dataset.marked}`).sort());
		assert.deepEqual(await marked(), []);
		// Pointing at a Russian passage that names Sakhalin and its projects.
		await page.locator('[data-passage="riac-2012#p63"]').hover();
		assert.deepEqual(await marked(), ['sakhalin-1:russian', 'sakhalin-2:russian', 'sakhalin:russian']);
		const caption = await map.locator('figcaption').innerText();
		assert.match(caption, /Russian voice, filled squares and solid land\): Sakhalin, Sakhalin-1, Sakhalin-2/);
		// The Russian mark is a square, drawn; the Japanese ring is not.
		assert.equal(await map.locator('[data-place="sakhalin-1"] .russian-mark').evaluate((e) => getComputedStyle(e).display), 'inline');
		assert.equal(await map.locator('[data-place="sakhalin-1"] .japanese-mark').evaluate((e) => getComputedStyle(e).display), 'none');
		await page.mouse.move(0, 0);
		assert.deepEqual(await marked(), []);
		// By keyboard: focusing a Japanese passage's link marks its places in the Japanese way.
		await page.locator('[data-passage="imamura-2010#p6"] .link a').focus();
		assert.deepEqual((await marked()).filter((m) => !m.endsWith(':japanese')), []);
		assert.ok((await marked()).includes('sakhalin:japanese'));
		assert.match(await map.locator('figcaption').innerText(), /Japanese voice, rings and hatched land\)/);
		assert.equal(await map.locator('[data-place="sakhalin"] path').evaluate((e) => getComputedStyle(e).fill), 'url("#hatch-japanese")');
	});

	test('filters by document, and says how many passages it shows', async ({ visit }) => {
		const { page } = await visit('/perspectives/islands-and-treaty');
		const all = (await passagesIn(page, 'russian')).length + (await passagesIn(page, 'japanese')).length;
		assert.match(await page.getByTestId('shown-count').innerText(), new RegExp(`Showing ${all} of ${all} passages`));
		await page.locator('[data-filter-doc="riac-2012"]').uncheck();
		const russian = await passagesIn(page, 'russian');
		assert.ok(russian.length >= 1 && russian.every((p) => p.id.startsWith('bely-2011#')), 'only Bely is left in the Russian column');
		await page.locator('[data-filter-doc="bely-2011"]').uncheck();
		assert.equal((await passagesIn(page, 'russian')).length, 0);
		await page.locator('[data-side="russian"] .empty').waitFor();
		const shown = (await passagesIn(page, 'japanese')).length;
		assert.match(await page.getByTestId('shown-count').innerText(), new RegExp(`Showing ${shown} of ${all} passages`));
		await page.locator('[data-filter-doc="riac-2012"]').check();
		assert.ok((await passagesIn(page, 'russian')).length > 1);
	});

	test('stacks the two sides on a phone, each under its heading, with nothing wider than the screen', async ({ visit }) => {
		const { page } = await visit('/perspectives/public-opinion', { viewport: PHONE });
		const [ru, jp] = [await page.locator('[data-side="russian"]').boundingBox(), await page.locator('[data-side="japanese"]').boundingBox()];
		assert.ok(jp.y >= ru.y + ru.height, 'the Japanese column comes after the Russian');
		assert.ok(ru.width > 300 && jp.width > 300, 'each column takes the screen’s width');
		assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), PHONE.width);
		await page.getByRole('link', { name: 'Japanese voices' }).click();
		await page.waitForURL(/#column-japanese$/);
	});

	test('says clearly when a question does not exist', async ({ watch, origin }) => {
		const w = await watch();
		const response = await w.page.goto(origin + '/perspectives/no-such-question');
		assert.equal(response.status(), 404);
		await w.page.getByText('There is no question “no-such-question” in Perspectives').waitFor();
		assert.equal(await w.page.locator('a[href="/perspectives"]').count(), 1);
		w.problems.consoleErrors = w.problems.consoleErrors.filter((e) => !/status of 404/.test(e));
	});

	test('arranges a place’s passages by side in its panel, and links the questions they speak to', async ({ visit }) => {
		const { page } = await visit('/?place=sakhalin');
		const panel = page.getByTestId('panel');
		await panel.locator('[data-section="own"] [data-passage]').first().waitFor();
		const before = await panel.locator('[data-passage]').evaluateAll((els) => els.map((e) => e.dataset.passage).sort());
		await panel.getByRole('button', { name: 'By side' }).click();
		assert.equal(await panel.getByRole('button', { name: 'By side' }).getAttribute('aria-pressed'), 'true');
		for (const side of ['russian', 'japanese']) {
			const ids = await panel.locator(`[data-arrangement="side"] [data-side="${side}"] [data-passage]`).evaluateAll((els) => els.map((e) => e.dataset.passage));
			assert.ok(ids.length >= 1, `${side}: ${ids.length}`);
			for (const id of ids) assert.equal(SIDE[id.split('#')[0]], side, `${id} under ${side}`);
		}
		// The same passages, arranged differently.
		assert.deepEqual(await panel.locator('[data-passage]').evaluateAll((els) => els.map((e) => e.dataset.passage).sort()), before);
		const links = await panel.locator('[data-section="perspectives"] a').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
		assert.ok(links.includes('/perspectives/energy'), links.join(', '));
	});

	test('narrows a search to one side’s voices and to a question, and says when a question does not exist', async ({ visit }) => {
		const { page } = await visit('/?q=gas&side=japanese');
		const panel = page.getByTestId('panel');
		const hits = () => panel.locator('[data-passage]').evaluateAll((els) => els.map((e) => e.dataset.passage));
		await panel.locator('[data-passage]').first().waitFor();
		const japanese = await hits();
		assert.ok(japanese.length >= 1 && japanese.every((id) => SIDE[id.split('#')[0]] === 'japanese'), japanese.join(', '));
		assert.match(await panel.locator('.result-count').innerText(), /from the Japanese voices/);
		await panel.locator('[data-narrow="side"]').selectOption('russian');
		await page.waitForURL(/side=russian/);
		await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="panel"] [data-passage]')].some((e) => e.dataset.passage.startsWith('riac-2012')));
		assert.ok((await hits()).every((id) => SIDE[id.split('#')[0]] === 'russian'));
		// A question narrows further: of the Russian passages naming China, those on security.
		const { page: china } = await visit('/?q=China&side=russian');
		const chinaPanel = china.getByTestId('panel');
		await chinaPanel.locator('[data-passage]').first().waitFor();
		const chinaIds = () => chinaPanel.locator('[data-passage]').evaluateAll((els) => els.map((e) => e.dataset.passage));
		const all = await chinaIds();
		assert.ok(all.includes('riac-2012#p70') && all.includes('riac-2012#p47'), all.join(', '));
		await chinaPanel.locator('[data-narrow="question"]').selectOption('security');
		await china.waitForURL(/question=security/);
		await china.waitForFunction(() => !document.querySelector('[data-testid="panel"] [data-passage="riac-2012#p70"]'));
		const security = await chinaIds();
		assert.ok(security.includes('riac-2012#p47'), 'Tokyo on China’s military build-up is on security');
		assert.ok(security.length < all.length && security.every((id) => all.includes(id)), security.join(', '));
		assert.match(await chinaPanel.locator('.result-count').innerText(), /from the Russian voices on “Security and the neighbours”/);
		const { page: other } = await visit('/?q=gas&question=no-such');
		await other.getByRole('alert').filter({ hasText: 'There is no question “no-such”' }).waitFor();
		await other.getByTestId('panel').locator('[data-passage]').first().waitFor();
	});

	test('prints a Perspectives section in the handout: each question with key passages from both sides, word for word', async ({ watch, origin }) => {
		const w = await watch();
		await w.page.goto(origin + '/handout');
		const questions = await w.page.$$eval('[data-handout-perspectives] [data-question]', (qs) =>
			qs.map((q) => ({
				id: q.dataset.question,
				sides: Object.fromEntries(
					[...q.querySelectorAll('[data-side]')].map((s) => [
						s.dataset.side,
						[...s.querySelectorAll('figure')].map((f) => ({ words: f.querySelector('blockquote').textContent, cite: f.querySelector('figcaption').textContent }))
					])
				)
			}))
		);
		assert.ok(questions.length >= 6);
		for (const q of questions)
			for (const side of ['russian', 'japanese']) {
				assert.ok(q.sides[side]?.length >= 1, `${q.id}: a ${side} key passage`);
				for (const k of q.sides[side]) {
					// "…" marks an omission: each part is the document's words.
					for (const part of k.words.split('…').map(collapse).filter(Boolean))
						assert.ok(Object.values(docWords).some((d) => d.includes(part)), `${q.id}: "${part.slice(0, 50)}" is a document's words`);
					assert.match(k.cite, /—.+, ¶ \d+\.$/);
				}
			}
	});
});
