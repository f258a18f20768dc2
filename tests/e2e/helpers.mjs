/**
 * What the browser tests (and scripts/screenshots.mjs) read from the site: its server, the map's
 * camera and idleness from its data-* contract, and the colours it drew.
 */
import { PNG } from 'pngjs';

/** The tests' desktop window: the desktop layout, small enough that the software renderer draws few pixels. */
export const DESKTOP = { width: 1024, height: 640 };
export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1280, height: 800 };
export const PROJECTOR = { width: 1920, height: 1080 };

/** Serve a directory on 127.0.0.1 at a free port (the site's own server: scripts/serve.mjs). */
export async function listen(server) {
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r(undefined))) };
}

/** Makes WebGL unavailable (run in the page before its scripts). */
export function withoutWebGL() {
	const getContext = HTMLCanvasElement.prototype.getContext;
	HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
		return /webgl/i.test(type) ? null : getContext.call(this, type, ...rest);
	};
}

/**
 * How much of the map's canvas is sea, land and highlighted place, as fractions, read from a
 * screenshot's pixels (the basemap's colours, src/lib/map/layers/basemap.ts).
 */
export async function mapColours(page) {
	const png = PNG.sync.read(await page.locator('[data-testid="map"] canvas').screenshot());
	const counts = { sea: 0, land: 0, highlight: 0 };
	for (let i = 0; i < png.data.length; i += 4) {
		const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
		const near = (c) => Math.abs(r - c[0]) + Math.abs(g - c[1]) + Math.abs(b - c[2]) < 30;
		if (near([0xc9, 0xdf, 0xe8])) counts.sea++;
		else if (near([0xf4, 0xf1, 0xea])) counts.land++;
		else if (r > 200 && g > 150 && g < 210 && b < 140) counts.highlight++;
	}
	const total = png.width * png.height;
	return { sea: counts.sea / total, land: counts.land / total, highlight: counts.highlight / total };
}

/** Read the chapters' declared cameras from the page (each section's data-camera). */
export async function chapterCameras(page) {
	return page.$$eval('[data-chapter]', (sections) =>
		sections.map((s) => ({ id: s.getAttribute('data-chapter'), camera: JSON.parse(s.getAttribute('data-camera') ?? '{}') }))
	);
}

/** Wait until the map has drawn everything and stopped (its data-idle). */
export async function waitForIdle(page, timeout = 60000) {
	await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout });
}

/** In the page: whether the map shows `authored` (see waitForCamera). */
function atCamera(authored) {
	const el = document.querySelector('[data-testid="map"]');
	if (!el?.dataset.center) return false;
	// Composed for the part of the map its toolbar and cards leave in view (data-insets).
	const [top, right, bottom, left] = (el.dataset.insets ?? '0,0,0,0').split(',').map(Number);
	const scale = Math.min((el.clientWidth - left - right) / 700, (el.clientHeight - top - bottom) / 680, 1);
	const camera = { ...authored, zoom: Math.max(0, authored.zoom + Math.log2(scale)) };
	const [lon, lat] = el.dataset.center.split(',').map(Number);
	const dLon = Math.abs(((((lon - camera.center[0] + 180) % 360) + 360) % 360) - 180);
	return dLon <= 0.01 && Math.abs(lat - camera.center[1]) <= 0.01 && Math.abs(Number(el.dataset.zoom) - camera.zoom) <= 0.02;
}

/**
 * Wait until the map's data-center/data-zoom show a chapter's `camera` (within about 10 m and 0.02
 * zoom). A map smaller than the 700×680 px the cameras are composed for zooms out by log2 of the
 * size ratio, so that the same area stays in view (src/lib/geo/camera.ts, cameraForSize); the size
 * is what the map's toolbar and cards leave in view (its data-insets).
 */
export async function waitForCamera(page, camera, timeout = 60000) {
	await page.waitForFunction(atCamera, camera, { timeout, polling: 100 });
}

/** Whether the map shows a chapter's `camera` now (as waitForCamera, without waiting). */
export function isAtCamera(page, camera) {
	return page.evaluate(atCamera, camera);
}

/** Where a longitude/latitude is on screen, from the map's own centre and zoom (Web Mercator, no rotation). */
export async function screenPoint(page, [lon, lat]) {
	const map = page.locator('[data-testid="map"]');
	const box = await map.boundingBox();
	const { center, zoom } = await map.evaluate((el) => ({ center: el.dataset.center, zoom: Number(el.dataset.zoom) }));
	const [clon, clat] = center.split(',').map(Number);
	const size = 512 * 2 ** zoom;
	const x = (l) => ((l + 180) / 360) * size;
	const y = (φ) => ((1 - Math.log(Math.tan(Math.PI / 4 + (φ * Math.PI) / 360)) / Math.PI) / 2) * size;
	return { x: box.x + box.width / 2 + x(lon) - x(clon), y: box.y + box.height / 2 + y(lat) - y(clat) };
}
