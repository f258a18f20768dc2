/**
 * Measuring: the geodesic ruler, the sea-route tool and the Northern Sea Route comparison, in a
 * real browser against the built site. Known answers come from independent references.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import geographiclib from 'geographiclib-geodesic';
import { test, chapterCameras, waitForCamera } from './fixtures.mjs';

/** A port's point, read from the project's port list. */
function portAt(id) {
	const source = readFileSync(new URL('../../src/lib/content/ports.ts', import.meta.url), 'utf8');
	const m = new RegExp(`id: '${id}'[^\\n]*at: \\[(-?[\\d.]+), (-?[\\d.]+)\\]`).exec(source);
	return [Number(m[1]), Number(m[2])];
}

test.describe('measuring', () => {
	// The map jumps rather than flies: these tests are about what is measured and drawn.

	const total = (page) => page.locator('[data-testid="measure-total"]');
	const pointsInUrl = (page) => (new URL(page.url()).searchParams.get('measure') ?? '').split(';').filter(Boolean).length;

	test.describe('the ruler', () => {
		test('opens a shared ?measure= link and shows the geodesic total (GeographicLib’s JFK–Changi: 15,347,628 m)', async ({ open }) => {
			// 40°38′23″N 73°46′44″W and 1°21′33″N 103°59′22″E, the GeodSolve manual's example.
			const { page } = await open('/?measure=-73.778889,40.639722;103.989444,1.359167');
			await total(page).waitFor();
			const metres = Number(await total(page).getAttribute('data-metres'));
			assert.ok(Math.abs(metres - 15347628) <= 2, `measured ${metres} m`);
			const text = await total(page).innerText();
			assert.match(text, /15,348 km/);
			assert.match(text, /8,287 NM/); // 15,347,628 / 1,852
			// The line is drawn across the map: its overlay holds the measured line.
			assert.match(await page.locator('[data-testid="map"]').getAttribute('data-overlay'), /^measure;/);
		});

		test('adds a point where the map is clicked, follows it in the address, undoes it', async ({ open }) => {
			const { page } = await open('/#neighbours');
			const cameras = await chapterCameras(page);
			await waitForCamera(page, cameras[0].camera);
			await page.getByRole('button', { name: 'Measure' }).click();
			const map = await page.locator('[data-testid="map"]').boundingBox();
			const panel = await page.locator('[data-testid="panel"]').boundingBox();
			const x = panel.x + panel.width + (map.x + map.width - panel.x - panel.width) / 2;
			await page.mouse.click(x, map.y + map.height / 3);
			await page.waitForFunction(() => new URL(location.href).searchParams.get('measure')?.split(';').length === 1);
			await page.mouse.click(x, map.y + (2 * map.height) / 3);
			await total(page).waitFor();
			assert.equal(pointsInUrl(page), 2);
			// A third of the map's height apart at the first chapter's zoom: hundreds of kilometres.
			assert.ok(Number(await total(page).getAttribute('data-metres')) > 100_000);
			await page.getByRole('button', { name: 'Undo last point' }).click();
			await total(page).waitFor({ state: 'detached' });
			assert.equal(pointsInUrl(page), 1);
		});

		test('works from the keyboard: add the centre of the map, and Esc leaves the ruler', async ({ open }) => {
			const { page } = await open('/#sakhalin');
			await page.getByRole('button', { name: 'Measure' }).focus();
			await page.keyboard.press('Enter');
			await page.waitForFunction(() => document.activeElement?.id === 'panel-title');
			const add = page.getByRole('button', { name: 'Add the centre of the map' });
			await add.focus();
			await page.keyboard.press('Enter');
			await page.waitForFunction(() => new URL(location.href).searchParams.get('measure')?.split(';').length === 1);
			const centre = (await page.locator('[data-testid="map"]').getAttribute('data-center')).split(',').map(Number);
			const [lon, lat] = new URL(page.url()).searchParams.get('measure').split(',').map(Number);
			assert.ok(Math.abs(lon - centre[0]) < 1e-4 && Math.abs(lat - centre[1]) < 1e-4, 'the point is the map’s centre');
			await page.keyboard.press('Escape');
			await page.locator('[data-testid="panel"]').waitFor({ state: 'detached' });
			assert.equal(new URL(page.url()).searchParams.get('measure'), null);
			assert.equal(await page.locator('[data-testid="map"]').getAttribute('data-overlay'), '');
		});

		test('measures the area of a closed path: the northern hemisphere is half of WGS84’s 510,065,621.724 km²', async ({ open }) => {
			const { page } = await open('/?measure=0,0;90,0;180,0;-90,0&ring');
			const areaBox = page.locator('[data-testid="measure-area"]');
			await areaBox.waitFor();
			const km2 = Number(await areaBox.getAttribute('data-square-metres')) / 1e6;
			assert.ok(Math.abs(km2 - 510065621.724 / 2) < 1, `area ${km2} km²`);
		});

		test('says which points of a bad address it could not read, and keeps the others', async ({ open }) => {
			const { page } = await open('/?measure=%3Cb%3Ebold%3C%2Fb%3E;139.77,35.68;200,100');
			await page.getByRole('alert').filter({ hasText: '“<b>bold</b>”' }).waitFor();
			assert.match(await page.getByRole('alert').innerText(), /“200,100”/);
			assert.equal(await page.locator('[data-testid="measure"] b').count(), 0);
			assert.equal(await page.locator('[data-testid="measure"] ol li').count(), 1);
		});
	});

	test.describe('sea routes', () => {
		test('routes Yokohama to Rotterdam with Suez closed through the Bering Strait, drawn across the 180° meridian', async ({ open }) => {
			const { page } = await open('/?route=yokohama,rotterdam&closed=suez');
			const result = page.locator('[data-testid="route-result"]');
			await result.waitFor();
			assert.equal(await result.getAttribute('data-passages'), 'bering,nsr');
			assert.match(await result.innerText(), /Bering Strait, then Northern Sea Route/);
			const overlay = await page.locator('[data-testid="map"]').getAttribute('data-overlay');
			const [, east] = overlay.split(';')[1].split(',').map(Number);
			assert.ok(east > 180, `the drawn route reaches ${east}° (unwrapped past 180°)`);
		});

		test('goes by Suez when the Arctic is closed, as it is by default, and follows the choices in the address', async ({ open, origin }) => {
			const { page } = await open('/');
			await page.getByRole('button', { name: 'Sea routes' }).click();
			const result = page.locator('[data-testid="route-result"]');
			await result.waitFor();
			const viaSuez = Number(await result.getAttribute('data-metres'));
			assert.match(await result.getAttribute('data-passages'), /suez/);
			await page.getByRole('checkbox', { name: 'Northern Sea Route' }).check();
			await page.waitForFunction(() => document.querySelector('[data-testid="route-result"]')?.dataset.passages === 'bering,nsr');
			assert.match(page.url(), /closed=nwp$/);
			const viaArctic = Number(await result.getAttribute('data-metres'));
			assert.ok(viaArctic < viaSuez, `${viaArctic} < ${viaSuez}`);
			// The browser's routing (on the network it downloaded) agrees with the build's (on the file).
			await page.goto(origin + '/#northern-sea-route');
			const table = page.locator('[data-testid="route-comparison"]');
			assert.equal(Number(await table.locator('[data-route="suez"] td[data-metres]').getAttribute('data-metres')), viaSuez);
			assert.equal(Number(await table.locator('[data-route="nsr"] td[data-metres]').getAttribute('data-metres')), viaArctic);
		});

		test('says so when an address names a port it does not know', async ({ open }) => {
			const { page } = await open('/?route=atlantis,rotterdam');
			await page.getByRole('alert').filter({ hasText: '“atlantis”' }).waitFor();
		});
	});

	test.describe('the Northern Sea Route chapter', () => {
		test('sets the measured routes beside the report’s 23,000 and 7,000 km, and draws both', async ({ open }) => {
			const { page } = await open('/#northern-sea-route');
			const table = page.locator('[data-testid="route-comparison"]');
			const suez = Number(await table.locator('[data-route="suez"] td[data-metres]').getAttribute('data-metres'));
			const nsr = Number(await table.locator('[data-route="nsr"] td[data-metres]').getAttribute('data-metres'));
			assert.ok(nsr < suez);
			// No voyage is shorter than the geodesic between the two ports, computed here with
			// GeographicLib directly from the ports' coordinates.
			const [a, b] = [portAt('yokohama'), portAt('rotterdam')];
			const direct = geographiclib.Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12;
			assert.ok(direct > 9_000_000, `direct ${direct}`);
			assert.ok(nsr > direct, `${nsr} > ${direct}`);
			assert.match(await table.innerText(), new RegExp(`${Math.round(direct / 1000).toLocaleString('en-GB')} km in a straight line`));
			const text = await table.innerText();
			assert.match(text, /23,000 km/);
			assert.match(text, /7,000 km/);
			await page.waitForFunction(() => document.querySelector('[data-testid="map"]').dataset.routes === 'suez,nsr');
		});
	});
});
