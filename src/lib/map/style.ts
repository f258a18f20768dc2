/**
 * The map's first style: the sea, and the self-hosted fonts its labels are drawn from (no `glyphs`
 * URL; `font-faces` binds the font name to files in static/fonts). The layer groups (layers/) add
 * the land, the places and everything else once it has loaded.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Projection } from '../state/camera-target';
import fontFaces from './font-faces.json';
import { colors, FONT, type StoryLayer } from './layers/define';
import { BORDER_LAYERS, CONTEXT_LABEL_LAYERS, LAND_REGION_LAYERS, LAND_WORLD_LAYERS } from './layers/basemap';
import { LABEL_LAYERS } from './layers/labels';
import { DISTANCE_LAYERS, EVENT_LAYERS, OVERLAY_LAYERS, ROUTE_LAYERS } from './layers/overlays';
import { PLACE_LAYERS } from './layers/places';

/** Absolute URL for a file under the site's base path (MapLibre fetches from workers). */
export type AssetUrl = (path: string) => string;

export function baseStyle(asset: AssetUrl, projection: Projection): StyleSpecification {
	return {
		version: 8,
		name: 'Passages',
		projection: { type: projection },
		'font-faces': {
			[FONT]: fontFaces.map((f) => ({ url: asset(f.url), 'unicode-range': f['unicode-range'] }))
		},
		sources: {},
		layers: [{ id: 'background', type: 'background', paint: { 'background-color': colors.sea } }]
	};
}

/** Every layer of the story's map, bottom first. */
export const STORY_LAYERS: readonly StoryLayer[] = [
	...LAND_WORLD_LAYERS,
	...LAND_REGION_LAYERS,
	...BORDER_LAYERS,
	...PLACE_LAYERS,
	...ROUTE_LAYERS,
	...DISTANCE_LAYERS,
	...OVERLAY_LAYERS,
	...EVENT_LAYERS,
	...CONTEXT_LABEL_LAYERS,
	...LABEL_LAYERS
];

/** The layers a click can pick a place from. */
export const PICKABLE = STORY_LAYERS.filter((l) => l.pickable).map((l) => l.spec.id);
