import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/lib/server/chapters';
import { boundsOf, boundsTarget, cameraTarget, chapterTarget, fitAfter, fitMaxZoom, placesBounds, targetKey, type Fit } from '../../src/lib/state/camera-target';
import type { PanelView } from '../../src/lib/state/panel';

const chapter = chapters.find((c) => c.id === 'four-islands')!;
const closed: PanelView = { kind: 'closed' };
const place = (id: string): PanelView => ({ kind: 'place', id });
const measure = (points: [number, number][]): PanelView => ({ kind: 'measure', points, ring: false });
const none = { placeBounds: null, placeKind: () => undefined, route: null, searchPlaces: [], eventPlaces: () => [] };

describe('what the map is asked to show when a view opens', () => {
	it('shows a place opened in the page, but not one picked on the map (the map stays)', () => {
		expect(fitAfter(closed, place('kunashir'), null, 'page')).toEqual({ kind: 'place', id: 'kunashir' });
		const before: Fit = { kind: 'place', id: 'sakhalin' };
		expect(fitAfter(place('sakhalin'), place('kunashir'), before, 'map')).toBe(before);
	});

	it('fits the ruler’s points when it opens or Back brings them, not as points are added', () => {
		const points: [number, number][] = [[140, 40], [150, 45]];
		expect(fitAfter(closed, measure(points), null, 'page')).toEqual({ kind: 'points', points });
		expect(fitAfter(measure(points), measure([...points, [151, 46]]), null, 'page')).toBeNull();
		expect(fitAfter(measure(points), measure(points), null, 'address')).toEqual({ kind: 'points', points });
		// No points: the map stays where it is.
		const before: Fit = { kind: 'place', id: 'sakhalin' };
		expect(fitAfter(place('sakhalin'), measure([]), before, 'page')).toBe(before);
	});

	it('follows the route tool’s route and the search’s places, and gives the map back to the chapter for the list', () => {
		expect(fitAfter(closed, { kind: 'route', from: 'a', to: 'b', closed: [] }, null, 'page')).toEqual({ kind: 'route' });
		expect(fitAfter(place('x'), { kind: 'places' }, { kind: 'place', id: 'x' }, 'page')).toBeNull();
		expect(fitAfter(place('x'), { kind: 'search', query: 'q' }, { kind: 'place', id: 'x' }, 'page')).toEqual({ kind: 'search' });
		expect(fitAfter(place('x'), closed, { kind: 'place', id: 'x' }, 'page')).toBeNull();
	});
});

describe('bounds and zoom', () => {
	it('take the short way across the 180° meridian', () => {
		expect(boundsOf([[179, 60], [-179, 65]])).toEqual([179, 60, 181, 65]);
		expect(boundsOf([])).toBeNull();
	});

	it('come no closer to a point place than its kind warrants', () => {
		expect(fitMaxZoom('region')).toBeLessThan(fitMaxZoom('island-group'));
		expect(fitMaxZoom('island-group')).toBeLessThan(fitMaxZoom('city'));
		expect(fitMaxZoom('city')).toBeLessThan(fitMaxZoom('island'));
	});

	it('show what spans half the world on the globe, centred on it', () => {
		expect(boundsTarget([-10, 30, 150, 70], 7, 'mercator')).toEqual({ kind: 'globe', center: [70, 50] });
		// Far north or south, the centre stays where the globe shows it whole.
		expect(boundsTarget([0, 80, 170, 89], 7, 'mercator')).toEqual({ kind: 'globe', center: [85, 70] });
		expect(boundsTarget([140, 40, 150, 46], 7, 'globe')).toEqual({ kind: 'bounds', bounds: [140, 40, 150, 46], maxZoom: 7, projection: 'globe' });
	});
});

describe('the camera target', () => {
	it('is the chapter’s camera when nothing is asked', () => {
		expect(cameraTarget(chapter, null, none)).toEqual(chapterTarget(chapter));
		expect(chapterTarget(chapter)).toEqual({ kind: 'chapter', camera: chapter.camera, projection: 'mercator' });
	});

	it('stays put until a place’s bounds have loaded, then shows the place', () => {
		const fit: Fit = { kind: 'place', id: 'kunashir' };
		expect(cameraTarget(chapter, fit, none)).toBeNull();
		const loaded = { ...none, placeBounds: { kunashir: [145.4, 43.6, 146.6, 44.6] as [number, number, number, number] }, placeKind: () => 'island' as const };
		expect(cameraTarget(chapter, fit, loaded)).toEqual({ kind: 'bounds', bounds: [145.4, 43.6, 146.6, 44.6], maxZoom: 9, projection: 'mercator' });
	});

	it('shows the route found, or stays while there is none', () => {
		expect(cameraTarget(chapter, { kind: 'route' }, none)).toBeNull();
		const route = { ok: true as const, route: { coordinates: [[139.7, 35.4], [4, 52]] as [number, number][], metres: 1, straits: [], access: [0, 0] as [number, number] } };
		const target = cameraTarget(chapter, { kind: 'route' }, { ...none, route });
		expect(target?.kind).toBe('globe');
		const [lon, lat] = target?.kind === 'globe' ? target.center : [NaN, NaN];
		expect(lon).toBeCloseTo((139.7 + 4) / 2, 9);
		expect(lat).toBeCloseTo((35.4 + 52) / 2, 9);
	});

	it('fits the places the search results or an event name, together; the chapter when they name none', () => {
		const bounds = { sochi: [39.7, 43.6, 39.8, 43.6], kunashir: [145.4, 43.6, 146.6, 44.6] } as Record<string, [number, number, number, number]>;
		const data = { ...none, placeBounds: bounds, placeKind: () => 'city' as const, searchPlaces: ['kunashir', 'sochi', 'kunashir'], eventPlaces: (id: string) => (id === 'e' ? ['sochi'] : []) };
		const expectBounds = (target: ReturnType<typeof cameraTarget>, bounds: number[]) => {
			expect(target).toMatchObject({ kind: 'bounds', maxZoom: 5, projection: 'mercator' });
			bounds.forEach((v, i) => expect(target?.kind === 'bounds' && target.bounds[i]).toBeCloseTo(v, 9));
		};
		expectBounds(cameraTarget(chapter, { kind: 'search' }, data), [39.7, 43.6, 146.6, 44.6]);
		expectBounds(cameraTarget(chapter, { kind: 'event', id: 'e' }, data), [39.7, 43.6, 39.8, 43.6]);
		expect(cameraTarget(chapter, { kind: 'event', id: 'none' }, data)).toEqual(chapterTarget(chapter));
		expect(cameraTarget(chapter, { kind: 'search' }, { ...data, searchPlaces: [] })).toEqual(chapterTarget(chapter));
		// Bounds not loaded yet: the map stays.
		expect(cameraTarget(chapter, { kind: 'search' }, { ...data, placeBounds: null })).toBeNull();
	});

	it('joins places’ bounds the short way across the 180° meridian', () => {
		const bounds = { a: [178, 60, 179, 61], b: [-179, 64, -178, 65] } as Record<string, [number, number, number, number]>;
		placesBounds(['a', 'b', 'missing'], bounds)!.forEach((v, i) => expect(v).toBeCloseTo([178, 60, 182, 65][i]!, 9));
		expect(placesBounds(['missing'], bounds)).toBeNull();
	});

	it('has the same key for targets that put the map in the same place', () => {
		expect(targetKey(chapterTarget(chapter))).toBe(targetKey(chapterTarget({ ...chapter })));
		expect(targetKey(chapterTarget(chapter))).not.toBe(targetKey(chapterTarget(chapters[0]!)));
	});
});
