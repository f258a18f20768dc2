import { describe, expect, it } from 'vitest';
import { cameraForSize, cameraMatches, fitPadding, formatCenter, globeZoom, parseCenter } from '../../src/lib/geo/camera';
import { normalizeLongitude } from '../../src/lib/geo/longitude';

const cam = (lon: number, lat: number, zoom = 5, bearing = 0, pitch = 0) => ({
	center: [lon, lat] as [number, number],
	zoom,
	bearing,
	pitch
});

describe('camera helpers', () => {
	it('normalise longitudes into [-180, 180)', () => {
		expect(normalizeLongitude(190)).toBe(-170);
		expect(normalizeLongitude(-190)).toBe(170);
		expect(normalizeLongitude(180)).toBe(-180);
		expect(normalizeLongitude(0)).toBe(0);
		expect(normalizeLongitude(-360)).toBe(0);
	});

	it('write and read the data-center attribute', () => {
		expect(formatCenter([146.6, 44.35])).toBe('146.6000,44.3500');
		expect(formatCenter([185, 65])).toBe('-175.0000,65.0000');
		expect(parseCenter('146.6000,44.3500')).toEqual([146.6, 44.35]);
		expect(parseCenter('<img src=x>')).toBeNull();
	});

	it('match cameras within the tolerance, across the 180° meridian', () => {
		expect(cameraMatches(cam(146.6, 44.35), cam(146.6049, 44.3551))).toBe(true);
		expect(cameraMatches(cam(146.6, 44.35), cam(146.7, 44.35))).toBe(false);
		expect(cameraMatches(cam(179.999, 66), cam(-179.999, 66))).toBe(true);
		expect(cameraMatches(cam(10, 10, 5), cam(10, 10, 5.1))).toBe(false);
		expect(cameraMatches(cam(10, 10, 5, 359.8), cam(10, 10, 5, -0.1))).toBe(true);
		expect(cameraMatches(cam(10, 10, 5, 0, 30), cam(10, 10, 5, 0, 0))).toBe(false);
	});
});

describe('cameraForSize', () => {
	const camera = { center: [146.6, 44.35] as [number, number], zoom: 6.4, bearing: 0, pitch: 0 };
	it('keeps the authored zoom on a map at least as large as the reference', () => {
		expect(cameraForSize(camera, 700, 680)).toEqual(camera);
		expect(cameraForSize(camera, 1900, 1000).zoom).toBe(6.4);
		// The presenter's map shows the same area larger: 850 px of height is 1.25 × 680.
		expect(cameraForSize(camera, 1900, 850, { scaleUp: true }).zoom).toBeCloseTo(6.4 + Math.log2(1.25), 10);
		expect(cameraForSize(camera, 350, 900, { scaleUp: true }).zoom).toBeCloseTo(5.4, 10);
	});
	it('zooms out one level for a map half the reference size (each zoom level doubles the scale)', () => {
		expect(cameraForSize(camera, 350, 900).zoom).toBeCloseTo(5.4, 10);
		expect(cameraForSize(camera, 700, 170).zoom).toBeCloseTo(4.4, 10);
		expect(cameraForSize(camera, 390, 354).center).toEqual(camera.center);
	});
	it('never goes below zoom 0, and ignores a map with no size yet', () => {
		expect(cameraForSize({ ...camera, zoom: 0.5 }, 10, 10).zoom).toBe(0);
		expect(cameraForSize(camera, 0, 0)).toBe(camera);
	});
});

describe('showing the whole globe and a place in full', () => {
	it('zooms so that the globe fills 85% of the map’s smaller side', () => {
		// MapLibre's globe has radius worldSize / (2π cos φ), worldSize = 512 · 2^zoom; its diameter is
		// then 512 · 2^zoom / (π cos φ).
		for (const [lat, w, h] of [[0, 800, 600], [45, 600, 900], [70, 1200, 1000]] as const) {
			const z = globeZoom(lat, w, h);
			const diameter = (512 * 2 ** z) / (Math.PI * Math.cos((lat * Math.PI) / 180));
			expect(diameter).toBeCloseTo(0.85 * Math.min(w, h), 6);
		}
		expect(globeZoom(0, 10, 10)).toBe(0);
	});

	it('leaves a margin round a place, less on a narrow map, more on the right for the controls', () => {
		expect(fitPadding(1000)).toEqual({ top: 60, bottom: 60, left: 60, right: 100 });
		expect(fitPadding(320)).toEqual({ top: 40, bottom: 40, left: 40, right: 80 });
	});
});
