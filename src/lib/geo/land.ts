/**
 * Whether a point or a line lies on land, by the map's own land data (static/geo): for checking
 * that what the story draws as a lane a ship follows stays at sea. Planar in longitude and
 * latitude, which is exact enough for the land files (none crosses the 180° meridian); a line is
 * checked at points a short step apart. Pure.
 */
import type { FeatureCollection, Position } from 'geojson';
import type { LonLat } from './format';
import { normalizeLongitude } from './longitude';

/** A polygon of land (an exterior ring and its holes) with its bounding box [west, south, east, north]. */
export interface LandPolygon {
	rings: Position[][];
	box: [number, number, number, number];
}

/** The land as polygons. */
export type Land = LandPolygon[];

function polygon(rings: Position[][]): LandPolygon {
	const xs = rings[0]!.map((p) => p[0]!);
	const ys = rings[0]!.map((p) => p[1]!);
	return { rings, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
}

/** The polygons of some land files. */
export function landOf(...collections: FeatureCollection[]): Land {
	return collections.flatMap((c) =>
		c.features.flatMap((f) => {
			const g = f.geometry;
			const polygons = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
			return polygons.filter((rings) => rings[0]?.length).map(polygon);
		})
	);
}

function inRing([x, y]: LonLat, ring: Position[]): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i] as [number, number];
		const [xj, yj] = ring[j] as [number, number];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** Whether a point is on land (inside a polygon and not in one of its holes). */
export function onLand(point: LonLat, land: Land): boolean {
	const p: LonLat = [normalizeLongitude(point[0]), point[1]];
	return land.some(({ rings: [outer, ...holes], box: [w, s, e, n] }) => {
		if (p[0] < w || p[0] > e || p[1] < s || p[1] > n) return false;
		return inRing(p, outer!) && !holes.some((h) => inRing(p, h));
	});
}

/**
 * Points along a line about every `stepKm` kilometres (its longitudes may run past 180°), each
 * with the length of the step that reached it.
 */
function* along(line: readonly LonLat[], stepKm: number): Generator<{ p: LonLat; km: number }> {
	for (let i = 1; i < line.length; i++) {
		const [a, b] = [line[i - 1]!, line[i]!];
		const km = Math.hypot((b[0] - a[0]) * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180), b[1] - a[1]) * 111.2;
		const n = Math.max(1, Math.ceil(km / stepKm));
		for (let k = i === 1 ? 0 : 1; k <= n; k++) yield { p: [a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n], km: k === 0 ? 0 : km / n };
	}
}

const rounded = (p: LonLat): LonLat => [Math.round(p[0] * 1000) / 1000, Math.round(p[1] * 1000) / 1000];

/** The first point of a line found on land, checked every `stepKm` kilometres or so; null when the whole line is at sea. */
export function landCrossing(line: readonly LonLat[], land: Land, stepKm = 2): LonLat | null {
	for (const { p } of along(line, stepKm)) if (onLand(p, land)) return rounded(p);
	return null;
}

/** A run of a line's checked points on land: where it starts and ends, and about how long it is. */
export interface LandStretch {
	from: LonLat;
	to: LonLat;
	km: number;
}

/** Every stretch of a line that runs over land, checked every `stepKm` kilometres or so. */
export function landStretches(line: readonly LonLat[], land: Land, stepKm = 2): LandStretch[] {
	const out: LandStretch[] = [];
	let open: LandStretch | null = null;
	for (const { p, km } of along(line, stepKm)) {
		if (onLand(p, land)) {
			if (open) open.km += km;
			open ??= { from: rounded(p), to: rounded(p), km: 0 };
			open.to = rounded(p);
		} else if (open) {
			out.push({ ...open, km: Math.round(open.km * 10) / 10 });
			open = null;
		}
	}
	if (open) out.push({ ...open, km: Math.round(open.km * 10) / 10 });
	return out;
}
