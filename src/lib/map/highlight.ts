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
