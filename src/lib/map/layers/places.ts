/**
 * The gazetteer's own points and lines (cities, ports, energy sites, bridges, the sea lane), and
 * those a chapter highlights and the panel marks (each such layer draws one set of marks).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { colors, layer, type StoryLayer } from './define';
import { dotLayout, dotName } from './dots';
import { SOURCE } from './ids';

const isKind = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];

/** Kinds of place drawn as lines; every other place in the places source is a point. */
export const LINE_KINDS = ['sea-route', 'bridge'];

/** Kinds of place drawn as a dot (energy sites have dots of their own) */
export const DOT_KINDS = ['city', 'port', 'campus', 'cape', 'strait', 'site', 'rock'];

const pointDot = dotName({ radius: 3.5, fill: colors.point, stroke: '#ffffff', width: 1.2 });

/**
 * The points' dots, icons (dots.ts): the chapter's own places' above the names, placed before
 * them; the other places' placed after the chapter's names, giving way to them (cooperative:
 * drawn over other dots, never over those names).
 */
function pointLayer(id: 'points' | 'points-other'): StoryLayer {
	const own: ExpressionSpecification = ['has', 'first'];
	return layer(
		{
			id,
			type: 'symbol',
			source: SOURCE.places,
			filter: ['all', isKind(...DOT_KINDS), id === 'points' ? own : ['!', own]],
			layout: { ...dotLayout(pointDot), ...(id === 'points-other' && { 'icon-overlap': 'cooperative' as const }) }
		},
		{ pickable: true }
	);
}

export const PLACE_LAYERS: StoryLayer[] = [
	layer(
		{
			id: 'sea-route-casing',
			type: 'line',
			source: SOURCE.places,
			filter: isKind('sea-route'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': '#ffffff', 'line-width': 6, 'line-opacity': 0.8 }
		},
		{ group: 'sea-route' }
	),
	layer(
		{
			id: 'sea-route',
			type: 'line',
			source: SOURCE.places,
			filter: isKind('sea-route'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': colors.route, 'line-width': 3 }
		},
		{ group: 'sea-route', pickable: true }
	),
	layer(
		{
			id: 'bridges',
			type: 'line',
			source: SOURCE.places,
			filter: isKind('bridge'),
			layout: { 'line-cap': 'round' },
			paint: { 'line-color': colors.point, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 12, 4] }
		},
		{ pickable: true }
	),
	layer(
		{
			id: 'line-highlight',
			type: 'line',
			source: SOURCE.places,
			filter: isKind(...LINE_KINDS),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': colors.highlightLine, 'line-width': 4 }
		},
		{ marks: 'highlight' }
	),
	layer(
		{
			id: 'point-highlight',
			type: 'circle',
			source: SOURCE.places,
			filter: ['!', isKind(...LINE_KINDS)],
			paint: { 'circle-radius': 7, 'circle-color': colors.highlight, 'circle-stroke-color': colors.highlightLine, 'circle-stroke-width': 2 }
		},
		{ marks: 'highlight' }
	),
	...(['named', 'selected'] as const).map((set) =>
		layer(
			{
				id: set === 'named' ? 'mark-line' : 'select-line',
				type: 'line',
				source: SOURCE.places,
				filter: isKind(...LINE_KINDS),
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: { 'line-color': set === 'named' ? colors.emphasis : colors.selected, 'line-width': 5, 'line-opacity': 0.85 }
			},
			{ marks: set }
		)
	),
	pointLayer('points-other'),
	// Dots are icons above the labels, so labels make room for them (dots.ts).
	layer(
		{
			id: 'energy-sites',
			type: 'symbol',
			source: SOURCE.places,
			filter: isKind('energy-site'),
			layout: dotLayout(dotName({ radius: 5, fill: colors.route, stroke: '#ffffff', width: 1.5 }))
		},
		{ group: 'energy-sites', pickable: true }
	),
	pointLayer('points')
];
