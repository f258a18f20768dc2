#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and a bare reference page (MapLibre alone with the same basemap,
 * bench/bare), serves both from one local server, and measures in headless Chromium, in one run:
 * bytes by kind with gzip, first and largest contentful paint, the time until the map first goes
 * idle, the JS heap after load, and long tasks and frames per second while moving through every
 * chapter. Each app page is set beside the bare page with a map of the same size; the figures print
 * as a table and are written to .bench/results.json. A benchmark, not a test: it prints figures
 * and says which targets hold.
 *
 *   npm run bench                    build, then measure (3 cold loads of each page; medians)
 *   npm run bench -- --no-build      measure the existing build/ and .bench/bare
 *   npm run bench -- --samples 5     more loads of each page
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { launchBrowser } from '../tests/e2e/chromium.mjs';
import { buildDir, staticServer } from './serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const bareDir = join(root, '.bench/bare');
const CHAPTER_DWELL_MS = 2500;
const samplesArg = process.argv.indexOf('--samples');
const SAMPLES = Math.max(1, Number(samplesArg > 0 ? process.argv[samplesArg + 1] : 3) || 3);
// --by-file: also print, for each load, the data files by the bytes they took (and how many responses)
const BY_FILE = process.argv.includes('--by-file');

if (!process.argv.includes('--no-build')) {
	console.log('Building the site and the bare reference page…');
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.ts'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

// One origin for both: the bare page under /__bare/, the site (and the data both use) elsewhere.
const site = staticServer(buildDir);
const bare = sirv(bareDir, { dev: false });
const server = createServer((req, res) => {
	if (req.url?.startsWith('/__bare/')) {
		req.url = req.url.slice('/__bare'.length);
		return bare(req, res, () => ((res.statusCode = 404), res.end()));
	}
	site.emit('request', req, res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// Which built chunks are the map's code, from the client build's manifest.
const manifest = JSON.parse(readFileSync(join(root, '.svelte-kit/output/client/.vite/manifest.json'), 'utf8'));
/** The map's code: MapLibre and the story's map component, loaded together once the page has started */
const mapCode = Object.entries(manifest)
	.filter(([key]) => key.endsWith('maplibre-gl/dist/maplibre-gl.mjs') || key.endsWith('src/lib/map/StoryMap.svelte'))
	.map(([, entry]) => entry.file);
const chapters = [...readFileSync(join(buildDir, 'index.html'), 'utf8').matchAll(/data-chapter="([^"]+)"[^>]*data-camera="([^"]+)"/g)].map(
	(m) => ({ id: m[1], camera: JSON.parse(m[2].replaceAll('&quot;', '"')) })
);

function kindOf(url) {
	const path = new URL(url).pathname;
	if (/maplibre-gl-worker/.test(path)) return 'worker';
	if (/\.m?js$/.test(path)) return 'js';
	if (/\.css$/.test(path)) return 'css';
	if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
	if (/\.(geo)?json$|\.pmtiles$/.test(path)) return 'data';
	return 'html/other';
}

/** Record in the page: paint timings, long tasks, frames, and when the map first went idle. */
const INSTRUMENT = () => {
	const b = (window.__bench_metrics = { lcp: 0, longTasks: [], frames: 0, counting: false, mapIdle: null, started: null });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) b.lcp = Math.max(b.lcp, e.startTime);
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
	}).observe({ type: 'longtask', buffered: true });
	const frame = () => {
		if (b.counting) b.frames++;
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	new MutationObserver(() => {
		if (b.mapIdle === null && document.querySelector('[data-testid="map"][data-ready="true"]')) b.mapIdle = performance.now();
	}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
	// The page's script has hydrated it (the test contract's <html data-started>)
	new MutationObserver(() => {
		if (b.started === null && document.documentElement?.dataset.started) b.started = performance.now();
	}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-started'] });
};

/**
 * Load a page in a fresh browser (cold cache), wait for the map to go idle, then move through
 * every chapter with `move(page, chapter, i)`, and return its figures.
 */
async function measure(name, path, viewport, move) {
	const browser = await launchBrowser();
	try {
		const page = await browser.context.newPage();
		await page.setViewportSize(viewport);
		await page.addInitScript(INSTRUMENT);
		const responses = [];
		page.on('response', async (response) => {
			// 206: the basemap's tiles arrive as ranges of one archive
			if (!response.url().startsWith(origin) || (response.status() !== 200 && response.status() !== 206)) return;
			try {
				const body = await response.body();
				responses.push({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length, kind: kindOf(response.url()) });
			} catch {
				/* a response without a body (a redirect) */
			}
		});
		const cdp = await browser.context.newCDPSession(page);
		await page.goto(origin + path);
		await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60000 });
		// What had arrived when the map first went idle (ranges of one file share its name in the
		// resource timeline, so the data is counted by arrival, not by start time).
		const atIdle = responses.slice();
		await page.waitForTimeout(500);
		const timing = await page.evaluate(
			(files) => {
				const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
				// The first request for the map's code: the app's MapLibre or style chunk, or the bare
				// page's one bundle.
				const starts = performance
					.getEntriesByType('resource')
					.filter((r) => files.some((f) => r.name.endsWith(f)) || /\/__bare\/assets\/index-[^/]+\.js$/.test(r.name))
					.map((r) => r.startTime);
				const load = performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? null;
				return { fcp, lcp: window.__bench_metrics.lcp, load, started: window.__bench_metrics.started, mapIdle: window.__bench_metrics.mapIdle, maplibreStart: starts.length ? Math.min(...starts) : null };
			},
			mapCode
		);
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;

		// Move through every chapter, counting frames and long tasks meanwhile.
		const startedAt = await page.evaluate(() => {
			window.__bench_metrics.counting = true;
			window.__bench_metrics.frames = 0;
			return performance.now();
		});
		for (const [i, chapter] of chapters.entries()) {
			await move(page, chapter, i);
			await page.waitForTimeout(CHAPTER_DWELL_MS);
		}
		const motion = await page.evaluate((since) => {
			const b = window.__bench_metrics;
			b.counting = false;
			const seconds = (performance.now() - since) / 1000;
			const tasks = b.longTasks.filter((t) => t.start >= since);
			return { fps: b.frames / seconds, longTaskCount: tasks.length, longTaskMs: tasks.reduce((s, t) => s + t.duration, 0), seconds };
		}, startedAt);

		const bytes = {};
		let jsBeforeMaplibre = 0;
		let dataAtIdle = 0;
		for (const r of responses) {
			bytes[r.kind] ??= { raw: 0, gzip: 0 };
			bytes[r.kind].raw += r.raw;
			bytes[r.kind].gzip += r.gzip;
		}
		// Which requests came before MapLibre, and which data the first chapter needed, by their
		// place in the page's resource timeline.
		const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime })));
		const startOf = new Map(entries.map((e) => [e.name, e.start]));
		for (const r of responses) {
			const start = startOf.get(r.url) ?? 0;
			if (r.kind === 'js' && timing.maplibreStart !== null && start < timing.maplibreStart && !mapCode.some((f) => r.url.endsWith(f))) jsBeforeMaplibre += r.gzip;
		}
		for (const r of atIdle) if (r.kind === 'data') dataAtIdle += r.gzip;
		const total = Object.values(bytes).reduce((s, b) => ({ raw: s.raw + b.raw, gzip: s.gzip + b.gzip }), { raw: 0, gzip: 0 });
		if (BY_FILE) {
			const files = new Map();
			for (const r of responses.filter((r) => r.kind === 'data')) {
				const key = new URL(r.url).pathname;
				const f = files.get(key) ?? { gzip: 0, n: 0 };
				files.set(key, { gzip: f.gzip + r.gzip, n: f.n + 1 });
			}
			const list = [...files].sort((a, b) => b[1].gzip - a[1].gzip).map(([k, f]) => `${k} ${(f.gzip / 1024).toFixed(1)} KB in ${f.n}`);
			console.log(`  ${name} ${path}: ${list.join('; ')}`);
		}
		const idleAfterMaplibre = timing.mapIdle !== null && timing.maplibreStart !== null ? timing.mapIdle - timing.maplibreStart : null;
		return { name, path, viewport, bytes, total, jsBeforeMaplibre, dataAtIdle, ...timing, idleAfterMaplibre, heap, ...motion };
	} finally {
		await browser.close();
	}
}

const scrollTo = async (page, chapter) =>
	page.evaluate((id) => {
		const el = document.querySelector(`[data-chapter="${id}"]`);
		window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - innerHeight * 0.3);
	}, chapter.id);
const nextSlide = async (page) => page.keyboard.press('ArrowRight');
const fly = async (page, chapter) => page.evaluate((camera) => window.__bench.fly(camera), chapter.camera);

const STORY = { width: 1280, height: 800 };
const PROJECTOR = { width: 1920, height: 1080 };
const mapSize = async (path, viewport) => {
	const browser = await launchBrowser();
	const page = await browser.context.newPage();
	await page.setViewportSize(viewport);
	await page.goto(origin + path);
	// The map's element appears once the page has started (the text is painted before it).
	await page.waitForSelector('[data-testid="map"]');
	const size = await page.$eval('[data-testid="map"]', (el) => {
		const r = el.getBoundingClientRect();
		return { w: Math.round(r.width), h: Math.round(r.height) };
	});
	await browser.close();
	return size;
};

console.log(`Measuring in headless Chromium: ${SAMPLES} cold loads of each page, medians (${chapters.length} chapters, ${CHAPTER_DWELL_MS / 1000} s each)…`);
const storyMap = await mapSize('/', STORY);
const presenterMap = await mapSize('/present', PROJECTOR);
const median = (values) => {
	const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
	if (!sorted.length) return null;
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** Every number of several samples, as its median (nested objects too); the rest as in the first. */
function medians(samples) {
	const [first] = samples;
	if (typeof first === 'number' || first === null) return median(samples);
	if (typeof first !== 'object' || Array.isArray(first)) return first;
	return Object.fromEntries(Object.keys(first).map((k) => [k, medians(samples.map((s) => s?.[k]))]));
}
/** Load a page SAMPLES times, each in a fresh browser, alternating with its reference so drift is shared. */
async function sampled(...pairs) {
	const out = pairs.map(() => []);
	for (let i = 0; i < SAMPLES; i++) for (const [j, args] of pairs.entries()) out[j].push(await measure(...args));
	return out.map((samples) => ({ ...medians(samples), samples: samples.length }));
}
const [story, bareStory] = await sampled(['story', '/', STORY, scrollTo], ['bare', `/__bare/?w=${storyMap.w}&h=${storyMap.h}&camera=${encodeURIComponent(JSON.stringify(chapters[0].camera))}`, STORY, fly]);
const [presenter, barePresenter] = await sampled(
	['presenter', '/present#' + chapters[0].id, PROJECTOR, async (page, c, i) => (i === 0 ? undefined : nextSlide(page))],
	['bare', `/__bare/?w=${presenterMap.w}&h=${presenterMap.h}&camera=${encodeURIComponent(JSON.stringify(chapters[0].camera))}`, PROJECTOR, fly]
);
const results = { story, bareStory, presenter, barePresenter };
await new Promise((r) => server.close(r));

// The table: each figure for the app, the bare page and app / bare (lower is better; for frames
// per second, bare / app).
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (n === null || n === undefined ? '–' : `${Math.round(n)} ms`);
const rows = [
	['JS (gzip)', (r) => r.bytes.js?.gzip ?? 0, kb],
	['map worker (gzip)', (r) => r.bytes.worker?.gzip ?? 0, kb],
	['CSS (gzip)', (r) => r.bytes.css?.gzip ?? 0, kb],
	['data (gzip)', (r) => r.bytes.data?.gzip ?? 0, kb],
	['fonts', (r) => r.bytes.fonts?.gzip ?? 0, kb],
	['HTML and other (gzip)', (r) => r.bytes['html/other']?.gzip ?? 0, kb],
	['all (gzip)', (r) => r.total.gzip, kb],
	['first contentful paint', (r) => r.fcp, ms],
	['largest contentful paint', (r) => r.lcp, ms],
	['load event', (r) => r.load, ms],
	['page started (hydrated, html[data-started])', (r) => r.started, ms],
	['map first idle', (r) => r.mapIdle, ms],
	['map idle after its code is requested', (r) => r.idleAfterMaplibre, ms],
	['JS heap after load', (r) => r.heap, (n) => `${(n / 1048576).toFixed(1)} MB`],
	['long tasks moving through chapters', (r) => r.longTaskMs, ms],
	['frames per second moving through chapters', (r) => r.fps, (n) => n.toFixed(1), true]
];
const ratios = {};
for (const [app, ref] of [
	['story', 'bareStory'],
	['presenter', 'barePresenter']
]) {
	const a = results[app];
	const b = results[ref];
	console.log(`\n${app} (${a.viewport.width}×${a.viewport.height}) against bare MapLibre with a ${ref === 'bareStory' ? storyMap.w + '×' + storyMap.h : presenterMap.w + '×' + presenterMap.h} map`);
	const table = [['', app, 'bare', 'ratio']];
	ratios[app] = {};
	for (const [label, get, format, inverse] of rows) {
		const x = get(a);
		const y = get(b);
		const ratio = inverse ? y / x : x / y;
		ratios[app][label] = Number.isFinite(ratio) ? Math.round(ratio * 100) / 100 : null;
		table.push([label, format(x), format(y), Number.isFinite(ratio) ? ratio.toFixed(2) : '–']);
	}
	const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
	for (const row of table) console.log(row.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '));
}

/** The targets for app / bare (1.2 where not named): everything within 15%, and the text painted before the bare page paints its map. */
const LIMITS = { 'all (gzip)': 1.15, 'first contentful paint': 0.99 };
const targets = [
	['chapter text painted before any map code loads', results.story.fcp !== null && results.story.maplibreStart !== null && results.story.fcp < results.story.maplibreStart, `FCP ${ms(results.story.fcp)}, the map's code requested at ${ms(results.story.maplibreStart)}`],
	['JavaScript before MapLibre under 60 KB gzipped', results.story.jsBeforeMaplibre < 60 * 1024, kb(results.story.jsBeforeMaplibre)],
	['data the first chapter needs under 300 KB gzipped', results.story.dataAtIdle < 300 * 1024, `${kb(results.story.dataAtIdle)} of map data (fonts: ${kb(results.story.bytes.fonts?.gzip ?? 0)})`],
	...Object.entries(ratios).flatMap(([app, r]) =>
		Object.entries(r)
			.filter(([label]) => !/fonts|HTML|data|worker|CSS|started|load event/.test(label))
			.map(([label, ratio]) => {
				const most = LIMITS[label] ?? 1.2;
				return [`${app}: ${label}, app / bare at most ${most}`, ratio !== null && ratio <= most, String(ratio)];
			})
	)
];
console.log('\nTargets');
for (const [what, ok, figure] of targets) console.log(`${ok ? 'holds ' : 'MISSES'}  ${what}: ${figure}`);

mkdirSync(join(root, '.bench'), { recursive: true });
const out = join(root, '.bench/results.json');
writeFileSync(
	out,
	JSON.stringify(
		{ date: new Date().toISOString(), chapters: chapters.length, results: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v])), ratios, targets: targets.map(([what, holds, figure]) => ({ what, holds, figure })) },
		null,
		2
	)
);
console.log(`\nWritten to ${out}`);
