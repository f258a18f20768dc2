/**
 * The offline basemap: the world's land and borders (GeoJSON), and the region's land at full
 * resolution (each island its own feature), its shores, and the lakes and rivers of the world, as
 * vector tiles, all from the files in static/geo. The region's land also draws the islands a
 * chapter highlights and those the panel marks: each such layer draws one set of marks
 * (GeoJsonGroup gives it their ids), and nothing while the set is empty.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { colors, FONT, layer, type StoryLayer } from './define';
import { SOURCE } from './ids';

export const LAND_WORLD_LAYERS: StoryLayer[] = [
	layer({ id: 'land-world', type: 'fill', source: SOURCE.landWorld, paint: { 'fill-color': colors.land, 'fill-antialias': false } })
];

const outlineWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 2];
const markWidth: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 4, 1.5, 9, 3];

/** The tiles' layers (scripts/prepare-geo.mjs `buildBasemap`). */
const LAND = { source: SOURCE.basemap, 'source-layer': 'land' } as const;
const SHORE = { source: SOURCE.basemap, 'source-layer': 'shore' } as const;

export const LAND_REGION_LAYERS: StoryLayer[] = [
	layer({ id: 'land-region', type: 'fill', ...LAND, paint: { 'fill-color': colors.land, 'fill-antialias': false } }, { pickable: true }),
	// Context, quiet: lakes in the sea's colour, rivers thin and pale, both under every mark.
	layer({ id: 'lakes', type: 'fill', source: SOURCE.basemap, 'source-layer': 'lakes', paint: { 'fill-color': colors.sea, 'fill-antialias': false } }),
	layer({
		id: 'rivers',
		type: 'line',
		source: SOURCE.basemap,
		'source-layer': 'rivers',
		// The major rivers (class 1, the wide ones drawn by both banks) from the start; the others closer in.
		filter: ['any', ['==', ['get', 'river'], 1], ['>=', ['zoom'], 4]],
		layout: { 'line-join': 'round', 'line-cap': 'round' },
		paint: { 'line-color': colors.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 6, 0.9, 10, 1.6] }
	}),
	layer(
		{ id: 'land-highlight', type: 'fill', ...LAND, paint: { 'fill-color': colors.highlight, 'fill-opacity': 0.6 } },
		{ marks: 'highlight' }
	),
	layer({
		id: 'coast',
		type: 'line',
		...SHORE,
		paint: { 'line-color': colors.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.3, 8, 0.9] }
	}),
	layer({
		id: 'disputed-outline',
		type: 'line',
		...SHORE,
		filter: ['==', ['get', 'disputed'], true],
		paint: { 'line-color': colors.disputedLine, 'line-width': outlineWidth, 'line-dasharray': [2, 1.5] }
	}),
	layer(
		{ id: 'land-highlight-outline', type: 'line', ...SHORE, paint: { 'line-color': colors.highlightLine, 'line-width': outlineWidth } },
		{ marks: 'highlight' }
	),
	layer(
		{ id: 'mark-land', type: 'fill', ...LAND, paint: { 'fill-color': colors.emphasis, 'fill-opacity': 0.5 } },
		{ marks: 'named' }
	),
	layer(
		{ id: 'mark-land-outline', type: 'line', ...SHORE, paint: { 'line-color': colors.emphasis, 'line-width': markWidth } },
		{ marks: 'named' }
	),
	layer(
		{ id: 'select-land', type: 'fill', ...LAND, paint: { 'fill-color': colors.selected, 'fill-opacity': 0.5 } },
		{ marks: 'selected' }
	),
	layer(
		{ id: 'select-land-outline', type: 'line', ...SHORE, paint: { 'line-color': colors.selected, 'line-width': markWidth } },
		{ marks: 'selected' }
	)
];

export const BORDER_LAYERS: StoryLayer[] = [
	layer(
		{ id: 'borders', type: 'line', source: SOURCE.borders, paint: { 'line-color': colors.border, 'line-width': 0.8, 'line-dasharray': [3, 2] } },
		{ group: 'borders' }
	)
];

/**
 * The settlements' borders the page gives (overlay-data.ts `treatyBorderFeatures`): each line
 * dashed, the latest solid, each with its year beside it. Nothing is drawn while there are none.
 */
export const TREATY_BORDER_LAYERS: StoryLayer[] = [
	layer(
		{
			id: 'treaty-border-casing',
			type: 'line',
			source: SOURCE.treatyBorders,
			filter: ['==', ['geometry-type'], 'LineString'],
			layout: { 'line-cap': 'round' },
			paint: { 'line-color': '#ffffff', 'line-width': 5, 'line-opacity': 0.8 }
		}
	),
	layer(
		{
			id: 'treaty-border',
			type: 'line',
			source: SOURCE.treatyBorders,
			filter: ['==', ['geometry-type'], 'LineString'],
			layout: { 'line-cap': 'round' },
			paint: {
				'line-color': colors.treatyBorder,
				'line-width': ['case', ['get', 'latest'], 3, 2],
				'line-dasharray': ['case', ['get', 'latest'], ['literal', [1, 0]], ['literal', [2, 1.5]]]
			}
		}
	),
	layer(
		{
			id: 'treaty-border-label',
			type: 'symbol',
			source: SOURCE.treatyBorders,
			filter: ['==', ['geometry-type'], 'Point'],
			layout: {
				'text-field': ['get', 'label'],
				'text-font': [FONT],
				'text-size': 14,
				'text-variable-anchor-offset': ['center', [0, 0], 'left', [0.8, 0], 'right', [-0.8, 0], 'top', [0, 0.8], 'bottom', [0, -0.8]]
			},
			paint: { 'text-color': colors.treatyBorder, 'text-halo-color': '#ffffff', 'text-halo-width': 2 }
		}
	)
];
