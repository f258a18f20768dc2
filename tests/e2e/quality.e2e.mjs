/**
 * Quality bars: accessibility (axe-core), resilience (no WebGL, a failed data file, a random fuzz)
 * and privacy and security (the Content-Security-Policy, hostile addresses).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test, buildDir, chapterCameras, waitForCamera, waitForIdle } from './fixtures.mjs';

test.describe('quality', () => {
	const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

	/** axe-core's violations on the page as it is now (WCAG 2.1 A and AA, and axe's best practice). */
	async function axeViolations(page) {
		// Evaluated through the browser's debugging protocol, which the page's CSP does not govern.
		await page.evaluate(axeSource);
		const result = await page.evaluate(() =>
			window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
		);
		return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}

	test.describe('accessibility', () => {
		test('axe-core finds no violations on the story, nor in each view of its side panel', async ({ open }) => {
			const { page } = await open('/?place=kunashir');
			const panel = page.getByTestId('panel');
			const views = [];
			const check = async (name) => views.push([name, await axeViolations(page)]);
			await page.locator('[data-passage]').first().waitFor();
			await check('a place’s passages');
			await page.getByTestId('map-tools').getByRole('button', { name: 'Places & sources', exact: true }).click();
			await page.getByLabel('Filter places').waitFor();
			await check('the places list');
			await page.getByTestId('map-tools').getByRole('button', { name: 'Search', exact: true }).click();
			await page.getByLabel('Words to find').fill('Sakhalin');
			await page.locator('[data-passage]').first().waitFor();
			await check('search results');
			await page.getByTestId('map-tools').getByRole('button', { name: 'Measure', exact: true }).click();
			await page.getByRole('heading', { name: 'Measure a distance' }).waitFor();
			await check('the ruler');
			await page.getByTestId('map-tools').getByRole('button', { name: 'Sea routes', exact: true }).click();
			await page.getByTestId('route-result').waitFor();
			await check('the route tool');
			await page.keyboard.press('Escape');
			await panel.waitFor({ state: 'detached' });
			await check('the story');
			assert.deepEqual(views.filter(([, v]) => v.length), []);
		});

		test('axe-core finds no violations in the timeline with an event open, nor in the charts with their tables open', async ({ open }) => {
			const { page } = await open('/#sakhalin');
			await page.click('[data-event="heiligendamm-2007"]');
			await page.getByTestId('event-card').waitFor();
			await page.$$eval('[data-figure] details', (all) => all.forEach((d) => (d.open = true)));
			assert.deepEqual(await axeViolations(page), []);
		});

		// Each page, and what shows it is ready: its map, once drawn; else its script, once started
		// (the handout has none).
		const pages = [
			['the story on a phone', '/#four-islands', 'map', { width: 390, height: 844 }],
			['the presenter', '/present#four-islands', 'map', { width: 1920, height: 1080 }],
			['the speaker window', '/present/notes#habomai', '[data-testid="speaker"]'],
			['a reader', '/sources/riac-2012#p88', 'html[data-started]'],
			['a reader with a date conflict', '/sources/togo-mgimo', 'html[data-started]'],
			['the handout', '/handout', null],
			['the data page', '/data', 'html[data-started]'],
			['the Perspectives list', '/perspectives', 'html[data-started]'],
			['a question’s two sides', '/perspectives/security', 'html[data-started]'],
			['a question’s two sides on a phone', '/perspectives/islands-and-treaty', 'html[data-started]', { width: 390, height: 844 }],
			['the lesson builder', '/lesson', 'html[data-started]'],
			['a lesson’s handout', '/handout/lesson?lesson=LcmxDkAwFAXQX3m51ifBYPURBkPT4UYbbVCNx_9bnPW4XjFzTzxyEZYglEozbhHqHFYo7G8ooFgSHwlXNIlck1gOUTbmMsGrQ4Uinzzfm-3Q9V1TR3jvPw', '[data-ready="true"]'],
			['an embedded chapter', '/embed/sakhalin', 'map', { width: 360, height: 560 }]
		];
		for (const [name, path, ready, viewport] of pages) {
			test(`axe-core finds no violations on ${name}`, async ({ open, watch, origin }) => {
				const w = ready === 'map' ? await open(path, { viewport }) : await watch({ viewport });
				if (ready !== 'map') await w.page.goto(origin + path);
				if (ready === 'map') await waitForIdle(w.page);
				else if (ready) await w.page.waitForSelector(ready);
				assert.deepEqual(await axeViolations(w.page), []);
			});
		}

		test('axe-core finds no violations while the basemap fails to load, on the story and the presenter', async ({ watch, origin }) => {
			for (const [path, viewport] of [['/#four-islands', undefined], ['/present#four-islands', { width: 1920, height: 1080 }]]) {
				const w = await watch({ viewport });
				await w.page.route('**/geo/basemap.pmtiles', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
				await w.page.goto(origin + path);
				await w.page.locator('.map-problems').filter({ hasText: 'basemap' }).waitFor();
				assert.deepEqual(await axeViolations(w.page), [], path);
				// The browser reports the failed file itself; nothing else goes wrong.
				w.problems.consoleErrors = w.problems.consoleErrors.filter((e) => !/status of 503/.test(e));
			}
		});

		test('axe-core finds no violations in the presenter’s overview and key list', async ({ open }) => {
			const { page } = await open('/present#habomai', { viewport: { width: 1920, height: 1080 } });
			await page.keyboard.press('o');
			await page.getByTestId('overview').waitFor();
			assert.deepEqual(await axeViolations(page), []);
			await page.keyboard.press('Escape');
			await page.keyboard.press('?');
			await page.getByRole('dialog', { name: 'Presenter keys' }).waitFor();
			assert.deepEqual(await axeViolations(page), []);
		});

		test('shows a visible focus on every control reached with Tab', async ({ open }) => {
			const { page } = await open('/');
			const unseen = [];
			for (let i = 0; i < 25; i++) {
				await page.keyboard.press('Tab');
				const focus = await page.evaluate(() => {
					const el = document.activeElement;
					if (!el || el === document.body) return null;
					const style = getComputedStyle(el);
					const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
					return { label: (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40), outlined, shadow: style.boxShadow !== 'none' };
				});
				if (focus && !focus.outlined && !focus.shadow) unseen.push(focus.label);
			}
			assert.deepEqual(unseen, []);
		});
	});

	test.describe('resilience', () => {
		test('without WebGL, says why in the map’s place, and the story, its sources and a reader still work', async ({ watch, origin }) => {
			const w = await watch();
			await w.page.addInitScript(() => {
				const getContext = HTMLCanvasElement.prototype.getContext;
				HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
					return /webgl/i.test(type) ? null : getContext.call(this, type, ...rest);
				};
			});
			await w.page.goto(origin + '/#sakhalin');
			const failure = w.page.getByTestId('map-failure');
			await failure.waitFor();
			assert.match(await failure.textContent(), /needs WebGL/);
			assert.match(await failure.textContent(), /The map would show: Sakhalin Island/);
			// The story still follows the reader…
			await w.page.evaluate(() => document.querySelector('[data-chapter="vladivostok"]').scrollIntoView());
			await w.page.waitForFunction(() => location.hash === '#vladivostok');
			assert.match(await failure.textContent(), /The map would show: Vladivostok/);
			// …the places list and a place's passages open…
			await w.page.getByRole('button', { name: 'Places & sources' }).click();
			await w.page.getByRole('button', { name: /^Kunashir/ }).first().click();
			await w.page.locator('[data-passage]').first().waitFor();
			// …and a reader opens.
			await w.page.goto(origin + '/sources/bely-2011');
			await w.page.getByRole('heading', { level: 1 }).waitFor();
		});

		test('offers the story’s data for download from /data, every file there and whole', async ({ watch, origin }) => {
			const w = await watch();
			await w.page.goto(origin + '/data');
			await w.page.getByRole('heading', { level: 1, name: 'The story’s data' }).waitFor();
			const files = await w.page.evaluate(async () => {
				const out = [];
				for (const a of document.querySelectorAll('a[download]')) {
					const response = await fetch(a.href);
					const text = await response.text();
					out.push({ href: new URL(a.href).pathname, status: response.status, type: response.headers.get('content-type'), head: text.slice(0, 40), length: text.length });
				}
				return out;
			});
			assert.deepEqual(files.map((f) => f.href).sort(), ['/data/events.csv', '/data/figures.csv', '/data/passages.json', '/geo/land-region.geojson', '/geo/places.geojson']);
			for (const f of files) assert.equal(f.status, 200, f.href);
			assert.match(files.find((f) => f.href === '/data/events.csv').head, /^event_id,date,title,/);
			assert.match(files.find((f) => f.href === '/geo/places.geojson').head, /^\{"type":"FeatureCollection"/);
		});

		test('says which map data failed to load, and the story keeps working', async ({ watch, origin }) => {
			const w = await watch();
			await w.page.route('**/geo/basemap.pmtiles', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
			await w.page.goto(origin + '/#four-islands');
			await w.page.locator('.map-problems').filter({ hasText: 'basemap' }).waitFor();
			await w.page.evaluate(() => document.querySelector('[data-chapter="trade"]').scrollIntoView());
			await w.page.waitForFunction(() => location.hash === '#trade');
			// The browser reports the failed file itself; nothing else goes wrong.
			w.problems.consoleErrors = w.problems.consoleErrors.filter((e) => !/status of 503/.test(e));
		});

	});

	test.describe('privacy and security', () => {
		const pagesOf = (dir) =>
			readdirSync(dir).flatMap((name) => {
				const path = join(dir, name);
				return statSync(path).isDirectory() ? pagesOf(path) : name.endsWith('.html') ? [path] : [];
			});

		test('every built page carries a Content-Security-Policy allowing only the site itself, without unsafe-eval or inline scripts', () => {
			const html = pagesOf(buildDir);
			assert.ok(html.length >= 8, `${html.length} pages`);
			for (const file of html) {
				const policy = readFileSync(file, 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
				assert.ok(policy, `${file} has a policy`);
				const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
				assert.deepEqual(directives['default-src'], ["'self'"], file);
				assert.ok(!policy.includes('unsafe-eval'), `${file}: no unsafe-eval`);
				assert.ok(!policy.includes("'unsafe-inline'"), `${file}: no unsafe-inline`);
				assert.ok(directives['script-src'].every((s) => s === "'self'" || /^'sha256-[A-Za-z0-9+/=]+'$/.test(s)), `${file}: scripts from the site or by hash`);
				assert.deepEqual(directives['connect-src'], ["'self'"], file);
				assert.deepEqual(directives['worker-src'], ["'self'", 'blob:'], file);
				for (const [name, sources] of Object.entries(directives))
					for (const s of sources) assert.ok(!/^https?:|^\*$/.test(s), `${file}: ${name} allows ${s}`);
			}
		});

		test('the browser enforces it: an injected inline script does not run, and the refusal is reported', async ({ origin, context, problems }) => {
			const page = await context.newPage();
			await page.goto(origin + '/sources/kishida-2016');
			const outcome = await page.evaluate(async () => {
				const violations = [];
				document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
				const script = document.createElement('script');
				script.textContent = 'window.__injected = true';
				document.body.append(script);
				await new Promise((r) => setTimeout(r, 200));
				return { injected: window.__injected === true, violations };
			});
			assert.equal(outcome.injected, false);
			assert.ok(outcome.violations.some((d) => d.startsWith('script-src')), JSON.stringify(outcome.violations));
			// The refusal the test provoked is reported on the console: that is the point, not a fault.
			problems.consoleErrors = problems.consoleErrors.filter((e) => !/Content Security Policy/.test(e));
		});

		const HOSTILE = [
			'<img src=x onerror="window.__pwned=1">',
			'"><script>window.__pwned=1</script>',
			'%3Csvg%20onload%3Dwindow.__pwned%3D1%3E<b>x</b>'
		];
		const addresses = (h) => {
			const e = encodeURIComponent(h);
			return [`/#${e}`, `/?place=${e}`, `/?q=${e}`, `/?measure=${e}`, `/?route=${e},${e}&closed=${e}`, `/present#${e}`, `/present/notes#${e}`, `/sources/riac-2012#${e}`];
		};

		/** What shows an address's page has drawn what it says: its panel's view, its slide, its script started. */
		const drawn = (address) =>
			address.startsWith('/?place=')
				? '[data-testid="panel"] #panel-title'
				: address.startsWith('/?q=')
					? '.result-count'
					: address.startsWith('/?measure=')
						? '[data-testid="measure"]'
						: address.startsWith('/?route=')
							? '[data-testid="route-tool"]'
							: address.startsWith('/present/notes')
								? '[data-testid="speaker"]'
								: address.startsWith('/present')
									? '[data-testid="presenter"]'
									: 'html[data-started]';

		test('treats hostile text in the hash and the query as data, never as markup', async ({ watch, origin }) => {
			// The map is not drawn: the addresses are read by the page's script, which is what is tested.
			const w = await watch({ map: false });
			w.page.on('dialog', (d) => {
				w.problems.consoleErrors.push(`a dialog opened: ${d.message()}`);
				d.dismiss();
			});
			for (const hostile of HOSTILE) {
				for (const address of addresses(hostile)) {
					await w.page.goto(origin + address);
					await w.page.waitForSelector(drawn(address));
					const seen = await w.page.evaluate(() => ({
						pwned: window.__pwned === 1,
						img: document.querySelectorAll('img[src="x"], svg[onload], b').length,
						scripts: [...document.scripts].filter((s) => s.textContent.includes('__pwned')).length
					}));
					assert.deepEqual(seen, { pwned: false, img: 0, scripts: 0 }, address);
				}
			}
			assert.deepEqual(w.problems.consoleErrors, []);
		});
	});
});
