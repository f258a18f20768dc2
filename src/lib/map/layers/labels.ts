/**
 * The places' names: one label point per place (geo/place-features.ts), its English name with its
 * Russian and Japanese names beneath and, when the timeline shows events there, their years after
 * the name (part of the label, so they never collide with it). A chapter's highlight darkens its
 * places' names (by feature state: the labels are drawn anyway); a mark rings a point place.
 */
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { LayerGroup } from '../../content/chapters';
import { colors, FONT, layer, type StoryLayer } from './define';
import { SOURCE, type LayerId } from './ids';

const isKind = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
const rank = (n: number): ExpressionSpecification => ['==', ['get', 'rank'], n];

const labelText: ExpressionSpecification = [
	'case',
	['has', 'years'],
	['format', ['get', 'name'], {}, ' ', {}, ['get', 'years'], { 'font-scale': 0.88, 'text-color': colors.event }, '\n', {}, ['get', 'localNames'], { 'font-scale': 0.82 }],
	['format', ['get', 'name'], {}, '\n', {}, ['get', 'localNames'], { 'font-scale': 0.82 }]
];

const layout = (size: number): SymbolLayerSpecification['layout'] => ({
	'text-field': labelText,
	'text-font': [FONT],
	'text-size': size,
	'text-max-width': 24,
	'text-line-height': 1.15,
	'text-padding': 2,
	// The chapter's own places are placed before the others where labels collide.
	'symbol-sort-key': ['case', ['to-boolean', ['get', 'first']], 0, 1]
});

const paint: SymbolLayerSpecification['paint'] = {
	'text-color': ['case', ['boolean', ['feature-state', 'highlight'], false], '#000000', colors.label],
	'text-halo-blur': 0.5,
	'text-halo-color': colors.labelHalo,
	'text-halo-width': 1.4
};

function label(
	id: LayerId,
	filter: ExpressionSpecification,
	group: LayerGroup,
	minzoom: number,
	size: number,
	maxzoom = 24,
	more: SymbolLayerSpecification['layout'] = {}
): StoryLayer {
	return layer({ id, type: 'symbol', source: SOURCE.labels, filter, minzoom, maxzoom, layout: { ...layout(size), ...more }, paint }, { group, pickable: true });
}

export const LABEL_LAYERS: StoryLayer[] = [
	// A ring round a point place a passage names, or the one open in the panel.
	...(['named', 'selected'] as const).map((set) =>
		layer(
			{
				id: set === 'named' ? 'mark-point' : 'select-point',
				type: 'circle',
				source: SOURCE.labels,
				paint: { 'circle-radius': 9, 'circle-color': '#ffffff00', 'circle-stroke-color': set === 'named' ? colors.emphasis : colors.selected, 'circle-stroke-width': 3 }
			},
			{ marks: set }
		)
	),
	label('labels-groups', ['all', isKind('island-group'), rank(1)], 'island-labels', 2.5, 14, 7.5),
	label('labels-islands-2', ['all', isKind('island', 'island-group'), rank(2)], 'island-labels', 5, 13, 11),
	label('labels-islands-3', ['all', isKind('island'), rank(3)], 'island-labels', 6, 12),
	label('labels-islands-4', ['all', isKind('island'), rank(4)], 'island-labels', 7.6, 11),
	label('labels-sakhalin', ['all', isKind('island'), rank(1)], 'island-labels', 3, 13),
	label('labels-energy', isKind('energy-site'), 'energy-sites', 4, 11),
	label('labels-sea-route', isKind('sea-route'), 'sea-route', 0, 13),
	// A strait's name goes below its point, clear of the borders the treaties drew through it.
	label('labels-places', ['!', isKind('island', 'island-group', 'sea-route', 'energy-site', 'region')], 'place-labels', 0, 12, 24, {
		'text-anchor': ['case', isKind('strait'), 'top', 'center'],
		'text-offset': ['case', isKind('strait'), ['literal', [0, 0.6]], ['literal', [0, 0]]]
	}),
	// Regions (the Russian Far East, Siberia) are named, not drawn: spaced capitals over the land.
	layer(
		{
			id: 'labels-regions',
			type: 'symbol',
			source: SOURCE.labels,
			filter: isKind('region'),
			minzoom: 1.5,
			maxzoom: 6,
			layout: { ...layout(13), 'text-field': ['upcase', ['get', 'name']], 'text-letter-spacing': 0.25 },
			paint: { ...paint, 'text-color': '#6d5c4a' }
		},
		{ group: 'place-labels', pickable: true }
	)
];
