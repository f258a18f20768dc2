/**
 * The timeline and the figures in a real browser: scrubbing the span filters the map's events,
 * a chapter sets its span, an event's card links its passages into the reader, each chart's table
 * gives the values the chart draws (and draws them to scale), and Togo's date conflict is shown.
 */
import assert from 'node:assert/strict';
import { expect, test } from './fixtures.mjs';

test.describe('the timeline and figures', () => {

	/** The timeline's span and the events whose dots it marks as in the span. */
	async function timelineState(page) {
		return page.evaluate(() => {
			const tl = document.querySelector('[data-testid="timeline"]');
			const dots = [...tl.querySelectorAll('[data-event]')].map((d) => ({
				id: d.dataset.event,
				year: Number(d.dataset.year),
				inSpan: d.dataset.inSpan === 'true'
			}));
			return { from: Number(tl.dataset.from), to: Number(tl.dataset.to), dots };
		});
	}

	/** Wait until the map holds exactly these events and has drawn since. */
	async function waitForMapEvents(page, ids) {
		const want = [...ids].sort().join(',');
		await page.waitForFunction((want) => document.querySelector('[data-testid="map"]')?.dataset.events === want, want);
	}

	/** The events the map drew on screen, after it has settled. */
	async function drawnEvents(page, previous) {
		await page.waitForFunction(
			(previous) => {
				const v = document.querySelector('[data-testid="map"]')?.dataset.eventsDrawn;
				return v !== undefined && v !== previous;
			},
			previous
		);
		return (await page.$eval('[data-testid="map"]', (el) => el.dataset.eventsDrawn)).split(',').filter(Boolean);
	}

	/** Words compared as a reader sees them: whitespace runs count as one space. */
	const squash = (s) => s.replace(/\s+/g, ' ').trim();

	test.describe('the timeline', () => {
		test('filters the map to the span the scrubber sets, by keyboard and by pointer', async ({ open }) => {
			const { page } = await open('/#summits');
			let state = await timelineState(page);
			assert.deepEqual([state.from, state.to], [1997, 2016], 'the summits chapter sets 1997–2016');
			const inSpan = (s) => s.dots.filter((d) => d.year >= s.from && d.year <= s.to).map((d) => d.id);
			await waitForMapEvents(page, inSpan(state));
			assert.deepEqual(state.dots.filter((d) => d.inSpan).map((d) => d.id), inSpan(state));
			const before = await drawnEvents(page, undefined);
			assert.ok(before.includes('krasnoyarsk-1997') && before.includes('sochi-2016'), `drawn: ${before}`);

			// Keyboard: the first year's thumb to the end narrows the span to 2016 alone.
			await page.focus('[data-thumb="from"]');
			await page.keyboard.press('End');
			state = await timelineState(page);
			assert.deepEqual([state.from, state.to], [2016, 2016]);
			assert.equal(await page.getAttribute('[data-thumb="from"]', 'aria-valuenow'), '2016');
			await waitForMapEvents(page, inSpan(state));
			const after = await drawnEvents(page, before.join(','));
			assert.ok(after.includes('sochi-2016'), `drawn: ${after}`);
			assert.ok(!after.includes('krasnoyarsk-1997') && !after.includes('irkutsk-2001'), `drawn: ${after}`);
			assert.match(await page.textContent('[data-testid="timeline"] .status'), /2016: 2 of \d+ events in this span/);

			// Arrows step between the years that hold events; one end never passes the other.
			await page.keyboard.press('ArrowLeft');
			await page.keyboard.press('ArrowLeft');
			state = await timelineState(page);
			assert.deepEqual([state.from, state.to], [2012, 2016]);
			await page.focus('[data-thumb="to"]');
			await page.keyboard.press('Home');
			state = await timelineState(page);
			assert.deepEqual([state.from, state.to], [2012, 2012]);
			await waitForMapEvents(page, ['apec-vladivostok-2012']);

			// Pointer: drag the last year's thumb right, onto 2015's stretch of the axis.
			const box = await page.locator('[data-thumb="to"]').boundingBox();
			const dot2015 = await page.locator('[data-year="2015"]').first().boundingBox();
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await page.mouse.down();
			await page.mouse.move(dot2015.x + dot2015.width / 2, box.y + box.height / 2, { steps: 5 });
			await page.mouse.up();
			state = await timelineState(page);
			assert.deepEqual([state.from, state.to], [2012, 2015]);
			await waitForMapEvents(page, inSpan(state));

			// "All years" brings every event back.
			await page.click('[data-testid="timeline"] button:has-text("All years")');
			state = await timelineState(page);
			await waitForMapEvents(page, state.dots.map((d) => d.id));
		});

		test('takes each chapter’s span as the reader scrolls to it', async ({ open }) => {
			const { page } = await open('/#summits');
			await page.evaluate(() => document.getElementById('habomai').scrollIntoView());
			await page.waitForFunction(() => location.hash === '#habomai');
			await page.waitForFunction(() => document.querySelector('[data-testid="timeline"]').dataset.from === '1956');
			const state = await timelineState(page);
			assert.deepEqual([state.from, state.to], [1956, 1956]);
			await waitForMapEvents(page, ['joint-declaration-1956']);
		});

		test('opens an event from the keyboard, with the documents’ words linked into the full text', async ({ open }) => {
			const { page } = await open('/#sakhalin');
			// The dots are one stop in the tab order, after the two sliders: Tab reaches the first dot,
			// arrows move, Enter opens.
			await page.focus('[data-thumb="to"]');
			await page.keyboard.press('Tab');
			assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-event')), 'treaty-1855');
			const order = (await timelineState(page)).dots.map((d) => d.id);
			const target = order.indexOf('heiligendamm-2007');
			for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
			assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-event')), 'heiligendamm-2007');
			await page.keyboard.press('Enter');
			const card = page.locator('[data-testid="event-card"]');
			assert.equal(await card.getAttribute('data-event'), 'heiligendamm-2007');
			assert.match(await card.textContent(), /The documents disagree/);
			assert.match(await card.textContent(), /2006/);
			// The map picks out where it happened.
			await page.waitForFunction(() => document.querySelector('[data-testid="map"]').dataset.emphasis === 'heiligendamm');

			// Each passage's link lands on a paragraph of the reader that holds the quoted words.
			const links = await card.locator('.passages li').evaluateAll((items) =>
				items.map((li) => ({ words: li.querySelector('q').textContent, href: li.querySelector('a').getAttribute('href') }))
			);
			assert.equal(links.length, 3);
			for (const { words, href } of links) {
				const text = await page.evaluate(async (href) => {
					const [path, anchor] = href.split('#');
					const html = await (await fetch(path)).text();
					return new DOMParser().parseFromString(html, 'text/html').getElementById(anchor)?.textContent ?? '';
				}, href);
				assert.ok(squash(text).includes(squash(words)), `${href} holds “${words}”`);
			}

			// Later and earlier events step through the timeline in order.
			await card.locator('button:has-text("Later event")').click();
			assert.equal(await card.getAttribute('data-event'), order[target + 1]);
			// An event outside the chapter's span (2007–2011) widens the span, so the map shows it.
			await card.locator('button:has-text("Earlier event")').click();
			await card.locator('button:has-text("Earlier event")').click();
			assert.equal(await card.getAttribute('data-event'), 'action-plan-2003');
			const widened = await timelineState(page);
			assert.deepEqual([widened.from, widened.to], [2003, 2011]);
			await page.waitForFunction(() => document.querySelector('[data-testid="map"]').dataset.events.split(',').includes('action-plan-2003'));
			// Closing the card gives the focus back to its event's dot.
			await card.locator('button:has-text("Close")').click();
			assert.equal(await page.locator('[data-testid="event-card"]').count(), 0);
			assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-event')), 'action-plan-2003');
		});
		test('lists a place’s events in its panel, from which the timeline opens them', async ({ open }) => {
			const { page } = await open('/?place=kunashir#four-islands');
			const listed = page.locator('[data-testid="panel"] [data-section="events"] [data-event]');
			await listed.first().waitFor();
			assert.deepEqual(await listed.evaluateAll((els) => els.map((e) => e.dataset.event)), ['islands-taken-1945', 'administration-1946', 'islands-programme-2000', 'kunashir-visit-2010']);
			await listed.last().getByRole('button', { name: 'Show on the timeline' }).click();
			assert.equal(await page.getByTestId('event-card').getAttribute('data-event'), 'kunashir-visit-2010');
			assert.match(await page.getByTestId('event-card').textContent(), /1 November 2010/);
		});
	});

	test.describe('the figures', () => {
		test('each chart’s table gives the values it draws, drawn to scale, each linked to the words that state it', async ({ open }) => {
			const { page } = await open('/#trade');
			const charts = await page.$$eval('[data-figure]', (figures) =>
				figures.map((f) => {
					f.querySelector('details').open = true;
					const marks = [...f.querySelectorAll('svg [data-index]')].map((m) => ({
						index: Number(m.dataset.index),
						value: Number(m.dataset.value),
						tag: m.tagName,
						width: Number(m.getAttribute('width')),
						height: Number(m.getAttribute('height')),
						cy: Number(m.getAttribute('cy')),
						kind: f.querySelector('svg').dataset.kind
					}));
					const rows = [...f.querySelectorAll('tbody tr')].map((r) => ({
						index: Number(r.dataset.index),
						value: Number(r.querySelector('[data-value]').dataset.value),
						shown: r.querySelector('[data-value]').textContent,
						figure: r.querySelector('strong')?.textContent ?? '',
						href: r.querySelector('a').getAttribute('href')
					}));
					return { id: f.dataset.figure, marks, rows };
				})
			);
			assert.ok(charts.length >= 4, `${charts.length} charts in the story`);
			for (const chart of charts) {
				assert.equal(chart.rows.length, chart.marks.length, `${chart.id}: one row per value`);
				for (const row of chart.rows) {
					const mark = chart.marks.find((m) => m.index === row.index);
					assert.equal(row.value, mark.value, `${chart.id} row ${row.index}`);
				}
				// Drawn to scale: a bar's length over its value is the same for every bar; a slope
				// chart's points lie on one line of value against height.
				const kind = chart.marks[0].kind;
				if (kind === 'slope') {
					const [a, b] = chart.marks;
					const slope = (b.cy - a.cy) / (b.value - a.value);
					for (const m of chart.marks) assert.ok(Math.abs(a.cy + slope * (m.value - a.value) - m.cy) < 0.01, `${chart.id} ${m.index}`);
					assert.ok(slope < 0, 'larger values are drawn higher');
				} else {
					const length = (m) => (kind === 'bars' ? m.width : m.height);
					const ratio = length(chart.marks[0]) / chart.marks[0].value;
					for (const m of chart.marks) assert.ok(Math.abs(length(m) / m.value - ratio) < 1e-6 * ratio, `${chart.id} ${m.index} to scale`);
				}
			}
			// Every table row's link lands on the paragraph that holds the figure as written.
			const rows = charts.flatMap((c) => c.rows.map((r) => ({ ...r, chart: c.id })));
			const found = await page.evaluate(async (rows) => {
				const pages = new Map();
				const out = [];
				for (const r of rows) {
					const [path, anchor] = r.href.split('#');
					if (!pages.has(path)) pages.set(path, new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html'));
					out.push(pages.get(path).getElementById(anchor)?.textContent.includes(r.figure) ?? false);
				}
				return out;
			}, rows);
			rows.forEach((r, i) => {
				assert.ok(r.figure.length > 0, `${r.chart}: the row marks the figure in its words`);
				assert.ok(found[i], `${r.chart}: “${r.figure}” is at ${r.href}`);
			});
			// The JFIR talk's figure is shown as written, beside the arithmetic.
			const trade = page.locator('[data-figure="trade-volume"]');
			assert.match(await trade.textContent(), /“more than 240 billion dollars”/);
			assert.match(await trade.textContent(), /2,100 billion yen ÷ 87\.78 yen per dollar = 23\.9 billion dollars/);
		});
	});

	test.describe('a document whose date its content contradicts', () => {
		test('is shown as such in the reader, with each word that shows it linked, and in citations', async ({ open, watch, origin }) => {
			const w = await watch();
			await w.page.goto(origin + '/sources/togo-mgimo');
			const box = w.page.locator('[data-testid="date-conflict"]');
			assert.match(await box.textContent(), /September 12, 2009/);
			const items = await box.locator('li').evaluateAll((lis) =>
				lis.map((li) => ({ anchor: li.querySelector('a').getAttribute('href').slice(1), text: li.textContent }))
			);
			assert.ok(items.length >= 5, `${items.length} passages`);
			for (const item of items) {
				const quoted = item.text.match(/“(.+?)”/)[1];
				const para = await w.page.locator(`[id="${item.anchor}"]`).textContent();
				assert.ok(squash(para).includes(squash(quoted)), `${item.anchor} holds “${quoted}”`);
				// …and the words are outlined there.
				assert.ok((await w.page.locator(`[id="${item.anchor}"] .date-evidence`).count()) > 0, `${item.anchor} outlines them`);
			}
			const { page } = await open('/#summits');
			const togo = page.locator('#summits figcaption', { hasText: 'Togo' }).first();
			assert.match(await togo.textContent(), /dated 2009 \(content 2011 or later\)/);
		});
	});
});
