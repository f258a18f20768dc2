/**
 * Every place of the story as one GeoJSON FeatureCollection (RFC 7946), for download and for anyone
 * with a GIS: points, lines and the Northern Sea Route as the story draws them, and each island
 * or group of islands as the (simplified) polygons of the map's land. Written at build to
 * /geo/places.geojson (src/routes/geo/places.geojson/+server.ts). The map's full-resolution land is
 * /geo/land-region.geojson, with the same island ids.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { ancestors } from '../content/gazetteer';
import { displayName, type Place } from '../content/places';
import { labelPoint } from '../geo/place-features';

export interface PlaceFeatureRecord {
	id: string;
	/** The name the map shows ("Iturup / Etorofu") */
	name: string;
	en: string;
	ru: string | null;
	ja: string | null;
	ja_romaji: string | null;
	kind: Place['kind'];
	description: string;
	/** Administered by Russia and claimed by Japan */
	disputed: boolean;
	/** The groups it belongs to, nearest first */
	part_of: string[];
	/** Where the map puts its name, [lon, lat] */
	label: Position;
	/** For islands and groups: the ids of its polygons in land-region.geojson */
	land_ids: string[] | null;
}

export function placesGeoJson(places: readonly Place[], land: FeatureCollection): FeatureCollection<Geometry, PlaceFeatureRecord> {
	const polygons = new Map<string, Position[][][]>();
	for (const f of land.features) {
		const id = f.properties?.id;
		if (typeof id !== 'string' || id === 'land') continue;
		const g = f.geometry as Polygon | MultiPolygon;
		polygons.set(id, g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
	}
	const features = places.map((place): Feature<Geometry, PlaceFeatureRecord> => {
		const g = place.geometry;
		let geometry: Geometry;
		if (g.type === 'Land') {
			const missing = g.ids.filter((id) => !polygons.has(id));
			if (missing.length) throw new Error(`places.geojson: ${place.id} is drawn from ${missing.join(', ')}, which the land file lacks`);
			const parts = g.ids.flatMap((id) => polygons.get(id)!);
			geometry = parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts };
		} else geometry = g;
		return {
			type: 'Feature',
			id: place.id,
			geometry,
			properties: {
				id: place.id,
				name: displayName(place),
				en: place.names.en,
				ru: place.names.ru ?? null,
				ja: place.names.ja ?? null,
				ja_romaji: place.names.jaRomaji ?? null,
				kind: place.kind,
				description: place.description,
				disputed: place.disputed ?? false,
				part_of: ancestors(place.id),
				label: labelPoint(place),
				land_ids: g.type === 'Land' ? [...g.ids] : null
			}
		};
	});
	return { type: 'FeatureCollection', features };
}
