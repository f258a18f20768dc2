/**
 * How the map marks places: what a chapter highlights (amber) and what the panel marks (the open
 * place in blue, the places a passage, the search results or the open event name in purple), as
 * the ids of each set of marks in each source (its marks layers draw only those: layers/), and the
 * labels' feature state. Layers that draw nothing while their set is empty cost nothing to draw,
 * where a layer drawing every feature transparent would cost every frame. Pure.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ChapterOutline } from '../content/chapters';
import { landIds, type Place } from '../content/places';
import { normalizeLongitude } from '../geo/longitude';
import { labelFeatures, type PlaceFeatureProperties } from '../geo/place-features';
import type { Marks } from './layers/define';

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
export function chapterMarks(chapter: ChapterOutline): MapMarks {
	return { highlighted: chapter.places, sketchSeaRoute: !chapter.routeComparison, selected: null, named: [] };
}

/** Kinds of place drawn as lines; the rest of the places that are not islands are points. */
const LINE_KINDS = new Set(['sea-route', 'bridge']);

/** A label's state on the map: its place is one the chapter highlights. */
export interface LabelState {
	highlight: boolean;
}

const isPoint = (place: Place) => place.geometry.type !== 'Land' && !LINE_KINDS.has(place.kind);
const selectedOf = (marks: MapMarks) => (marks.selected ? [marks.selected] : []);

/** The region's land polygons in each set of marks: islands, and the members of island groups. */
export function landMarks(places: readonly Place[], marks: MapMarks): Marks {
	const byId = new Map(places.map((p) => [p.id, p]));
	const land = (ids: readonly string[]) => [...new Set(ids.flatMap((id) => (byId.get(id) ? landIds(byId.get(id)!) : [])))].sort();
	return { highlight: land(marks.highlighted), named: land(marks.named), selected: land(selectedOf(marks)) };
}

/**
 * The places' own points and lines in each set of marks: the chapter's highlights (not the sketched
 * sea lane in a chapter that draws measured routes), and the marked lines (a marked point is
 * ringed at its label instead).
 */
export function placeMarks(places: readonly Place[], marks: MapMarks): Marks {
	const byId = new Map(places.map((p) => [p.id, p]));
	const own = (id: string) => byId.get(id)?.geometry.type !== 'Land';
	const line = (id: string) => LINE_KINDS.has(byId.get(id)?.kind ?? '');
	return {
		highlight: marks.highlighted.filter((id) => own(id) && (byId.get(id)?.kind !== 'sea-route' || marks.sketchSeaRoute)),
		named: marks.named.filter(line),
		selected: selectedOf(marks).filter(line)
	};
}

/** The labels in each set of marks: the marked point places, ringed. */
export function labelMarks(places: readonly Place[], marks: MapMarks): Marks {
	const points = new Set(places.filter(isPoint).map((p) => p.id));
	return { highlight: [], named: marks.named.filter((id) => points.has(id)), selected: selectedOf(marks).filter((id) => points.has(id)) };
}

/** The feature state of the labels: the names of the places a chapter highlights are darker. */
export function labelStates(marks: MapMarks): Map<string, LabelState> {
	return new Map(marks.highlighted.map((id) => [id, { highlight: true }]));
}

/**
 * One label per place, with the years of the timeline's events shown there ("1956 · 2003") after
 * its name; the places the chapter highlights are marked `first`, so that where labels collide
 * theirs are placed before the others.
 */
export function labelsWithYears(
	places: readonly Place[],
	years: ReadonlyMap<string, string>,
	first: readonly string[] = [],
	centre?: number
): FeatureCollection<Point, LabelProperties> {
	const firsts = new Set(first);
	const features = labelFeatures(places).features.map((f): Feature<Point, LabelProperties> => {
		const y = years.get(f.properties.id);
		const east = centre !== undefined && normalizeLongitude(f.geometry.coordinates[0]! - centre) > 0;
		const properties: LabelProperties = {
			...f.properties,
			...(y && { years: y }),
			...(firsts.has(f.properties.id) && { first: true }),
			...(east && { east: true })
		};
		return { ...f, properties };
	});
	return { type: 'FeatureCollection', features };
}

export interface LabelProperties extends PlaceFeatureProperties {
	/** The years of the events shown here, after the name */
	years?: string;
	/** A place the chapter highlights: its label is placed first */
	first?: boolean;
	/** East of the chapter's centre: its name goes first to the west of its point, towards the middle of the map */
	east?: boolean;
}
