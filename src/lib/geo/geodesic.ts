/**
 * Distances and areas on the WGS84 ellipsoid, with GeographicLib (Karney's algorithms, accurate
 * to nanometres): a spherical formula is off by up to 0.3%, too much for a figure the story
 * states. Positions are [longitude, latitude] in degrees, as in GeoJSON.
 */
import { Geodesic } from 'geographiclib-geodesic';

export type { LonLat } from './format';
import type { LonLat } from './format';

const wgs84 = Geodesic.WGS84;

export { NAUTICAL_MILE } from './format';

/** The geodesic distance between two points, in metres. */
export function distance(a: LonLat, b: LonLat): number {
	return wgs84.Inverse(a[1], a[0], b[1], b[0]).s12 ?? NaN;
}

/** The length of each leg of a path, in metres. */
export function legs(path: readonly LonLat[]): number[] {
	const out: number[] = [];
	for (let i = 1; i < path.length; i++) out.push(distance(path[i - 1]!, path[i]!));
	return out;
}

/** The length of a path along geodesics, in metres. */
export function pathLength(path: readonly LonLat[]): number {
	return legs(path).reduce((sum, d) => sum + d, 0);
}

/**
 * The area enclosed by a closed path of geodesics, in square metres, whichever way round it is
 * drawn (GeographicLib's signed area, made positive).
 */
export function area(ring: readonly LonLat[]): number {
	if (ring.length < 3) return 0;
	const polygon = wgs84.Polygon(false);
	for (const [lon, lat] of ring) polygon.AddPoint(lat, lon);
	return Math.abs(polygon.Compute(false, true).area ?? 0);
}

/**
 * Points along the geodesic from a to b, no more than `step` metres apart, with longitudes
 * unwrapped (continuous, possibly beyond ±180) so a line across the 180° meridian draws the
 * short way. Ends exactly at a and b (b's longitude unwrapped).
 */
export function geodesicPoints(a: LonLat, b: LonLat, step = 50_000): LonLat[] {
	const line = wgs84.InverseLine(a[1], a[0], b[1], b[0]);
	const total = line.s13 ?? 0;
	const n = Math.max(1, Math.ceil(total / step));
	const points: LonLat[] = [];
	for (let i = 0; i <= n; i++) {
		// LONG_UNROLL keeps longitudes continuous from the start point.
		const p = line.Position((total * i) / n, Geodesic.STANDARD | Geodesic.LONG_UNROLL);
		points.push([p.lon2 ?? NaN, p.lat2 ?? NaN]);
	}
	return points;
}

/** A whole path drawn along geodesics, unwrapped end to end. */
export function geodesicPath(path: readonly LonLat[], step = 50_000): LonLat[] {
	const out: LonLat[] = [];
	let shift = 0;
	for (let i = 1; i < path.length; i++) {
		const a: LonLat = [path[i - 1]![0] + shift, path[i - 1]![1]];
		const b: LonLat = [path[i]![0], path[i]![1]];
		const pts = geodesicPoints(a, b, step);
		shift = pts[pts.length - 1]![0] - b[0];
		out.push(...(i === 1 ? pts : pts.slice(1)));
	}
	return out;
}

export { formatArea, formatKm, formatNm } from './format';
