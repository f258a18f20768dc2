/**
 * Every source and layer of the story's map by id, and the order the layers stack in (bottom
 * first). Each layer group (the modules beside this one) adds its own; a layer is inserted below
 * the next layer in this order that is already on the map, so the stacking holds whatever order
 * the groups are added in. A typo in an id is a type error.
 */
export const SOURCE = {
	landWorld: 'land-world',
	/** The region's land, shores, lakes and rivers as vector tiles (static/geo/basemap.pmtiles) */
	basemap: 'basemap',
	borders: 'borders',
	treatyBorders: 'treaty-borders',
	places: 'places',
	routes: 'routes',
	distances: 'distances',
	overlay: 'overlay',
	events: 'events',
	labels: 'labels',
	edgeGuard: 'edge-guard'
} as const;

export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

export const LAYER_ORDER = [
	'background',
	'land-world',
	'land-region',
	'lakes',
	'rivers',
	'land-highlight',
	'coast',
	'disputed-outline',
	'land-highlight-outline',
	'borders',
	'treaty-border-casing',
	'treaty-border',
	'sea-route-casing',
	'sea-route',
	'bridges',
	'line-highlight',
	'point-highlight',
	'routes-casing',
	'routes',
	'mark-land',
	'mark-land-outline',
	'select-land',
	'select-land-outline',
	'mark-line',
	'select-line',
	'mark-point',
	'select-point',
	'distance-line',
	'distance-label',
	'overlay-casing',
	'overlay-route',
	'overlay-measure',
	'overlay-vertex',
	'labels-context',
	'labels-groups',
	'labels-islands-2',
	'labels-islands-3',
	'labels-islands-4',
	'labels-sakhalin',
	'labels-energy',
	'labels-sea-route',
	'labels-places',
	'labels-regions',
	'event-markers-other',
	'points-other',
	// A settlement's year on its border line: placed after the dots, markers and the chapter's names,
	// beside them, never under them (where it gives way, the strait's or island's own name carries
	// the same year, from the timeline's event there).
	'treaty-border-label',
	'labels-chapter',
	// Dots above the labels: placed first, so the labels make room for them.
	'energy-sites',
	'points',
	'event-markers',
	// Invisible: holds the map's edges and what covers them against the labels (EdgeGuard.svelte).
	'edge-guard'
] as const;

export type LayerId = (typeof LAYER_ORDER)[number];

/** The layer to insert `id` before (below): the first layer above it in the order that is on the map already. */
export function beforeLayer(id: LayerId, onMap: (id: LayerId) => boolean): LayerId | undefined {
	return LAYER_ORDER.slice(LAYER_ORDER.indexOf(id) + 1).find(onMap);
}
