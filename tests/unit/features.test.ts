import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/lib/server/chapters';
import { getPlace, places } from '../../src/lib/content/places';
import { labelFeatures, localNames, placeFeatures } from '../../src/lib/geo/place-features';
import { chapterMarks, labelMarks, labelStates, labelsWithYears, landMarks, placeMarks } from '../../src/lib/map/highlight';
import { distanceFeatures, routeFeatures } from '../../src/lib/map/overlay-data';

describe('the places source', () => {
	const fc = placeFeatures(places);
	const labels = labelFeatures(places);

	it('draws islands from the land file, not as points of their own', () => {
		expect(fc.features.some((f) => f.properties.kind === 'island' || f.properties.kind === 'island-group')).toBe(false);
		expect(fc.features.find((f) => f.properties.id === 'vladivostok')?.geometry.type).toBe('Point');
	});

	it('labels every place exactly once, islands at their seed point', () => {
		expect(labels.features).toHaveLength(places.length);
		expect(new Set(labels.features.map((f) => f.properties.id)).size).toBe(places.length);
		const iturup = labels.features.find((f) => f.properties.id === 'iturup')!;
		expect(iturup.geometry.coordinates).toEqual([147.825, 45.057]);
		expect(iturup.properties.name).toBe('Iturup / Etorofu');
		expect(iturup.properties.localNames).toBe('Итуруп · 択捉島');
		expect(iturup.properties.disputed).toBe(true);
	});

	it('keeps lines as lines (the Northern Sea Route, split at 180°)', () => {
		const nsr = fc.features.find((f) => f.properties.id === 'northern-sea-route')!;
		expect(nsr.geometry.type).toBe('MultiLineString');
	});

	it('joins only the names that are known', () => {
		expect(localNames(getPlace('demina')!)).toBe('Дёмина');
	});
});

describe('chapter highlights', () => {
	it('expand an island group into its member islands', () => {
		const ch = chapters.find((c) => c.id === 'four-islands')!;
		const land = landMarks(places, chapterMarks(ch)).highlight;
		expect(land).toEqual(expect.arrayContaining(['iturup', 'kunashir', 'shikotan', 'zelyony', 'anuchina']));
		expect(land).not.toContain('urup');
		expect(chapterMarks(ch).highlighted).toContain('southern-kurils');
	});
});

describe('what the map marks', () => {
	const nsr = chapters.find((c) => c.id === 'northern-sea-route')!;
	const marks = (chapterId: string, selected: string | null, named: string[]) => ({
		...chapterMarks(chapters.find((c) => c.id === chapterId)!),
		selected,
		named
	});

	it('marks the open place’s land in blue and a named group’s members in purple', () => {
		const land = landMarks(places, marks('four-islands', 'kunashir', ['habomai']));
		expect(land.selected).toEqual(['kunashir']);
		expect(land.named).toEqual(expect.arrayContaining(['zelyony', 'anuchina', 'polonsky']));
		expect(land.named).not.toContain('kunashir');
		expect(land.highlight).toContain('kunashir');
		expect(land.highlight).not.toContain('urup');
	});

	it('marks lines on the places’ own features and rings points at their labels', () => {
		const m = marks('summits', 'northern-sea-route', ['irkutsk']);
		expect(placeMarks(places, m)).toEqual({ highlight: expect.arrayContaining(['irkutsk', 'sochi']), named: [], selected: ['northern-sea-route'] });
		expect(labelMarks(places, m)).toEqual({ highlight: [], named: ['irkutsk'], selected: [] });
		// An island is marked by its land, not by a ring round its label.
		expect(labelMarks(places, marks('four-islands', 'kunashir', [])).selected).toEqual([]);
		expect(labelStates(m).get('irkutsk')).toEqual({ highlight: true });
	});

	it('does not highlight the sketched sea lane in a chapter that draws measured routes', () => {
		expect(nsr.places).toContain('northern-sea-route');
		expect(placeMarks(places, chapterMarks(nsr)).highlight).not.toContain('northern-sea-route');
		expect(placeMarks(places, chapterMarks(nsr)).highlight).toContain('murmansk');
	});

	it('puts the years of the events shown at a place into its label', () => {
		const labels = labelsWithYears(places, new Map([['irkutsk', '2001']]));
		expect(labels.features.find((f) => f.properties.id === 'irkutsk')?.properties.years).toBe('2001');
		expect(labels.features.find((f) => f.properties.id === 'sochi')?.properties.years).toBeUndefined();
	});

	it('marks the chapter’s own places’ labels to be placed first', () => {
		const labels = labelsWithYears(places, new Map(), chapterMarks(nsr).highlighted);
		const first = labels.features.filter((f) => f.properties.first).map((f) => f.properties.id);
		expect(first).toContain('kara-gate');
		expect(first).toContain('murmansk');
		expect(first).not.toContain('moscow');
	});
});

describe('a chapter’s measured lines', () => {
	it('draw the Suez route under the Arctic one, and each distance with its length at its middle', () => {
		const route = { metres: 1, straits: [], coordinates: [[0, 0], [1, 1]] as [number, number][] };
		const figures = { from: 'A', to: 'B', viaSuez: route, viaNsr: route, direct: 1, claim: { doc: 'riac-2012' as const, words: '', viaNsrKm: 1, viaSuezKm: 1 }, claimSource: 'RIAC report, 2012' };
		expect(routeFeatures(figures).features.map((f) => f.properties?.route)).toEqual(['suez', 'nsr']);
		expect(routeFeatures(undefined).features).toEqual([]);
		const d = distanceFeatures([{ from: 'a', to: 'b', label: 'x', metres: 16_400, line: [[0, 0], [1, 0], [2, 0]] }]);
		expect(d.features.map((f) => f.properties?.kind)).toEqual(['line', 'label']);
		expect(d.features[1]!.properties?.text).toBe('16.4 km');
		expect(d.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [1, 0] });
	});
});
