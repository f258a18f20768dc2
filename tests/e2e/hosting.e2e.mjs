/**
 * Any static host: the site served by a server that ignores byte ranges (every request answered
 * whole, 200), as many simple hosts and school servers do. The basemap's archive then arrives
 * whole, once, and the map cuts its tiles from that copy (src/lib/map/basemap-tiles.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, chapterCameras, screenPoint, mapColours, waitForCamera, waitForIdle } from './fixtures.mjs';

test.use({ host: 'whole-files' });

const root = new URL('../..', import.meta.url).pathname;
const islands = JSON.parse(readFileSync(join(root, 'src/lib/content/islands.json'), 'utf8'));

test('on a host that ignores byte ranges, the first chapter and Habomai draw their land, and Kunashir opens its panel', async ({ watch, origin }) => {
	const { page } = await watch();
	const archive = [];
	page.on('response', (r) => r.url().endsWith('/geo/basemap.pmtiles') && archive.push(r.status()));
	await page.goto(origin + '/');
	await page.waitForSelector('[data-testid="map"][data-ready="true"]');
	const cameras = await chapterCameras(page);

	await waitForIdle(page);
	const first = await mapColours(page);
	assert.ok(first.land > 0.05, `land covers ${(100 * first.land).toFixed(1)}% of the first chapter's map`);

	await page.evaluate(() => (location.hash = 'habomai'));
	await waitForCamera(page, cameras.find((c) => c.id === 'habomai').camera);
	await waitForIdle(page);
	const habomai = await mapColours(page);
	assert.ok(habomai.land > 0.05, `land covers ${(100 * habomai.land).toFixed(1)}% of Habomai's map`);
	assert.ok(habomai.highlight > 0.001, `the Habomai islets are highlighted (${(100 * habomai.highlight).toFixed(2)}%)`);
	assert.equal(await page.locator('.map-problems').count(), 0, 'no map data is reported missing');

	await page.evaluate(() => (location.hash = 'four-islands'));
	await waitForCamera(page, cameras.find((c) => c.id === 'four-islands').camera);
	await waitForIdle(page);
	const kunashir = islands.find((i) => i.id === 'kunashir');
	const at = await screenPoint(page, kunashir.seed);
	await page.mouse.click(at.x, at.y);
	await page.locator('[data-testid="panel"] h2[data-place="kunashir"]').waitFor();
	// The host really did ignore the ranges: the archive came whole (200), never as a range (206).
	assert.ok(archive.length >= 1 && archive.every((s) => s === 200), `the archive's answers: ${archive}`);
});
