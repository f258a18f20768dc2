/**
 * The map's key for a chapter: what each colour, line and mark on its map means, and only what the
 * chapter's map shows. Pure (the component MapLegend.svelte draws it), so it is unit-tested.
 */
import { layerVisibility, type ChapterOutline } from '../content/chapters';
import { ancestors, descendants } from '../content/gazetteer';
import { getPlace } from '../content/places';
import { colors } from './layers/define';

export type Swatch =
	| { kind: 'fill'; fill: string; stroke: string; dash?: boolean }
	| { kind: 'line'; color: string; width: number; dash?: boolean }
	| { kind: 'dot'; fill: string; stroke: string; radius: number };

export type KeyId =
	| 'highlight'
	| 'disputed'
	| 'sea-route'
	| 'routes'
	| 'distance'
	| 'treaty-borders'
	| 'energy-sites'
	| 'events'
	| 'places'
	| 'borders'
	| 'water';

export interface KeyItem {
	id: KeyId;
	/** What it means, in words a screen reader reads as they are */
	label: string;
	swatch: Swatch;
	/** A second swatch on the same line (the two measured routes) */
	swatch2?: Swatch;
}

/** Whether any of the chapter's places is a disputed island, contains one or lies in one. */
function showsDisputed(chapter: ChapterOutline): boolean {
	return chapter.places.some((id) =>
		[id, ...descendants(id), ...ancestors(id)].some((other) => getPlace(other)?.disputed === true)
	);
}

/** The key's items, in the order they are listed; `events`: the map shows the timeline's markers. */
export function legendItems(chapter: ChapterOutline, { events }: { events: boolean }): KeyItem[] {
	const layers = layerVisibility(chapter);
	const items: KeyItem[] = [];
	if (chapter.places.length)
		items.push({
			id: 'highlight',
			label: 'The places this chapter is about',
			swatch: { kind: 'fill', fill: colors.highlight, stroke: colors.highlightLine }
		});
	if (showsDisputed(chapter))
		items.push({
			id: 'disputed',
			label: 'Disputed islands: administered by Russia, claimed by Japan. Names: the Russian-derived form first, then the Japanese, a fixed order that takes no side',
			swatch: { kind: 'fill', fill: colors.land, stroke: colors.disputedLine, dash: true }
		});
	if (layers['sea-route'])
		items.push({ id: 'sea-route', label: 'The Northern Sea Route', swatch: { kind: 'line', color: colors.route, width: 3 } });
	if (chapter.routeComparison)
		items.push({
			id: 'routes',
			label: 'Sea routes measured on the shipping-lane network: by the Northern Sea Route (blue) and via the Suez Canal (red)',
			swatch: { kind: 'line', color: colors.route, width: 3 },
			swatch2: { kind: 'line', color: colors.suezRoute, width: 3 }
		});
	if (chapter.distances?.length)
		items.push({
			id: 'distance',
			label: 'Shortest distance between two places, measured on the map’s data (its shorelines, or a point where a place is marked as one)',
			swatch: { kind: 'line', color: colors.label, width: 2, dash: true }
		});
	if (layers['treaty-borders'])
		items.push({
			id: 'treaty-borders',
			label: 'Lines of the settlements, with their years: dashed, the most recent shown solid. The line of 1945, where it is shown, is where Soviet, then Russian, administration has met Japanese since 1945; no treaty draws it',
			swatch: { kind: 'line', color: colors.treatyBorder, width: 2, dash: true }
		});
	if (layers['energy-sites'])
		items.push({ id: 'energy-sites', label: 'Oil and gas projects', swatch: { kind: 'dot', fill: colors.route, stroke: '#ffffff', radius: 5 } });
	if (events)
		items.push({ id: 'events', label: 'Where an event on the timeline happened (its year beside the name)', swatch: { kind: 'dot', fill: colors.event, stroke: '#ffffff', radius: 6 } });
	items.push({ id: 'places', label: 'Other places the documents name (select one for its passages)', swatch: { kind: 'dot', fill: colors.point, stroke: '#ffffff', radius: 3.5 } });
	if (layers.borders)
		items.push({ id: 'borders', label: 'Land borders between countries (Natural Earth: the lines as they are controlled on the ground, not a view on any dispute)', swatch: { kind: 'line', color: colors.border, width: 1, dash: true } });
	items.push({ id: 'water', label: 'Sea, lakes and rivers (coastline data: GSHHG)', swatch: { kind: 'fill', fill: colors.sea, stroke: colors.river } });
	return items;
}
