/**
 * What is drawn over the places: a chapter's measured sea routes and distances, the ruler's or the
 * route tool's lines, and the timeline's event markers. Each is its own source, set with its data.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { dotLayout, dotName } from './dots';
import { colors, FONT, layer, type StoryLayer } from './define';
import { SOURCE, type LayerId, type SourceId } from './ids';

/** A white casing under a source's lines, so they read over land and sea alike. */
function casing(id: LayerId, source: SourceId, width: number, opacity: number, filter?: ExpressionSpecification): StoryLayer {
	return layer({
		id,
		type: 'line',
		source,
		...(filter && { filter }),
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: { 'line-color': '#ffffff', 'line-width': width, 'line-opacity': opacity }
	});
}

export const ROUTE_LAYERS: StoryLayer[] = [
	casing('routes-casing', SOURCE.routes, 5.5, 0.85),
	layer({
		id: 'routes',
		type: 'line',
		source: SOURCE.routes,
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: { 'line-color': ['match', ['get', 'route'], 'suez', colors.suezRoute, colors.route], 'line-width': 3 }
	})
];

export const DISTANCE_LAYERS: StoryLayer[] = [
	layer({
		id: 'distance-line',
		type: 'line',
		source: SOURCE.distances,
		filter: ['==', ['get', 'kind'], 'line'],
		paint: { 'line-color': colors.label, 'line-width': 2, 'line-dasharray': [1, 1] }
	}),
	layer({
		id: 'distance-label',
		type: 'symbol',
		source: SOURCE.distances,
		filter: ['==', ['get', 'kind'], 'label'],
		layout: { 'text-field': ['get', 'text'], 'text-font': [FONT], 'text-size': 13, 'text-offset': [0, -1], 'text-allow-overlap': true },
		paint: { 'text-color': colors.label, 'text-halo-color': '#ffffff', 'text-halo-width': 2 }
	})
];

export const OVERLAY_LAYERS: StoryLayer[] = [
	casing('overlay-casing', SOURCE.overlay, 6, 0.9, ['==', ['geometry-type'], 'LineString']),
	layer({
		id: 'overlay-route',
		type: 'line',
		source: SOURCE.overlay,
		filter: ['==', ['get', 'kind'], 'route'],
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: { 'line-color': colors.route, 'line-width': 3 }
	}),
	layer({
		id: 'overlay-measure',
		type: 'line',
		source: SOURCE.overlay,
		filter: ['==', ['get', 'kind'], 'measure'],
		layout: { 'line-join': 'round' },
		paint: { 'line-color': colors.selected, 'line-width': 3, 'line-dasharray': [2, 1] }
	}),
	layer({
		id: 'overlay-vertex',
		type: 'circle',
		source: SOURCE.overlay,
		filter: ['==', ['get', 'kind'], 'vertex'],
		paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-stroke-color': colors.selected, 'circle-stroke-width': 2.5 }
	})
];

/** The timeline's events in the span shown: a marker per place (its label gives the years). */
const markerImage: ExpressionSpecification = [
	'case',
	['get', 'selected'],
	dotName({ radius: 8, fill: '#b04e26', stroke: '#ffffff', width: 2 }),
	dotName({ radius: 6, fill: colors.event, stroke: '#ffffff', width: 2 })
];
const atChapterPlace: ExpressionSpecification = ['to-boolean', ['get', 'first']];

/**
 * The timeline's markers, icons above the labels (dots.ts) so that names make room for them. The
 * markers at the chapter's own places are placed first of all; the others after the chapter's own
 * names, giving way to them (cooperative: drawn over dots and one another, never over those names).
 */
export const EVENT_LAYERS: StoryLayer[] = [
	layer(
		{
			id: 'event-markers-other',
			type: 'symbol',
			source: SOURCE.events,
			filter: ['!', atChapterPlace],
			layout: { ...dotLayout(markerImage), 'icon-overlap': 'cooperative' }
		},
		{ pickable: true }
	),
	layer({ id: 'event-markers', type: 'symbol', source: SOURCE.events, filter: atChapterPlace, layout: dotLayout(markerImage) }, { pickable: true })
];

/**
 * Invisible icons along the map's edges and over what covers it (its toolbar, its controls): placed
 * before any label, they keep every name whole and in view, moved to another of its anchors or,
 * with no room, left out.
 */
export const EDGE_GUARD_LAYERS: StoryLayer[] = [
	layer({
		id: 'edge-guard',
		type: 'symbol',
		source: SOURCE.edgeGuard,
		layout: dotLayout(dotName({ radius: 6, fill: '#ffffff', stroke: '#ffffff', width: 0 })),
		paint: { 'icon-opacity': 0 }
	})
];
