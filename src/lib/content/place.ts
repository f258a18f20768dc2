/**
 * What a place is: the gazetteer's types (the places themselves are in places.ts and
 * places-more.ts), and the plain coordinate pair every layer shares.
 */
import type { LineString, MultiLineString, MultiPoint, Point, Position } from 'geojson';

/** [longitude, latitude] in degrees, as in GeoJSON. */
export type LonLat = [number, number];

export interface PlaceNames {
	en: string;
	ru?: string;
	ja?: string;
	/** Romanised Japanese, used for the second name of a disputed island ("Iturup / Etorofu") */
	jaRomaji?: string;
}

/** Drawn from polygons of the region's land file with these ids; labelled at `label`. */
export interface LandGeometry {
	type: 'Land';
	ids: string[];
	label: Position;
}

export type PlaceGeometry = Point | MultiPoint | LineString | MultiLineString | LandGeometry;

export type PlaceKind =
	| 'island'
	| 'island-group'
	| 'city'
	| 'energy-site'
	| 'port'
	| 'bridge'
	| 'campus'
	| 'sea-route'
	| 'strait'
	| 'cape'
	/** An islet too small for the map's shoreline data, marked as a point */
	| 'rock'
	| 'site'
	| 'region';

export interface Place {
	id: string;
	names: PlaceNames;
	kind: PlaceKind;
	description: string;
	geometry: PlaceGeometry;
	/** Where the label goes, for a place drawn as several points or a line (default: its first point) */
	label?: Position;
	/** Administered by Russia and claimed by Japan: shown with both names and a neutral note */
	disputed?: boolean;
}
