import { describe, expect, it } from 'vitest';
import { cameraForSize, cameraMatches, formatCenter, parseCenter } from '../../src/lib/geo/camera';
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
