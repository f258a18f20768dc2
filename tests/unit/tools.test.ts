import { describe, expect, it, vi } from 'vitest';
import { measurePath, overlayFeatures, overlaySummary, routeQuery } from '../../src/lib/state/tools';

const measure = (points: [number, number][], ring = false) => ({ kind: 'measure' as const, points, ring });

describe('the ruler', () => {
	it('closes its path back to the first point when asked, from three points', () => {
		expect(measurePath(measure([[0, 0], [1, 0], [1, 1]], true))).toEqual([[0, 0], [1, 0], [1, 1], [0, 0]]);
		expect(measurePath(measure([[0, 0], [1, 0]], true))).toEqual([[0, 0], [1, 0]]);
	});

	it('draws its numbered points at once, and its line once the geodesic code has loaded', () => {
		const view = measure([[0, 0], [10, 0]]);
		const before = overlayFeatures(view, null, null);
		expect(before.features.map((f) => f.properties?.kind)).toEqual(['vertex', 'vertex']);
		expect(before.features.map((f) => f.properties?.label)).toEqual(['1', '2']);
		const path = vi.fn((p: readonly [number, number][]) => [...p]);
		const after = overlayFeatures(view, path, null);
		expect(after.features.map((f) => f.properties?.kind)).toEqual(['measure', 'vertex', 'vertex']);
		expect(path).toHaveBeenCalledWith([[0, 0], [10, 0]], 20_000);
	});
});

describe('the route tool', () => {
	const view = (from: string, to: string) => ({ kind: 'route' as const, from, to, closed: ['nsr' as const] });

	it('routes between two known ports with the straits it is told are closed', () => {
		const router = vi.fn(() => ({ ok: false as const, reason: 'none' }));
		const q = routeQuery(view('yokohama', 'rotterdam'), router);
		expect(q.from?.name).toBe('Yokohama');
		expect(router).toHaveBeenCalledWith([139.68, 35.45], [4.05, 51.96], new Set(['nsr']));
		expect(q.result).toEqual({ ok: false, reason: 'none' });
	});

	it('routes nothing before the lanes have loaded, for an unknown port, or between a port and itself', () => {
		const router = vi.fn();
		expect(routeQuery(view('yokohama', 'rotterdam'), null).result).toBeNull();
		expect(routeQuery(view('atlantis', 'rotterdam'), router)).toMatchObject({ from: undefined, result: null });
		expect(routeQuery(view('yokohama', 'yokohama'), router).result).toBeNull();
		expect(router).not.toHaveBeenCalled();
	});

	it('draws the route found, and nothing for another view', () => {
		const route = { ok: true as const, route: { coordinates: [[139, 35], [181, 60]] as [number, number][], metres: 1, straits: [], access: [0, 0] as [number, number] } };
		expect(overlayFeatures(view('a', 'b'), null, route).features).toHaveLength(1);
		expect(overlayFeatures({ kind: 'places' }, null, route).features).toHaveLength(0);
	});
});

describe('the overlay in a few words (data-overlay)', () => {
	it('names its lines and their extent in longitude, unwrapped', () => {
		const route = { ok: true as const, route: { coordinates: [[139.68, 35.45], [190.5, 66]] as [number, number][], metres: 1, straits: [], access: [0, 0] as [number, number] } };
		expect(overlaySummary(overlayFeatures({ kind: 'route', from: 'a', to: 'b', closed: [] }, null, route))).toBe('route;139.68,190.50');
		expect(overlaySummary({ type: 'FeatureCollection', features: [] })).toBe('');
	});
});
