/**
 * The map's context: the one MapLibre map of a map view, once created, and whether its style has
 * loaded. The view (MapView.svelte) owns the map's lifetime; layer groups and the camera director
 * talk to the map through this, never through the page.
 */
import { createContext } from 'svelte';
import type { GeoJSONSourceSpecification, Map as MapLibreMap, VectorSourceSpecification } from 'maplibre-gl';
import type { LonLat } from '../geo/format';
import type { LayerId, SourceId } from './layers/ids';
import type { StoryLayerSpec } from './layers/define';

/** How far in from each edge, in CSS pixels, something over the map (its toolbar, a card) covers it. */
export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export class MapContext {
	map = $state.raw<MapLibreMap | null>(null);
	/** The style has loaded: sources and layers can be added and changed */
	styleLoaded = $state(false);
	/** The map's element */
	container: HTMLElement | null = null;
	/** The map's size in CSS pixels, as it last laid itself out */
	size = $state.raw({ width: 0, height: 0 });
	/** What covers the map's edges (kept by `coversMap` on the covering elements): the camera frames what it shows inside them */
	insets = $state.raw<Insets>(NO_INSETS);

	/** The centre of the map, or null before it exists. */
	center(): LonLat | null {
		const c = this.map?.getCenter();
		return c ? [c.lng, c.lat] : null;
	}

	addSource(id: SourceId, spec: GeoJSONSourceSpecification | VectorSourceSpecification): void {
		if (this.map && !this.map.getSource(id)) this.map.addSource(id, spec);
	}

	/** Add a layer below another (the next in the stacking order that is on the map: layers/ids.ts). */
	addLayer(spec: StoryLayerSpec, before?: LayerId): void {
		if (this.map && !this.map.getLayer(spec.id)) this.map.addLayer(spec, before);
	}

	/** Whether a layer is on the map. */
	hasLayer(id: LayerId): boolean {
		return this.map?.getLayer(id) !== undefined;
	}

	removeLayer(id: LayerId): void {
		if (this.map?.style && this.map.getLayer(id)) this.map.removeLayer(id);
	}

	removeSource(id: SourceId): void {
		if (this.map?.style && this.map.getSource(id)) this.map.removeSource(id);
	}
}

export const [getMapContext, setMapContext] = createContext<MapContext>();
