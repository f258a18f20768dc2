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
		// The wide rivers drawn by both banks and the permanent major rivers (classes 1 and 2) from the
		// start; the additional major rivers (class 3: the lower Amur, say) from zoom 4.
		filter: ['any', ['<=', ['get', 'river'], 2], ['>=', ['zoom'], 4]],
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

const NAMES = { source: SOURCE.basemap, 'source-layer': 'names' } as const;
const contextKind = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
const shownFrom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minzoom']];
const contextText: ExpressionSpecification = ['format', ['get', 'name'], {}, '\n', {}, ['get', 'localNames'], { 'font-scale': 0.85 }];

/**
 * Context names (src/lib/content/context-names.json, in the tiles): seas, lakes and rivers in a
 * muted blue, countries and regions in spaced grey capitals, other cities small and grey, each from
 * its own zoom. Placed last of all labels, so the story's names always win a collision.
 */
export const CONTEXT_LABEL_LAYERS: StoryLayer[] = [
	layer({
		id: 'labels-context',
		type: 'symbol',
		...NAMES,
		filter: shownFrom,
		layout: {
			'text-field': contextText,
			'text-font': [FONT],
			'text-size': ['match', ['get', 'kind'], 'ocean', 15, 'sea', 13, 'country', 13, 'city', 11.5, 12],
			'text-letter-spacing': ['match', ['get', 'kind'], ['ocean', 'sea', 'country', 'region'], 0.12, 0.02],
			'text-transform': ['match', ['get', 'kind'], ['country', 'region'], 'uppercase', 'none'],
			'text-max-width': 14,
			'text-padding': 4,
			'symbol-sort-key': ['match', ['get', 'kind'], 'ocean', 0, 'country', 1, 'sea', 2, 'region', 3, 'lake', 4, 'river', 5, 6]
		},
		paint: {
			'text-color': ['case', contextKind('ocean', 'sea', 'lake', 'river'), colors.waterLabel, contextKind('city'), colors.cityLabel, colors.regionLabel],
			'text-halo-color': ['case', contextKind('ocean', 'sea'), '#00000000', '#ffffffb3'],
			'text-halo-width': 1.2
		}
	})
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
