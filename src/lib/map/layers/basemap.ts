/**
 * The offline basemap: the world's land, the region's finer land (each island its own feature),
 * coasts and borders, from the files in static/geo. The region's land also draws what a chapter
 * highlights and the places the panel marks, by feature state (LandStates.svelte): no filters to set.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { colors, markColor, layer, type StoryLayer } from './define';
import { SOURCE } from './ids';

const state = (key: 'highlight' | 'mark'): ExpressionSpecification => ['feature-state', key];
const highlighted: ExpressionSpecification = ['boolean', state('highlight'), false];
const marked: ExpressionSpecification = ['!=', ['coalesce', state('mark'), ''], ''];
const outlineWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 2];

export const LAND_WORLD_LAYERS: StoryLayer[] = [
	layer({ id: 'land-world', type: 'fill', source: SOURCE.landWorld, paint: { 'fill-color': colors.land, 'fill-antialias': false } })
];

export const LAND_REGION_LAYERS: StoryLayer[] = [
	layer({ id: 'land-region', type: 'fill', source: SOURCE.landRegion, paint: { 'fill-color': colors.land, 'fill-antialias': false } }, { pickable: true }),
	layer({
		id: 'land-highlight',
		type: 'fill',
		source: SOURCE.landRegion,
		paint: { 'fill-color': colors.highlight, 'fill-opacity': ['case', highlighted, 0.6, 0] }
	}),
	layer({
		id: 'coast',
		type: 'line',
		source: SOURCE.landRegion,
		// The mainland feature is cut at the region's edges; outlining it would draw the cut.
		filter: ['!=', ['get', 'id'], 'land'],
		paint: { 'line-color': colors.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.3, 8, 0.9] }
	}),
	layer({
		id: 'disputed-outline',
		type: 'line',
		source: SOURCE.landRegion,
		filter: ['==', ['get', 'disputed'], true],
		paint: { 'line-color': colors.disputedLine, 'line-width': outlineWidth, 'line-dasharray': [2, 1.5] }
	}),
	layer({
		id: 'land-highlight-outline',
		type: 'line',
		source: SOURCE.landRegion,
		paint: { 'line-color': colors.highlightLine, 'line-width': outlineWidth, 'line-opacity': ['case', highlighted, 1, 0] }
	}),
	layer({
		id: 'mark-land',
		type: 'fill',
		source: SOURCE.landRegion,
		paint: { 'fill-color': markColor(['coalesce', state('mark'), '']), 'fill-opacity': ['case', marked, 0.5, 0] }
	}),
	layer({
		id: 'mark-land-outline',
		type: 'line',
		source: SOURCE.landRegion,
		paint: {
			'line-color': markColor(['coalesce', state('mark'), '']),
			'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.5, 9, 3],
			'line-opacity': ['case', marked, 1, 0]
		}
	})
];

export const BORDER_LAYERS: StoryLayer[] = [
	layer(
		{ id: 'borders', type: 'line', source: SOURCE.borders, paint: { 'line-color': colors.border, 'line-width': 0.8, 'line-dasharray': [3, 2] } },
		{ group: 'borders' }
	)
];
