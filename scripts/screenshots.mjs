#!/usr/bin/env node
/**
 * Screenshots of every chapter, a place's panel, search, a reader and Perspectives, on a desktop and a phone,
 * for people to look at (not a test).
 * Needs a build: `npm run build && node scripts/screenshots.mjs [outDir]`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/e2e/chromium.mjs';
import { chapterCameras, listen, waitForCamera } from '../tests/e2e/helpers.mjs';
import { staticServer } from './serve.mjs';

const out = process.argv[2] ?? '.test-results/screenshots';
mkdirSync(out, { recursive: true });
const server = await listen(staticServer());
const browser = await launchBrowser();
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
try {
	for (const [name, viewport] of Object.entries(viewports)) {
		const page = await browser.context.newPage();
		await page.setViewportSize(viewport);
		const problems = [];
		page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
		page.on('request', (r) => !r.url().startsWith(server.origin) && !/^(blob|data):/.test(r.url()) && problems.push(`off the origin: ${r.url()}`));
		await page.goto(server.origin + '/');
		await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 30000 });
		await page.waitForTimeout(800);
		await page.screenshot({ path: join(out, `${name}-00-intro.png`) });
		const cameras = await chapterCameras(page);
		for (const [i, { id, camera }] of cameras.entries()) {
			await page.evaluate((id) => {
				const el = document.querySelector(`[data-chapter="${id}"]`);
				window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - (innerWidth < 760 ? innerHeight * 0.45 : 24));
			}, id);
			await waitForCamera(page, camera, 30000);
			await page.waitForFunction(() => !document.querySelector('.maplibregl-map')?.classList.contains('moving'));
			await page.waitForTimeout(1200);
			const file = join(out, `${name}-${String(i + 1).padStart(2, '0')}-${id}.png`);
			await page.screenshot({ path: file });
			console.log(file);
		}
		// The sources: a place's panel, search results and a reader at a quoted passage.
		const extras = [
			['place-kunashir', '/?place=kunashir#four-islands'],
			['search-sakhalin', '/?q=Sakhalin#sakhalin'],
			['places-list', '/?places'],
			['reader-riac', '/sources/riac-2012#p87'],
			['perspectives', '/perspectives'],
			['perspectives-energy', '/perspectives/energy']
		];
		for (const [label, path] of extras) {
			await page.goto(server.origin + path);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(2500);
			const file = join(out, `${name}-${label}.png`);
			await page.screenshot({ path: file });
			console.log(file);
		}
		if (problems.length) console.log(name, problems);
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
