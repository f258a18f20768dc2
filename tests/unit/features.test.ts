import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/lib/content/chapters';
import { getPlace, places } from '../../src/lib/content/places';
import { labelFeatures, localNames, placeFeatures } from '../../src/lib/geo/place-features';
import { chapterMarks, landStates } from '../../src/lib/map/highlight';

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
		const states = landStates(places, chapterMarks(ch));
		const land = [...states].filter(([, s]) => s.highlight).map(([id]) => id);
		expect(land).toEqual(expect.arrayContaining(['iturup', 'kunashir', 'shikotan', 'zelyony', 'anuchina']));
		expect(land).not.toContain('urup');
		expect(chapterMarks(ch).highlighted).toContain('southern-kurils');
	});
});
