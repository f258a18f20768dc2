/**
 * What a chapter highlights, split by how the map draws it: land polygons (islands and the
 * members of island groups) and the places' own features (points, lines, labels).
 */
import type { Chapter } from '../content/chapters';
import { landIds, type Place } from '../content/places';

export interface HighlightIds {
	/** ids of polygons in the region's land file */
	land: string[];
	/** ids of features in the places source */
	features: string[];
}

export function highlightIds(chapter: Chapter, places: readonly Place[]): HighlightIds {
	const byId = new Map(places.map((p) => [p.id, p]));
	const land = new Set<string>();
	for (const id of chapter.places) {
		const place = byId.get(id);
		if (place) for (const l of landIds(place)) land.add(l);
	}
	return { land: [...land].sort(), features: [...chapter.places] };
}

export interface FocusIds {
	/** land polygon ids */
	land: string[];
	/** ids of places drawn as lines */
	lines: string[];
	/** ids of places drawn as points (rings go round their label point) */
	points: string[];
}

const LINE_PLACE_KINDS = new Set(['sea-route', 'bridge']);

/** How the map draws a set of places in focus: land, lines and points. Unknown ids are ignored. */
export function focusIds(ids: readonly string[], places: readonly Place[]): FocusIds {
	const byId = new Map(places.map((p) => [p.id, p]));
	const land = new Set<string>();
	const lines: string[] = [];
	const points: string[] = [];
	for (const id of new Set(ids)) {
		const place = byId.get(id);
		if (!place) continue;
		if (place.geometry.type === 'Land') for (const l of landIds(place)) land.add(l);
		else if (LINE_PLACE_KINDS.has(place.kind)) lines.push(id);
		else points.push(id);
	}
	return { land: [...land].sort(), lines: lines.sort(), points: points.sort() };
}
