/**
 * What the ruler and the route tool compute from their view in the address, and what they draw on
 * the map. Pure: the geodesic line and the router are passed in, once their code has loaded.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { getPort, type Port } from '../content/ports';
import type { LonLat } from '../geo/format';
import type { RouteResult } from '../geo/routing';
import type { Router } from '../geo/network-client';
import type { PanelView } from './panel';

type MeasureView = Extract<PanelView, { kind: 'measure' }>;
type RouteView = Extract<PanelView, { kind: 'route' }>;

/** The ruler's path: its points, back to the first when the path is closed (three points or more). */
export function measurePath(view: MeasureView): LonLat[] {
	return view.ring && view.points.length >= 3 ? [...view.points, view.points[0]!] : view.points;
}


export interface RouteQuery {
	from: Port | undefined;
	to: Port | undefined;
	/** The route found, or null when there is nothing to route yet (no router, a port missing, the same port twice) */
	result: RouteResult | null;
}

/** The route tool's ports and the route between them. */
export function routeQuery(view: RouteView, router: Router | null): RouteQuery {
	const from = getPort(view.from);
	const to = getPort(view.to);
	const result = router && from && to && from.id !== to.id ? router(from.at, to.at, new Set(view.closed)) : null;
	return { from, to, result };
}

/** Draws a geodesic path as a line of points no further apart than `step` metres (geo/geodesic.ts). */
export type GeodesicPath = (path: readonly LonLat[], step: number) => LonLat[];

/**
 * What the open tool draws: the ruler's path along geodesics and its numbered points, or the route
 * found. Nothing for other views, and no line before the geodesic code has loaded.
 */
export function overlayFeatures(view: PanelView, geodesicPath: GeodesicPath | null, route: RouteResult | null): FeatureCollection {
	const features: Feature[] = [];
	if (view.kind === 'measure') {
		const path = measurePath(view);
		if (path.length >= 2 && geodesicPath)
			features.push({ type: 'Feature', properties: { kind: 'measure' }, geometry: { type: 'LineString', coordinates: geodesicPath(path, 20_000) } });
		view.points.forEach((point, i) =>
			features.push({ type: 'Feature', properties: { kind: 'vertex', label: String(i + 1) }, geometry: { type: 'Point', coordinates: point } })
		);
	} else if (view.kind === 'route' && route?.ok) {
		features.push({ type: 'Feature', properties: { kind: 'route' }, geometry: { type: 'LineString', coordinates: route.route.coordinates } });
	}
	return { type: 'FeatureCollection', features };
}

/**
 * The overlay in a few words, for the map's `data-overlay` (the test contract): the kinds of line it
 * draws and its extent in longitude, "measure;139.77,-73.78" (longitudes unwrapped), or "".
 */
export function overlaySummary(overlay: FeatureCollection): string {
	if (!overlay.features.length) return '';
	const lons = overlay.features.flatMap((f) =>
		f.geometry.type === 'LineString' ? f.geometry.coordinates.map((c) => c[0]!) : f.geometry.type === 'Point' ? [f.geometry.coordinates[0]!] : []
	);
	const kinds = overlay.features.filter((f) => f.properties?.kind !== 'vertex').map((f) => f.properties?.kind);
	return `${kinds.join(',')};${Math.min(...lons).toFixed(2)},${Math.max(...lons).toFixed(2)}`;
}
