/**
 * Build-time checks of the story's geography: a lane a ship follows (a sea-route place) stays off
 * the map's land, and each border line belongs to an event of the timeline. Each problem names the
 * file and the place.
 */
import { landCrossing, type Land } from '../geo/land';
import type { LonLat } from '../geo/format';
import { unwrapLongitudes } from '../geo/longitude';
import { BORDERS_FILE, type BorderLine } from '../content/borders';
import type { Place } from '../content/places';

/** The parts of a place's line, as lines (a MultiLineString split at 180° is joined back across it). */
function lanes(place: Place): LonLat[][] {
	const g = place.geometry;
	if (g.type === 'LineString') return [g.coordinates as LonLat[]];
	if (g.type === 'MultiLineString') return [unwrapLongitudes(g.coordinates.flat() as LonLat[])];
	return [];
}

export function geographyProblems(places: readonly Place[], borders: readonly BorderLine[], eventIds: ReadonlySet<string>, land: Land | null, placesFile: string): string[] {
	const problems: string[] = [];
	if (land)
		for (const place of places.filter((p) => p.kind === 'sea-route'))
			for (const lane of lanes(place)) {
				const at = landCrossing(lane, land);
				if (at) problems.push(`${placesFile}: the sea route "${place.id}" crosses the map's land at [${at.join(', ')}]; a lane a ship follows must stay at sea`);
			}
	const ids = new Set<string>();
	for (const b of borders) {
		if (ids.has(b.id)) problems.push(`${BORDERS_FILE}: the border id "${b.id}" is used twice`);
		ids.add(b.id);
		if (!eventIds.has(b.event)) problems.push(`${BORDERS_FILE}: border "${b.id}" is drawn by the event "${b.event}", which is not in src/lib/content/events.ts`);
		if (!b.parts.length || b.parts.some((p) => p.length < 2)) problems.push(`${BORDERS_FILE}: border "${b.id}" needs lines of two points or more`);
	}
	return problems;
}
