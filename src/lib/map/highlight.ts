/**
 * How the map marks places: what a chapter highlights (amber) and what the panel marks (the open
 * place in blue, the places a passage, the search results or the open event name in purple), as
 * the feature states of the land polygons, the places' own points and lines, and their labels.
 * Changing a state repaints a feature without laying the map out again. Pure: the map's layers
 * (layers/) read these states.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Chapter } from '../content/chapters';
import { landIds, type Place } from '../content/places';
import { labelFeatures, type PlaceFeatureProperties } from '../geo/place-features';

/** 'selected': the place open in the panel; 'named': named by a passage, the search results or the open event; '' neither */
export type Mark = 'selected' | 'named' | '';

export interface MapMarks {
	/** Places the chapter highlights */
	highlighted: readonly string[];
	/** A chapter that draws measured sea routes does not also highlight the gazetteer's sketch of the lane */
	sketchSeaRoute: boolean;
	/** The place open in the panel */
	selected: string | null;
	/** Places a hovered passage, the search results or the open event name */
	named: readonly string[];
}

/** A chapter's highlights, with nothing marked. */
export function chapterMarks(chapter: Chapter): MapMarks {
	return { highlighted: chapter.places, sketchSeaRoute: !chapter.routeComparison, selected: null, named: [] };
}

/** Kinds of place drawn as lines; the rest of the places that are not islands are points. */
const LINE_KINDS = new Set(['sea-route', 'bridge']);

/** A feature's state on the map: highlighted by the chapter, and marked by the panel. */
export interface MarkState {
	highlight: boolean;
	mark: Mark;
}

/** The feature state of every land polygon a mark touches (islands, and the members of island groups). */
export function landStates(places: readonly Place[], marks: MapMarks): Map<string, MarkState> {
	const byId = new Map(places.map((p) => [p.id, p]));
	const land = (ids: readonly (string | null)[]) => new Set(ids.flatMap((id) => (id && byId.get(id) ? landIds(byId.get(id)!) : [])));
	const highlighted = land(marks.highlighted);
	const selected = land([marks.selected]);
	const named = land(marks.named);
	const states = new Map<string, MarkState>();
	for (const id of new Set([...highlighted, ...selected, ...named]))
		states.set(id, { highlight: highlighted.has(id), mark: selected.has(id) ? 'selected' : named.has(id) ? 'named' : '' });
	return states;
}

function markOf(id: string, marks: MapMarks): Mark {
	return id === marks.selected ? 'selected' : marks.named.includes(id) ? 'named' : '';
}

/** The feature state of the places' own points and lines: highlighted, and marked (lines only; a point is ringed at its label). */
export function placeStates(places: readonly Place[], marks: MapMarks): Map<string, MarkState> {
	const highlighted = new Set(marks.highlighted);
	const states = new Map<string, MarkState>();
	for (const place of places) {
		if (place.geometry.type === 'Land') continue;
		const highlight = highlighted.has(place.id) && (place.kind !== 'sea-route' || marks.sketchSeaRoute);
		const mark = LINE_KINDS.has(place.kind) ? markOf(place.id, marks) : '';
		if (highlight || mark) states.set(place.id, { highlight, mark });
	}
	return states;
}

/** The feature state of the places' labels: highlighted names darker, a ring round a marked point place. */
export function labelStates(places: readonly Place[], marks: MapMarks): Map<string, MarkState> {
	const highlighted = new Set(marks.highlighted);
	const states = new Map<string, MarkState>();
	for (const place of places) {
		const isPoint = place.geometry.type !== 'Land' && !LINE_KINDS.has(place.kind);
		const highlight = highlighted.has(place.id);
		const mark = isPoint ? markOf(place.id, marks) : '';
		if (highlight || mark) states.set(place.id, { highlight, mark });
	}
	return states;
}

/** One label per place, with the years of the timeline's events shown there ("1956 · 2003") after its name. */
export function labelsWithYears(places: readonly Place[], years: ReadonlyMap<string, string>): FeatureCollection<Point, LabelProperties> {
	const features = labelFeatures(places).features.map((f): Feature<Point, LabelProperties> => {
		const y = years.get(f.properties.id);
		return y ? { ...f, properties: { ...f.properties, years: y } } : f;
	});
	return { type: 'FeatureCollection', features };
}

export interface LabelProperties extends PlaceFeatureProperties {
	/** The years of the events shown here, after the name */
	years?: string;
}
