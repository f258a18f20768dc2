/** The map's layers as data: every layer in the stacking order once, groups that stack as listed, what can be picked. */
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { BORDER_LAYERS, CONTEXT_LABEL_LAYERS, LAND_REGION_LAYERS, LAND_WORLD_LAYERS, TREATY_BORDER_LAYERS } from '../../src/lib/map/layers/basemap';
import { beforeLayer, LAYER_ORDER, type LayerId } from '../../src/lib/map/layers/ids';
import { LABEL_LAYERS } from '../../src/lib/map/layers/labels';
import { DISTANCE_LAYERS, EDGE_GUARD_LAYERS, EVENT_LAYERS, OVERLAY_LAYERS, ROUTE_LAYERS } from '../../src/lib/map/layers/overlays';
import { PLACE_LAYERS } from '../../src/lib/map/layers/places';
import { PICKABLE, baseStyle } from '../../src/lib/map/style';

const groups = { LAND_WORLD_LAYERS, LAND_REGION_LAYERS, CONTEXT_LABEL_LAYERS, BORDER_LAYERS, TREATY_BORDER_LAYERS, PLACE_LAYERS, ROUTE_LAYERS, DISTANCE_LAYERS, OVERLAY_LAYERS, EVENT_LAYERS, LABEL_LAYERS, EDGE_GUARD_LAYERS };

describe('the map’s layers', () => {
	const ids = Object.values(groups).flatMap((g) => g.map((l) => l.spec.id));

	it('are each in the stacking order once, with the style’s own background first', () => {
		expect(new Set(ids).size).toBe(ids.length);
		expect([...ids, 'background'].sort()).toEqual([...LAYER_ORDER].sort());
		expect(baseStyle((p) => `/${p}`, 'globe').layers.map((l) => l.id)).toEqual([LAYER_ORDER[0]]);
	});

	it('stack in the order each group lists them', () => {
		for (const [name, group] of Object.entries(groups)) {
			const at = group.map((l) => LAYER_ORDER.indexOf(l.spec.id));
			expect(at, name).toEqual([...at].sort((a, b) => a - b));
		}
	});

	it('go in below the next layer on the map, whatever order the groups are added in', () => {
		const onMap = new Set<LayerId>(['background', 'land-region', 'labels-places']);
		const has = (id: LayerId) => onMap.has(id);
		expect(beforeLayer('land-world', has)).toBe('land-region');
		expect(beforeLayer('routes', has)).toBe('labels-places');
		expect(beforeLayer('labels-regions', has)).toBeUndefined();
	});

	it('let a click pick places from their labels, points, lines and islands, not from highlights or tools', () => {
		for (const id of ['labels-places', 'labels-islands-2', 'points', 'sea-route', 'land-region', 'event-markers']) expect(PICKABLE).toContain(id);
		for (const id of ['land-highlight', 'mark-land', 'overlay-measure', 'routes']) expect(PICKABLE).not.toContain(id);
	});

	it('are valid MapLibre layers, by the style specification’s own validator', () => {
		const style = baseStyle((p) => `https://example.org/${p}`, 'mercator');
		const sources = Object.fromEntries(
			[...new Set(ids.map((id) => Object.values(groups).flat().find((l) => l.spec.id === id)!.spec).flatMap((s) => ('source' in s ? [s.source] : [])))].map((s) => [
				s,
				{ type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } }
			])
		);
		const layers = [...style.layers, ...Object.values(groups).flatMap((g) => g.map((l) => l.spec))];
		expect(validateStyleMin({ ...style, sources: { ...style.sources, ...sources }, layers } as never).map((e) => e.message)).toEqual([]);
	});

	it('take their fonts from the site (no glyphs URL), and the projection asked for', () => {
		const style = baseStyle((p) => `https://example.org/${p}`, 'globe');
		expect(style.glyphs).toBeUndefined();
		expect(style.projection).toEqual({ type: 'globe' });
		expect(Object.values(style['font-faces'] ?? {}).flat().every((f) => typeof f === 'object' && f.url.startsWith('https://example.org/fonts/'))).toBe(true);
	});
});
