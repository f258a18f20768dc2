/**
 * The places' names: one label point per place (geo/place-features.ts), its English name with its
 * Russian and Japanese names beneath and, when the timeline shows events there, their years after
 * the name (part of the label, so they never collide with it), beside the marker. The chapter's own
 * places are named in a layer of their own, above the rest and at every zoom, so that theirs are
 * the names that stay where labels collide; its highlight darkens them (by feature state); a mark
 * rings a point place.
 */
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { LayerGroup } from '../../content/chapters';
import { colors, FONT, layer, type StoryLayer } from './define';
import { SOURCE, type LayerId } from './ids';
import { DOT_KINDS } from './places';

const isKind = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
const rank = (n: number): ExpressionSpecification => ['==', ['get', 'rank'], n];

const labelText: ExpressionSpecification = [
	'case',
	['has', 'years'],
	['format', ['get', 'name'], {}, ' ', {}, ['get', 'years'], { 'font-scale': 0.88, 'text-color': colors.event }, '\n', {}, ['get', 'localNames'], { 'font-scale': 0.82 }],
	['format', ['get', 'name'], {}, '\n', {}, ['get', 'localNames'], { 'font-scale': 0.82 }]
];

/** Kinds of place drawn with a dot under their label point (places.ts) */
const DOTTED = [...DOT_KINDS, 'energy-site'];

/** The eight places round a point, `gap` ems from it: `lead` first, then the sides, then the corners. */
function around(gap: number, lead: string = 'left'): unknown[] {
	const d = +(gap * 0.75).toFixed(2);
	const all: [string, [number, number]][] = [
		['left', [gap, 0]],
		['right', [-gap, 0]],
		['top', [0, gap]],
		['bottom', [0, -gap]],
		['top-left', [d, d]],
		['bottom-left', [d, -d]],
		['top-right', [-d, d]],
		['bottom-right', [-d, -d]]
	];
	return [...all.filter(([a]) => a === lead), ...all.filter(([a]) => a !== lead)].flat();
}

/**
 * Where a label goes: centred on an island (its label point is inside it), or just off the centre
 * where something is; beside a dot or the timeline's marker, on whichever side is free (MapLibre
 * tries the anchors in turn), never on it: far enough from a marker (radius 8 with its outline when
 * its event is open) that the name's box clears it. A strait's name goes below its point first,
 * clear of the borders the treaties drew through it. A name east of the chapter's centre tries the
 * west of its point first, and one west of it the east: names lean towards the middle of the map,
 * away from its edges (and on the globe from its rim, which no guard holds: EdgeGuard.svelte).
 */
const east: ExpressionSpecification = ['to-boolean', ['get', 'east']];
const anchors: ExpressionSpecification = [
	'case',
	['has', 'years'],
	['case', east, ['literal', around(1.15, 'right')], ['literal', around(1.15)]],
	isKind('strait'),
	['literal', around(0.65, 'top')],
	isKind(...DOTTED),
	['case', east, ['literal', around(0.65, 'right')], ['literal', around(0.65)]],
	// A group's name may move well off its centre, which its members' names and markers crowd; so may a sea lane's.
	isKind('island-group', 'sea-route'),
	['literal', ['center', [0, 0], ...around(1.6, 'bottom')]],
	['literal', ['center', [0, 0], 'top', [0, 0.9], 'bottom', [0, -0.9], 'left', [1, 0], 'right', [-1, 0]]]
];

const layout = (size: number): SymbolLayerSpecification['layout'] => ({
	'text-field': labelText,
	'text-font': [FONT],
	'text-size': size,
	// A group's long name ("Southern Kurils / Northern Territories") on two lines.
	'text-max-width': ['case', isKind('island-group'), 13, 24],
	'text-line-height': 1.15,
	'text-padding': 2,
	'text-variable-anchor-offset': anchors,
	'text-justify': 'auto'
});

/** The chapter's own places (labelsWithYears marks them `first`) */
const first: ExpressionSpecification = ['to-boolean', ['get', 'first']];
const notFirst: ExpressionSpecification = ['!', first];

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
	return layer({ id, type: 'symbol', source: SOURCE.labels, filter: ['all', notFirst, filter], minzoom, maxzoom, layout: { ...layout(size), ...more }, paint }, { group, pickable: true });
}

const isRegion = isKind('region');
const REGION_COLOR = '#6d5c4a';

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
	label('labels-places', ['!', isKind('island', 'island-group', 'sea-route', 'energy-site', 'region')], 'place-labels', 0, 12),
	// Regions (the Russian Far East, Siberia) are named, not drawn: spaced capitals over the land.
	layer(
		{
			id: 'labels-regions',
			type: 'symbol',
			source: SOURCE.labels,
			filter: ['all', notFirst, isRegion],
			minzoom: 1.5,
			maxzoom: 6,
			layout: { ...layout(13), 'text-field': ['upcase', ['get', 'name']], 'text-letter-spacing': 0.25 },
			paint: { ...paint, 'text-color': REGION_COLOR }
		},
		{ group: 'place-labels', pickable: true }
	),
	// The chapter's own places, each as its kind is named above, at every zoom, in a layer above the
	// rest: MapLibre places the top layer's labels first, so the other names make way for these.
	layer(
		{
			id: 'labels-chapter',
			type: 'symbol',
			source: SOURCE.labels,
			filter: first,
			layout: {
				...layout(12),
				'text-field': ['case', isRegion, ['upcase', ['get', 'name']], labelText],
				'text-letter-spacing': ['case', isRegion, 0.25, 0],
				'text-size': ['match', ['get', 'kind'], 'island-group', ['case', rank(1), 14, 13], 'island', ['match', ['get', 'rank'], [1, 2], 13, 3, 12, 11], 'energy-site', 11, ['sea-route', 'region'], 13, 12],
				// The larger first, where two of them collide.
				'symbol-sort-key': ['get', 'rank']
			},
			paint: { ...paint, 'text-color': ['case', isRegion, REGION_COLOR, paint['text-color'] as ExpressionSpecification] }
		},
		{ pickable: true }
	)
];
