/**
 * Pure camera helpers shared by the map and the tests: how a camera is written into the map's
 * `data-center` / `data-zoom` attributes, and when the map counts as being at a chapter's camera.
 */
import type { Camera } from '../content/chapters';
import { normalizeLongitude } from './longitude';


/** "lon,lat" with 4 decimals (about 10 m), as the map's data-center attribute carries it. */
export function formatCenter([lon, lat]: readonly [number, number]): string {
	return `${normalizeLongitude(lon).toFixed(4)},${lat.toFixed(4)}`;
}

/** Zoom with 2 decimals, as the map's data-zoom attribute carries it. */
export function formatZoom(zoom: number): string {
	return zoom.toFixed(2);
}

/** Parse a data-center attribute back into [lon, lat]; null when malformed. */
export function parseCenter(value: string | null | undefined): [number, number] | null {
	const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(value ?? '');
	return m ? [Number(m[1]), Number(m[2])] : null;
}

/** The steepest pitch the map allows; a chapter asking for more could never be reached. */
export { MAX_PITCH } from '../content/chapters';

export interface CameraTolerance {
	/** Degrees of longitude or latitude */
	degrees: number;
	zoom: number;
	/** Degrees of bearing or pitch */
	angle: number;
}

export const DEFAULT_TOLERANCE: CameraTolerance = { degrees: 0.01, zoom: 0.02, angle: 0.5 };

/** Shortest angular distance between two longitudes or bearings, in degrees. */
export function angleBetween(a: number, b: number): number {
	return Math.abs(normalizeLongitude(a - b));
}

/** True when `current` is at `target` within the tolerance (longitudes compared across 180°). */
export function cameraMatches(
	current: Camera,
	target: Camera,
	tolerance: CameraTolerance = DEFAULT_TOLERANCE
): boolean {
	return (
		angleBetween(current.center[0], target.center[0]) <= tolerance.degrees &&
		Math.abs(current.center[1] - target.center[1]) <= tolerance.degrees &&
		Math.abs(current.zoom - target.zoom) <= tolerance.zoom &&
		angleBetween(current.bearing, target.bearing) <= tolerance.angle &&
		Math.abs(current.pitch - target.pitch) <= tolerance.angle
	);
}

/**
 * The map size chapters' cameras are composed for: a desktop's map pane, 800 px high less the
 * timeline under the map.
 */
export const REFERENCE_MAP_SIZE = { width: 700, height: 680 } as const;

/**
 * A chapter's camera for a map of this size: a smaller map (a phone's) zooms out so that the same
 * area stays in view; a larger one keeps the authored zoom, showing more around it, unless
 * `scaleUp` (the presenter's projector-sized map), when it zooms in to show the same area larger.
 */
export function cameraForSize(camera: Camera, width: number, height: number, { scaleUp = false } = {}): Camera {
	if (!(width > 0 && height > 0)) return camera;
	const fit = Math.min(width / REFERENCE_MAP_SIZE.width, height / REFERENCE_MAP_SIZE.height);
	const scale = scaleUp ? fit : Math.min(fit, 1);
	return { ...camera, zoom: Math.max(0, camera.zoom + Math.log2(scale)) };
}

/**
 * The zoom at which the whole globe, centred at latitude `lat`, fills 85% of the map's smaller side.
 * MapLibre draws the globe with radius worldSize / (2π cos φ) at centre latitude φ, where worldSize
 * is 512 · 2^zoom.
 */
export function globeZoom(lat: number, width: number, height: number): number {
	const cos = Math.cos((lat * Math.PI) / 180);
	return Math.max(0, Math.log2((0.85 * Math.min(width, height) * Math.PI * cos) / 512));
}

/** The margin round a place shown in full: up to 60 px, less on a narrow map, more on the right for the map's controls. */
export function fitPadding(width: number): { top: number; bottom: number; left: number; right: number } {
	const pad = Math.min(60, width / 8);
	return { top: pad, bottom: pad, left: pad, right: pad + 40 };
}
