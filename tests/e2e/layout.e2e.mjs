/**
 * The layout at the sizes people use: a phone (390 × 844), a laptop (1280 × 800), a projector
 * (1920 × 1080). The map keeps its room and its controls stay on screen and apart; every chapter
 * names its own places whole (the map's data-labels-drawn / -cut / -on-dots, read from MapLibre's
 * rendered features); the map frames what a search or an event card names, clear of what covers
 * it; the presenter counts one way; run-together words are marked as the document's.
 */
import assert from 'node:assert/strict';
import { test, chapterCameras, waitForCamera, waitForIdle } from './fixtures.mjs';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

/**
 * Wait until the map has come to rest twice: once it rests, the edge guards are placed on the next
 * frame (src/lib/map/EdgeGuard.svelte), their data reloads, and the names settle as it rests again.
 */
async function settle(page) {
	await waitForIdle(page);
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	await waitForIdle(page);
}

/**
 * Scroll to a chapter as a reader would (its top just above the middle of the screen), and wait
 * until the address names it, the map shows its camera and has settled.
 */
async function scrollToChapter(page, { id, camera }) {
	await page.evaluate((id) => {
		const el = document.querySelector(`[data-chapter="${id}"]`);
		window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
	}, id);
	await page.waitForFunction((id) => location.hash === `#${id}`, id);
	await waitForCamera(page, camera);
	await settle(page);
}

/** What the map reports it drew, and the chapter's own places. */
function labels(page, id) {
	return page.evaluate((id) => {
		const map = document.querySelector('[data-testid="map"]');
		const list = (v) => (v ?? '').split(',').filter(Boolean);
		return {
			places: list(document.querySelector(`[data-chapter="${id}"]`)?.dataset.places),
			drawn: list(map.dataset.labelsDrawn),
			cut: list(map.dataset.labelsCut),
			onDots: list(map.dataset.labelsOnDots)
		};
	}, id);
}

/**
 * Where a point is drawn on the (Mercator, north-up) map, from the map's data-center, data-zoom
 * and data-insets (the camera's centre is the centre of the part of the map left in view).
 */
function pixelOf(page, [lon, lat]) {
	return page.evaluate(
		([lon, lat]) => {
			const el = document.querySelector('[data-testid="map"]');
			const [cLon, cLat] = el.dataset.center.split(',').map(Number);
			const [top, right, bottom, left] = (el.dataset.insets ?? '0,0,0,0').split(',').map(Number);
			const world = 512 * 2 ** Number(el.dataset.zoom);
			const x = (l) => ((l + 180) / 360) * world;
			const y = (p) => ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * world;
			const dLon = ((((lon - cLon + 180) % 360) + 360) % 360) - 180;
			const seen = { left, top, right: el.clientWidth - right, bottom: el.clientHeight - bottom };
			const cx = left + (el.clientWidth - left - right) / 2;
			const cy = top + (el.clientHeight - top - bottom) / 2;
			return { x: cx + x(cLon + dLon) - x(cLon), y: cy + y(lat) - y(cLat), seen };
		},
		[lon, lat]
	);
}

const inside = ({ x, y, seen }) => x >= seen.left && x <= seen.right && y >= seen.top && y <= seen.bottom;

test.describe('the layout', () => {

	// One sweep of the fourteen chapters at each size serves every check made in each chapter.
	test('on a phone, in every chapter: the map stays on screen as the text scrolls and keeps 40% of it, every control over it is on screen and apart from the others, no chapter’s name is cut (but at the globe’s rim) or on a marker', async ({ open }) => {
		const { page } = await open('/', { viewport: PHONE });
		const problems = [];
		for (const chapter of await chapterCameras(page)) {
			await scrollToChapter(page, chapter);
			const m = await page.evaluate(() => {
				const map = document.querySelector('[data-testid="map"]');
				const box = map.getBoundingClientRect();
				const [top, , bottom] = (map.dataset.insets ?? '0,0,0,0').split(',').map(Number);
				// Everything a reader can press over the map or in the timeline's bar: the tools, MapLibre's
				// buttons, the key, a chapter's own controls on the map, the timeline's buttons.
				const controls = [
					...document.querySelectorAll(
						'.map-pane :is(button, summary, a[href], input, select), [data-testid="timeline"] .head :is(button, summary, a[href], input)'
					)
				]
					.filter((b) => b.getClientRects().length)
					.map((b) => {
						const r = b.getBoundingClientRect();
						return { name: b.getAttribute('aria-label') || b.getAttribute('title') || b.textContent.trim(), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
					});
				const attribution = document.querySelector('.maplibregl-ctrl-attrib');
				return {
					mapTop: box.top,
					mapHeight: box.height,
					seen: Math.min(box.bottom, innerHeight) - Math.max(box.top, 0) - top - bottom,
					screen: innerHeight,
					width: innerWidth,
					controls,
					folded: !attribution || !attribution.classList.contains('maplibregl-compact-show'),
					timelineHead: document.querySelector('[data-testid="timeline"] .head').getBoundingClientRect().height
				};
			});
			if (!(m.mapTop >= -1 && m.mapTop < 5 && m.mapHeight > 250)) problems.push(`${chapter.id}: the map scrolled away (top ${m.mapTop}, ${m.mapHeight} px high)`);
			if (m.seen < 0.4 * m.screen) problems.push(`${chapter.id}: the map shows ${m.seen} px of ${m.screen}`);
			if (!m.folded) problems.push(`${chapter.id}: the map's credits are unfolded over it`);
			if (m.timelineHead > 40) problems.push(`${chapter.id}: the timeline's bar wraps (${m.timelineHead} px high)`);
			for (const c of m.controls)
				if (c.left < 0 || c.top < 0 || c.right > m.width || c.bottom > m.screen) problems.push(`${chapter.id}: "${c.name}" runs off the screen`);
			m.controls.forEach((a, i) =>
				m.controls.slice(i + 1).forEach((b) => {
					if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) problems.push(`${chapter.id}: "${a.name}" and "${b.name}" overlap`);
				})
			);
			const l = await labels(page, chapter.id);
			const cut = l.places.filter((p) => l.cut.includes(p));
			// On a phone the globe fills the map's width, and nothing holds a name back at its rim: a name
			// there may run past the map's edge (the laptop test below holds the globe chapter too).
			const globe = (await page.getAttribute(`[data-chapter="${chapter.id}"]`, 'data-projection')) === 'globe';
			if (cut.length && !globe) problems.push(`${chapter.id}: names cut or covered: ${cut}`);
			if (l.onDots.length) problems.push(`${chapter.id}: names drawn on a dot or marker: ${l.onDots}`);
		}
		assert.deepEqual(problems, []);
	});

	test('on a phone, a place’s panel leaves the map 40% of the screen, above the panel', async ({ open }) => {
		const { page } = await open('/?place=kunashir#four-islands', { viewport: PHONE });
		await page.locator('h2[data-place="kunashir"]').waitFor();
		const m = await page.evaluate(() => {
			const map = document.querySelector('[data-testid="map"]').getBoundingClientRect();
			const panel = document.querySelector('[data-testid="panel"]').getBoundingClientRect();
			const [top] = document.querySelector('[data-testid="map"]').dataset.insets.split(',').map(Number);
			return { seen: map.height - top, mapBottom: map.bottom, panelTop: panel.top, screen: innerHeight };
		});
		assert.ok(m.seen >= 0.4 * m.screen, `the map shows ${m.seen} px of ${m.screen}`);
		assert.ok(m.panelTop >= m.mapBottom - 1, `the panel (top ${m.panelTop}) covers the map (bottom ${m.mapBottom})`);
	});

	test('on a laptop, scrolling through every chapter: the map moves to its camera and the URL names it, and the map names each of its places whole, none on a marker', async ({ open }) => {
		const { page } = await open('/', { viewport: LAPTOP });
		const problems = [];
		const cameras = await chapterCameras(page);
		assert.ok(cameras.length >= 8, `${cameras.length} chapters`);
		for (const chapter of cameras) {
			await scrollToChapter(page, chapter);
			assert.equal(await page.$eval('[data-chapter].active', (el) => el.dataset.chapter), chapter.id);
			const l = await labels(page, chapter.id);
			const missing = l.places.filter((p) => !l.drawn.includes(p));
			if (missing.length) problems.push(`${chapter.id}: not named whole: ${missing} (cut: ${l.places.filter((p) => l.cut.includes(p))})`);
			if (l.onDots.length) problems.push(`${chapter.id}: names drawn on a dot or marker: ${l.onDots}`);
		}
		assert.deepEqual(problems, []);
	});

	test('on a tablet (768 × 1024), the map keeps more than half the width, its toolbar inside it', async ({ visit }) => {
		const { page } = await visit('/#four-islands', { viewport: { width: 768, height: 1024 } });
		await page.getByTestId('map-tools').waitFor();
		const m = await page.evaluate(() => {
			const map = document.querySelector('.map-pane').getBoundingClientRect();
			const tools = [...document.querySelectorAll('[data-testid="map-tools"] button')].map((b) => b.getBoundingClientRect());
			return { width: map.width, left: map.left, right: map.right, tools: tools.map((b) => [b.left, b.right, b.height]) };
		});
		assert.ok(m.width > 768 / 2, `the map is ${m.width} px wide`);
		for (const [left, right, height] of m.tools) {
			assert.ok(left >= m.left && right <= m.right - 40, `a tool at ${left}–${right} runs past the map or under its zoom buttons`);
			assert.ok(height < 40, `a tool wraps (${height} px high)`);
		}
	});

	test('has a key on the map, folded, that opens from the keyboard and lists what this chapter’s map shows, in words', async ({ visit }) => {
		for (const [viewport, path] of [[LAPTOP, '/#four-islands'], [PHONE, '/#northern-sea-route']]) {
			const { page } = await visit(path, { viewport });
			const key = page.getByTestId('map-key');
			await key.waitFor();
			assert.equal(await key.evaluate((el) => el.open), false);
			// folded, it stays small, inside the map and clear of the map's own controls
			const box = await key.boundingBox();
			const map = await page.locator('[data-testid="map"]').boundingBox();
			assert.ok(box.height < 40 && box.x >= map.x && box.y + box.height <= map.y + map.height, JSON.stringify({ box, map }));
			await key.locator('summary').focus();
			await page.keyboard.press('Enter');
			assert.equal(await key.evaluate((el) => el.open), true);
			const items = await key.locator('[data-key]').evaluateAll((els) => els.map((el) => [el.dataset.key, el.textContent.trim()]));
			const ids = items.map(([id]) => id);
			if (path === '/#four-islands') {
				assert.ok(ids.includes('disputed') && ids.includes('highlight'), ids.join());
				assert.match(items.find(([id]) => id === 'disputed')[1], /administered by Russia, claimed by Japan/);
			} else {
				assert.ok(ids.includes('routes') && !ids.includes('disputed'), ids.join());
				// the open key on a phone scrolls within itself, never past the map's foot
				const open = await key.boundingBox();
				assert.ok(open.y + open.height <= map.y + map.height + 1, JSON.stringify({ open, map }));
			}
			for (const [id, text] of items) assert.ok(text.length > 10, `${id}: ${text}`);
		}
	});

	test('has one set of tools, on the map, with the panel open', async ({ visit }) => {
		const { page } = await visit('/?place=kunashir');
		await page.getByTestId('panel').waitFor();
		for (const name of ['Places & sources', 'Search', 'Measure', 'Sea routes'])
			assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, name);
		assert.equal(await page.getByTestId('panel').getByRole('button', { name: 'Search', exact: true }).count(), 0);
		assert.equal(await page.getByTestId('map-tools').getByRole('button', { name: 'Places & sources' }).getAttribute('aria-pressed'), 'true');
	});

	test('frames the places a search names, and an event’s place clear of its card', async ({ open }) => {
		const { page } = await open('/?q=peace%20treaty#four-islands', { viewport: LAPTOP });
		const corpus = await page.evaluate(() => fetch('/data/corpus.json').then((r) => r.json()));
		const centre = (id) => {
			const [w, s, e, n] = corpus.bounds[id];
			return [(w + e) / 2, (s + n) / 2];
		};
		await page.waitForFunction(() => document.querySelector('[data-testid="map"]').dataset.emphasis?.includes('sochi'));
		await page.waitForFunction(() => Number(document.querySelector('[data-testid="map"]').dataset.zoom) < 4);
		await settle(page);
		const named = (await page.getAttribute('[data-testid="map"]', 'data-emphasis')).split(',');
		assert.ok(named.includes('moscow') && named.includes('sochi') && named.includes('southern-kurils'), `named: ${named}`);
		for (const id of named) assert.ok(inside(await pixelOf(page, centre(id))), `${id} is outside the part of the map in view`);

		// An event in Moscow, opened from the four islands: the map goes to Moscow, above the card.
		await page.keyboard.press('Escape');
		await page.getByTestId('panel').waitFor({ state: 'detached' });
		await page.click('[data-event="action-plan-2003"]');
		await page.getByTestId('event-card').waitFor();
		await page.waitForFunction(() => Number(document.querySelector('[data-testid="map"]').dataset.insets?.split(',')[2]) > 0);
		await page.waitForFunction(() => {
			const [lon] = document.querySelector('[data-testid="map"]').dataset.center.split(',').map(Number);
			return Math.abs(lon - 37.6173) < 1;
		});
		await settle(page);
		const moscow = await pixelOf(page, [37.6173, 55.7558]);
		assert.ok(inside(moscow), `Moscow at ${moscow.x}, ${moscow.y}, outside the map in view ${JSON.stringify(moscow.seen)}`);
		const card = await page.getByTestId('event-card').boundingBox();
		const map = await page.getByTestId('map').boundingBox();
		assert.ok(map.y + moscow.y < card.y, 'Moscow is under the card');
	});

	test('counts the presenter’s slides one way: by chapter, in its header, its controls and the speaker window', async ({ visit }) => {
		const { page } = await visit('/present#four-islands');
		const notes = await visit('/present/notes#four-islands');
		await page.getByTestId('presenter').waitFor();
		const header = await page.locator('.text-pane [data-position]').textContent();
		const controls = page.locator('.controls [data-position]');
		assert.equal(header.trim(), 'Chapter 2 of 14');
		assert.equal((await controls.locator('[aria-hidden="true"]').textContent()).trim(), '2 / 14');
		assert.equal((await controls.locator('.visually-hidden').textContent()).trim(), 'Chapter 2 of 14');
		assert.equal((await notes.page.locator('[data-testid="speaker"] [data-position]').first().textContent()).trim(), 'Chapter 2 of 14');
		await page.keyboard.press('Home');
		await page.waitForFunction(() => document.querySelector('[data-testid="presenter"]').dataset.slide === 'title');
		assert.equal((await controls.locator('[aria-hidden="true"]').textContent()).trim(), 'Title');
	});

	test('marks the documents’ run-together words as theirs, keeping the words as published', async ({ visit }) => {
		const { page } = await visit('/#public-opinion');
		const quote = page.locator('#public-opinion blockquote', { hasText: 'toJapanfrom' });
		assert.match(await quote.textContent(), /The humanitarian help toJapanfrom theRussiaafter the events of March, 11/);
		assert.deepEqual(await quote.locator('.run-together').allTextContents(), ['toJapanfrom', 'theRussiaafter']);
		assert.match(await quote.locator('.run-together').first().getAttribute('title'), /read “to Japan from”/);
		const note = page.locator('#public-opinion figure', { hasText: 'toJapanfrom' }).locator('[data-as-published]');
		assert.match(await note.textContent(), /Run together as published: “toJapanfrom” \(read “to Japan from”\); “theRussiaafter” \(read “the Russia after”\)/);
	});
});
