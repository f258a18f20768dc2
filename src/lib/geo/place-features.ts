/**
 * The gazetteer as GeoJSON for the map: label points for islands and island groups, and the
 * points and lines of everything else. Pure: no MapLibre here.
 */
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { displayName, type Place, type PlaceKind } from '../content/places';

/** How prominent a label is: lower shows from further out. */
export type LabelRank = 1 | 2 | 3 | 4;

export interface PlaceFeatureProperties {
	id: string;
	kind: PlaceKind;
	/** First label line: the display name ("Iturup / Etorofu") */
	name: string;
	/** Second label line: the Russian and Japanese names, where known */
	localNames: string;
	disputed: boolean;
	rank: LabelRank;
}

/** The Russian and Japanese names of a place, joined for a label's second line. */
export function localNames(place: Place): string {
	return [place.names.ru, place.names.ja].filter(Boolean).join(' · ');
}

function rankOf(place: Place): LabelRank {
	if (place.kind === 'island-group') return place.id === 'kuril-islands' ? 1 : 2;
	if (place.kind !== 'island') return 2;
	if (place.id === 'sakhalin' || place.id === 'hokkaido') return 1;
	if (place.id === 'iturup' || place.id === 'kunashir' || place.id === 'shikotan') return 2;
	if (place.id === 'russky' || place.id === 'urup' || place.id === 'paramushir') return 3;
	return 4;
}

function properties(place: Place): PlaceFeatureProperties {
	return {
		id: place.id,
		kind: place.kind,
		name: displayName(place),
		localNames: localNames(place),
		disputed: place.disputed ?? false,
		rank: rankOf(place)
	};
}

/** Where a place's one label goes. */
export function labelPoint(place: Place): Position {
	const g = place.geometry;
	if (place.label) return place.label;
	switch (g.type) {
		case 'Land':
			return g.label;
		case 'Point':
			return g.coordinates;
		case 'MultiPoint':
		case 'LineString':
			return g.coordinates[0]!;
		case 'MultiLineString':
			return g.coordinates[0]![0]!;
	}
}

/** The points and lines of places that carry their own geometry (islands are drawn from land). */
export function placeFeatures(
	places: readonly Place[]
): FeatureCollection<Geometry, PlaceFeatureProperties> {
	const features: Feature<Geometry, PlaceFeatureProperties>[] = [];
	for (const place of places) {
		if (place.geometry.type === 'Land') continue;
		features.push({ type: 'Feature', geometry: place.geometry, properties: properties(place) });
	}
	return { type: 'FeatureCollection', features };
}

/** One label point per place, so a place drawn as several points or a line is named once. */
export function labelFeatures(places: readonly Place[]): FeatureCollection<Point, PlaceFeatureProperties> {
	return {
		type: 'FeatureCollection',
		features: places.map((place) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: labelPoint(place) },
			properties: properties(place)
		}))
	};
}

/**
 * The same features, those of the `first` places (a chapter's own) with `first: true` in their
 * properties; `key` is the property that names a feature's place.
 */
export function markFirst<F extends FeatureCollection>(collection: F, first: readonly string[], key = 'id'): F {
	const ids = new Set(first);
	return {
		...collection,
		features: collection.features.map((f) => (ids.has(String(f.properties?.[key])) ? { ...f, properties: { ...f.properties, first: true } } : f))
	};
}
