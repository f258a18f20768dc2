/**
 * Where the story's map should be: the active chapter's camera, unless the reader asked it to show
 * something else by opening a view (a place, the ruler's points, the route found). Pure: the map's
 * camera director (map/CameraDirector.svelte) does the flying.
 */
import type { Camera, ChapterOutline } from '../content/chapters';
import type { PlaceKind } from '../content/places';
import type { LonLat } from '../geo/format';
import { normalizeLongitude, unwrapLongitudes } from '../geo/longitude';
import type { RouteResult } from '../geo/routing';
import type { PanelView } from './panel';

/** [west, south, east, north] in degrees; east may exceed 180 for bounds across the 180° meridian */
export type Bounds = [number, number, number, number];

export type Projection = 'mercator' | 'globe';

/**
 * What the reader asked the map to show by opening something: a place, the ruler's points, the
 * route found, the places the search results name, the places of an event's card.
 */
export type Fit =
	| { kind: 'place'; id: string }
	| { kind: 'points'; points: LonLat[] }
	| { kind: 'route' }
	| { kind: 'search' }
	| { kind: 'event'; id: string };

/**
 * Why a view is being shown: opened in the page, picked on the map, read from the address the page
 * loaded with, or from the address after Back or Forward.
 */
export type Opening = 'page' | 'map' | 'load' | 'address';

export type CameraTarget =
	| { kind: 'chapter'; camera: Camera; projection: Projection }
	/** Show these bounds, no closer than `maxZoom`, in the chapter's projection */
	| { kind: 'bounds'; bounds: Bounds; maxZoom: number; projection: Projection }
	/** Something across half the world: the whole globe, centred on it */
	| { kind: 'globe'; center: LonLat };

/** The closest the map comes to the places a search or an event names */
export const NAMED_MAX_ZOOM = 5;

/** Bounds this wide (degrees of longitude) or wider are shown on the globe, where the Arctic is its true size. */
export const GLOBE_WIDTH = 120;

/**
 * The fit after showing `next` in place of `previous`. A place picked on the map keeps the map
 * where it is; the ruler fits its points only when it opens (not as points are added); the route
 * tool fits whatever route it finds; search fits the places its results name; the list gives the
 * map back to the chapter.
 */
export function fitAfter(previous: PanelView, next: PanelView, current: Fit | null, opening: Opening): Fit | null {
	switch (next.kind) {
		case 'place':
			return opening === 'map' ? current : { kind: 'place', id: next.id };
		case 'measure':
			if (!next.points.length || (previous.kind === 'measure' && opening !== 'address' && opening !== 'load')) return current;
			return { kind: 'points', points: next.points };
		case 'route':
			return { kind: 'route' };
		case 'search':
			return { kind: 'search' };
		default:
			return null;
	}
}

/** The bounds of some points, taking the short way across the 180° meridian; null for none. */
export function boundsOf(points: readonly LonLat[]): Bounds | null {
	if (!points.length) return null;
	const unwrapped = unwrapLongitudes(points);
	const lons = unwrapped.map(([lon]) => lon);
	const lats = unwrapped.map(([, lat]) => lat);
	return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** A place drawn as a point has no extent: how close to come to a place of each kind. */
export function fitMaxZoom(kind: PlaceKind | undefined): number {
	if (kind === 'region') return 3;
	if (kind === 'sea-route' || kind === 'island-group') return 6;
	if (kind === 'island') return 9;
	return 7;
}

/** The camera target for a chapter alone. */
export function chapterTarget(chapter: ChapterOutline): CameraTarget {
	return { kind: 'chapter', camera: chapter.camera, projection: chapter.projection ?? 'mercator' };
}

/** Bounds as a target: on the globe when they span half the world, else fitted in the chapter's projection. */
export function boundsTarget(bounds: Bounds, maxZoom: number, projection: Projection): CameraTarget {
	const [w, s, e, n] = bounds;
	if (e - w >= GLOBE_WIDTH) return { kind: 'globe', center: [normalizeLongitude((w + e) / 2), Math.max(-60, Math.min(70, (s + n) / 2))] };
	return { kind: 'bounds', bounds, maxZoom, projection };
}

export interface FitData {
	/** Each place's bounds (from the loaded corpus), or null before it has loaded */
	placeBounds: Record<string, Bounds> | null;
	placeKind: (id: string) => PlaceKind | undefined;
	route: RouteResult | null;
	/** The places the search results name */
	searchPlaces: readonly string[];
	/** The places an event's card names */
	eventPlaces: (id: string) => readonly string[];
}

/** The bounds of several places together; null when none of them has loaded bounds. */
export function placesBounds(ids: readonly string[], bounds: Record<string, Bounds> | null): Bounds | null {
	const corners = [...new Set(ids)].flatMap((id): LonLat[] => {
		const b = bounds?.[id];
		return b ? [[b[0], b[1]], [b[2], b[3]]] : [];
	});
	return boundsOf(corners);
}

/**
 * Where the map should be, or null to stay where it is (a place whose bounds have not loaded yet,
 * a route not yet found). A search or an event that names no place leaves the map at the chapter.
 */
export function cameraTarget(chapter: ChapterOutline, fit: Fit | null, data: FitData): CameraTarget | null {
	const projection = chapter.projection ?? 'mercator';
	switch (fit?.kind) {
		case undefined:
			return chapterTarget(chapter);
		case 'place': {
			const bounds = data.placeBounds?.[fit.id];
			return bounds ? boundsTarget(bounds, fitMaxZoom(data.placeKind(fit.id)), projection) : null;
		}
		case 'points': {
			const bounds = boundsOf(fit.points);
			return bounds && boundsTarget(bounds, fitMaxZoom(undefined), projection);
		}
		case 'route': {
			const bounds = data.route?.ok ? boundsOf(data.route.route.coordinates) : null;
			return bounds && boundsTarget(bounds, fitMaxZoom(undefined), projection);
		}
		case 'search':
		case 'event': {
			const ids = [...new Set(fit.kind === 'search' ? data.searchPlaces : data.eventPlaces(fit.id))];
			if (!ids.length) return chapterTarget(chapter);
			const bounds = placesBounds(ids, data.placeBounds);
			// No closer than a region's view: what a search or an event names is shown among its neighbours.
			const closest = Math.min(NAMED_MAX_ZOOM, ids.length === 1 ? fitMaxZoom(data.placeKind(ids[0]!)) : fitMaxZoom(undefined));
			return bounds && boundsTarget(bounds, closest, projection);
		}
	}
}

/** A key that is equal for targets that put the map in the same place, so the map does not fly twice. */
export function targetKey(target: CameraTarget): string {
	switch (target.kind) {
		case 'chapter':
			return `chapter:${JSON.stringify(target.camera)}:${target.projection}`;
		case 'bounds':
			return `bounds:${target.bounds.join(',')}:${target.maxZoom}:${target.projection}`;
		case 'globe':
			return `globe:${target.center.join(',')}`;
	}
}
