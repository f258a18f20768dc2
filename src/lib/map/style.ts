/**
 * The map's style: an offline basemap (land, coasts, borders from static/geo), the gazetteer's
 * places, and the highlight layers a chapter drives. Labels are drawn locally from self-hosted
 * fonts (no `glyphs` URL; `font-faces` binds the font name to files in static/fonts).
 */
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	FillLayerSpecification,
	LayerSpecification,
	LineLayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { LayerGroup } from '../content/chapters';
import type { Place } from '../content/places';
import fontFaces from './font-faces.json';
import { labelFeatures, placeFeatures } from './features';

export const FONT = 'Noto Sans Regular';
export const ATTRIBUTION = '© OpenStreetMap contributors (ODbL) · Natural Earth';

export const colors = {
	sea: '#c9dfe8',
	land: '#f4f1ea',
	coast: '#8ea3a8',
	border: '#9c8a7a',
	highlight: '#f0b64a',
	highlightLine: '#b4690e',
	/** The place open in the panel */
	selected: '#1a5fb4',
	/** Places named by the passage under the pointer, or by search results */
	emphasis: '#7a3e9d',
	disputedLine: '#7a4a9a',
	route: '#1f5f8b',
	suezRoute: '#a23b2a',
	label: '#1f2a30',
	labelHalo: '#ffffffd9',
	point: '#3a4a52'
} as const;

/** Which style layers each chapter-switchable group owns. */
export const LAYER_GROUPS: Record<LayerGroup, string[]> = {
	borders: ['borders'],
	'island-labels': ['labels-groups', 'labels-islands-2', 'labels-islands-3', 'labels-islands-4', 'labels-sakhalin'],
	'place-labels': ['labels-places', 'labels-regions'],
	'sea-route': ['sea-route-casing', 'sea-route', 'labels-sea-route'],
	'energy-sites': ['energy-sites', 'labels-energy']
};

const nothing: ExpressionSpecification = ['in', ['get', 'id'], ['literal', []]];

/** A filter matching features whose `id` property is one of `ids`. */
export function idFilter(ids: readonly string[]): ExpressionSpecification {
	return ['in', ['get', 'id'], ['literal', [...ids]]];
}

/** A filter matching features of these kinds. */
export const isKind = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];

/** Kinds of place drawn as lines; every other place in the places source is a point. */
export const LINE_KINDS = ['sea-route', 'bridge'];

/** The timeline's colour: event markers, and the years of the events shown at a place. */
export const EVENT_COLOR = '#2d2a6e';

/**
 * A place's label: its name, its Russian and Japanese names and, when the timeline shows events
 * there, their years after the name (part of the label, so they never collide with it, and on the
 * name's line, so the label grows no taller than it was).
 */
const labelText: ExpressionSpecification = [
	'case',
	['has', 'years'],
	['format', ['get', 'name'], {}, ' ', {}, ['get', 'years'], { 'font-scale': 0.88, 'text-color': EVENT_COLOR }, '\n', {}, ['get', 'localNames'], { 'font-scale': 0.82 }],
	['format', ['get', 'name'], {}, '\n', {}, ['get', 'localNames'], { 'font-scale': 0.82 }]
];

/** The places' label points, with the years of the events shown at each (place id → "1956 · 2003"). */
export function labelsWithYears(places: readonly Place[], years: ReadonlyMap<string, string>) {
	const labels = labelFeatures(places);
	for (const f of labels.features) {
		const y = years.get(f.properties.id);
		if (y) (f.properties as typeof f.properties & { years?: string }).years = y;
	}
	return labels;
}

function labelLayer(
	id: string,
	filter: ExpressionSpecification,
	minzoom: number,
	size: number,
	maxzoom = 24
): SymbolLayerSpecification {
	return {
		id,
		type: 'symbol',
		source: 'labels',
		minzoom,
		maxzoom,
		filter,
		layout: {
			'text-field': labelText,
			'text-font': [FONT],
			'text-size': size,
			'text-max-width': 24,
			'text-line-height': 1.15,
			'text-padding': 2
		} satisfies SymbolLayerSpecification['layout'],
		paint: {
			'text-color': colors.label,
			'text-halo-blur': 0.5,
			'text-halo-color': colors.labelHalo,
			'text-halo-width': 1.4
		} satisfies SymbolLayerSpecification['paint']
	};
}

/** Regions (the Russian Far East, Siberia) are named, not drawn: spaced capitals over the land. */
function regionLabels(): SymbolLayerSpecification {
	const layer = labelLayer('labels-regions', isKind('region'), 1.5, 12, 6);
	layer.layout = {
		...layer.layout,
		'text-field': ['upcase', ['get', 'name']],
		'text-letter-spacing': 0.25,
		'text-size': 13
	};
	layer.paint = { ...layer.paint, 'text-color': '#6d5c4a' };
	return layer;
}

/** The timeline's events in the span shown: a marker per place (its label gives the years). */
function eventLayers(): LayerSpecification[] {
	return [
		{
			id: 'event-markers',
			type: 'circle',
			source: 'events',
			paint: {
				'circle-radius': ['case', ['get', 'selected'], 8, 6],
				'circle-color': ['case', ['get', 'selected'], '#b04e26', EVENT_COLOR],
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 2
			} satisfies CircleLayerSpecification['paint']
		}
	];
}

/** Ids of every label layer, whose text a chapter's highlight darkens. */
export const LABEL_LAYERS = [...LAYER_GROUPS['island-labels'], 'labels-places'];

/** Label colour: highlighted places stand out in a darker, heavier hand. */
export function labelColor(ids: readonly string[]): ExpressionSpecification {
	return ['case', ['in', ['get', 'id'], ['literal', [...ids]]], '#000000', colors.label];
}

/** Layers that draw the place open in the panel and the places a passage or search names. */
function focusLayers(): LayerSpecification[] {
	return [
		{
			id: 'focus-land',
			type: 'fill',
			source: 'land-region',
			filter: nothing,
			paint: { 'fill-color': colors.emphasis, 'fill-opacity': 0.5 } satisfies FillLayerSpecification['paint']
		},
		{
			id: 'focus-land-outline',
			type: 'line',
			source: 'land-region',
			filter: nothing,
			paint: {
				'line-color': colors.emphasis,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.5, 9, 3]
			} satisfies LineLayerSpecification['paint']
		},
		{
			id: 'focus-line',
			type: 'line',
			source: 'places',
			filter: nothing,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': colors.emphasis, 'line-width': 5, 'line-opacity': 0.85 } satisfies LineLayerSpecification['paint']
		},
		{
			id: 'focus-point',
			type: 'circle',
			source: 'labels',
			filter: nothing,
			paint: {
				'circle-radius': 9,
				'circle-color': '#ffffff00',
				'circle-stroke-color': colors.emphasis,
				'circle-stroke-width': 3
			} satisfies CircleLayerSpecification['paint']
		}
	];
}

/** Ids of the focus layers, whose filters and colours follow the panel. */
export const FOCUS_LAYERS = ['focus-land', 'focus-land-outline', 'focus-line', 'focus-point'] as const;

/** Colour of a focused feature: the selected place in blue, the others in purple. */
export function focusColor(selected: readonly string[]): ExpressionSpecification {
	return ['case', ['in', ['get', 'id'], ['literal', [...selected]]], colors.selected, colors.emphasis];
}

/** Layers a click can pick a place from, most specific first. */
export const PICKABLE_LAYERS = [
	'labels-places',
	'labels-regions',
	'labels-energy',
	'labels-sea-route',
	'labels-islands-4',
	'labels-islands-3',
	'labels-islands-2',
	'labels-sakhalin',
	'labels-groups',
	'points',
	'energy-sites',
	'bridges',
	'sea-route',
	'land-region'
];

/** Absolute URL for a file under the site's base path (MapLibre fetches from workers). */
export type AssetUrl = (path: string) => string;

export function buildStyle(places: readonly Place[], asset: AssetUrl): StyleSpecification {
	const layers: LayerSpecification[] = [
		{ id: 'background', type: 'background', paint: { 'background-color': colors.sea } },
		{
			id: 'land-world',
			type: 'fill',
			source: 'land-world',
			paint: { 'fill-color': colors.land, 'fill-antialias': false } satisfies FillLayerSpecification['paint']
		},
		{
			id: 'land-region',
			type: 'fill',
			source: 'land-region',
			paint: { 'fill-color': colors.land, 'fill-antialias': false } satisfies FillLayerSpecification['paint']
		},
		{
			id: 'land-highlight',
			type: 'fill',
			source: 'land-region',
			filter: nothing,
			paint: { 'fill-color': colors.highlight, 'fill-opacity': 0.6 } satisfies FillLayerSpecification['paint']
		},
		{
			id: 'coast',
			type: 'line',
			source: 'land-region',
			// The mainland feature is cut at the region's edges; outlining it would draw the cut.
			filter: ['!=', ['get', 'id'], 'land'],
			paint: {
				'line-color': colors.coast,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.3, 8, 0.9]
			} satisfies LineLayerSpecification['paint']
		},
		{
			id: 'disputed-outline',
			type: 'line',
			source: 'land-region',
			filter: ['==', ['get', 'disputed'], true],
			paint: {
				'line-color': colors.disputedLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 2],
				'line-dasharray': [2, 1.5]
			} satisfies LineLayerSpecification['paint']
		},
		{
			id: 'land-highlight-outline',
			type: 'line',
			source: 'land-region',
			filter: nothing,
			paint: {
				'line-color': colors.highlightLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 2]
			} satisfies LineLayerSpecification['paint']
		},
		{
			id: 'borders',
			type: 'line',
			source: 'borders',
			paint: {
				'line-color': colors.border,
				'line-width': 0.8,
				'line-dasharray': [3, 2]
			} satisfies LineLayerSpecification['paint']
		},
		{
			id: 'sea-route-casing',
			type: 'line',
			source: 'places',
			filter: isKind('sea-route'),
			layout: { visibility: 'none', 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': '#ffffff', 'line-width': 6, 'line-opacity': 0.8 } satisfies LineLayerSpecification['paint']
		},
		{
			id: 'sea-route',
			type: 'line',
			source: 'places',
			filter: isKind('sea-route'),
			layout: { visibility: 'none', 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': colors.route, 'line-width': 3 } satisfies LineLayerSpecification['paint']
		},
		{
			id: 'bridges',
			type: 'line',
			source: 'places',
			filter: isKind('bridge'),
			layout: { 'line-cap': 'round' },
			paint: { 'line-color': colors.point, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 12, 4] }
		},
		{
			id: 'line-highlight',
			type: 'line',
			source: 'places',
			filter: nothing,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': colors.highlightLine, 'line-width': 4 } satisfies LineLayerSpecification['paint']
		},
		{
			id: 'energy-sites',
			type: 'circle',
			source: 'places',
			filter: isKind('energy-site'),
			layout: { visibility: 'none' },
			paint: {
				'circle-radius': 5,
				'circle-color': colors.route,
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1.5
			} satisfies CircleLayerSpecification['paint']
		},
		{
			id: 'points',
			type: 'circle',
			source: 'places',
			filter: isKind('city', 'port', 'campus', 'cape', 'strait', 'site'),
			paint: {
				'circle-radius': 3.5,
				'circle-color': colors.point,
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1.2
			} satisfies CircleLayerSpecification['paint']
		},
		{
			id: 'point-highlight',
			type: 'circle',
			source: 'places',
			filter: nothing,
			paint: {
				'circle-radius': 7,
				'circle-color': colors.highlight,
				'circle-stroke-color': colors.highlightLine,
				'circle-stroke-width': 2
			} satisfies CircleLayerSpecification['paint']
		},
		{
			id: 'routes-casing',
			type: 'line',
			source: 'routes',
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': '#ffffff', 'line-width': 5.5, 'line-opacity': 0.85 } satisfies LineLayerSpecification['paint']
		},
		{
			id: 'routes',
			type: 'line',
			source: 'routes',
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': ['match', ['get', 'route'], 'suez', colors.suezRoute, colors.route],
				'line-width': 3
			} satisfies LineLayerSpecification['paint']
		},
		...focusLayers(),
		{
			id: 'distance-line',
			type: 'line',
			source: 'distances',
			filter: ['==', ['get', 'kind'], 'line'],
			paint: { 'line-color': '#1f2a30', 'line-width': 2, 'line-dasharray': [1, 1] } satisfies LineLayerSpecification['paint']
		},
		{
			id: 'distance-label',
			type: 'symbol',
			source: 'distances',
			filter: ['==', ['get', 'kind'], 'label'],
			layout: {
				'text-field': ['get', 'text'],
				'text-font': [FONT],
				'text-size': 13,
				'text-offset': [0, -1],
				'text-allow-overlap': true
			} satisfies SymbolLayerSpecification['layout'],
			paint: { 'text-color': '#1f2a30', 'text-halo-color': '#ffffff', 'text-halo-width': 2 } satisfies SymbolLayerSpecification['paint']
		},
		{
			id: 'overlay-casing',
			type: 'line',
			source: 'overlay',
			filter: ['==', ['geometry-type'], 'LineString'],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': '#ffffff', 'line-width': 6, 'line-opacity': 0.9 } satisfies LineLayerSpecification['paint']
		},
		{
			id: 'overlay-route',
			type: 'line',
			source: 'overlay',
			filter: ['==', ['get', 'kind'], 'route'],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': colors.route, 'line-width': 3 } satisfies LineLayerSpecification['paint']
		},
		{
			id: 'overlay-measure',
			type: 'line',
			source: 'overlay',
			filter: ['==', ['get', 'kind'], 'measure'],
			layout: { 'line-join': 'round' },
			paint: { 'line-color': colors.selected, 'line-width': 3, 'line-dasharray': [2, 1] } satisfies LineLayerSpecification['paint']
		},
		{
			id: 'overlay-vertex',
			type: 'circle',
			source: 'overlay',
			filter: ['==', ['get', 'kind'], 'vertex'],
			paint: {
				'circle-radius': 5,
				'circle-color': '#ffffff',
				'circle-stroke-color': colors.selected,
				'circle-stroke-width': 2.5
			} satisfies CircleLayerSpecification['paint']
		},
		...eventLayers(),
		labelLayer('labels-groups', ['all', isKind('island-group'), ['==', ['get', 'rank'], 1]], 2.5, 14, 7.5),
		labelLayer('labels-islands-2', ['all', isKind('island', 'island-group'), ['==', ['get', 'rank'], 2]], 5, 13, 11),
		labelLayer('labels-islands-3', ['all', isKind('island'), ['==', ['get', 'rank'], 3]], 6, 12),
		labelLayer('labels-islands-4', ['all', isKind('island'), ['==', ['get', 'rank'], 4]], 7.6, 11),
		labelLayer('labels-sakhalin', ['all', isKind('island'), ['==', ['get', 'rank'], 1]], 3, 13),
		labelLayer('labels-energy', isKind('energy-site'), 4, 11),
		labelLayer('labels-sea-route', isKind('sea-route'), 0, 13),
		labelLayer('labels-places', ['!', isKind('island', 'island-group', 'sea-route', 'energy-site', 'region')], 0, 12),
		regionLabels()
	];

	return {
		version: 8,
		name: 'Passages',
		'font-faces': {
			[FONT]: fontFaces.map((f) => ({ url: asset(f.url), 'unicode-range': f['unicode-range'] }))
		},
		sources: {
			'land-world': { type: 'geojson', data: asset('geo/land-world.geojson'), attribution: 'Natural Earth' },
			'land-region': {
				type: 'geojson',
				data: asset('geo/land-region.geojson'),
				attribution: '© OpenStreetMap contributors (ODbL)',
				tolerance: 0.2
			},
			borders: { type: 'geojson', data: asset('geo/borders.geojson') },
			places: { type: 'geojson', data: placeFeatures(places) },
			overlay: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
			distances: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
			routes: {
				type: 'geojson',
				data: { type: 'FeatureCollection', features: [] },
				attribution: 'Sea lanes: MARNET (Eurostat) via searoute-py'
			},
			labels: { type: 'geojson', data: labelFeatures(places) },
			events: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers
	};
}
