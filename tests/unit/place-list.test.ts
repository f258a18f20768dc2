import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/lib/server/chapters';
import { categorise, chaptersShowing, matchesFilter } from '../../src/lib/content/place-list';
import { getPlace, places } from '../../src/lib/content/places';

describe('the side panel’s list of places', () => {
	const list = categorise(places, '', new Map([['kunashir', 9], ['iturup', 3]]));
	const titles = list.map((c) => c.title);

	it('puts every place in exactly one category, the disputed islands first', () => {
		expect(titles[0]).toBe('The disputed islands');
		const ids = list.flatMap((c) => c.places.map((p) => p.id));
		expect(ids.sort()).toEqual(places.map((p) => p.id).sort());
	});

	it('lists groups first, then the places the documents name most often', () => {
		const disputed = list[0]!.places.map((p) => p.id);
		expect(disputed.indexOf('kunashir')).toBeLessThan(disputed.indexOf('iturup'));
		const kurils = list.find((c) => c.title === 'The Kuril chain')!.places;
		expect(kurils[0]!.kind).toBe('island-group');
		expect(list.find((c) => c.title === 'Vladivostok')!.places.map((p) => p.id)).toEqual(expect.arrayContaining(['vladivostok', 'russky', 'port-vostochny']));
	});

	it('filters by any of a place’s names, in any script and case', () => {
		for (const filter of ['Кунашир', '国後', 'kunashiri', 'KUNASHIR']) expect(matchesFilter(getPlace('kunashir')!, filter)).toBe(true);
		expect(categorise(places, 'Кунашир', new Map()).flatMap((c) => c.places.map((p) => p.id))).toEqual(['kunashir']);
		expect(categorise(places, 'no such place', new Map())).toEqual([]);
	});
});

describe('the chapters that show a place', () => {
	it('give their quotations where they show the place itself, and none where they show its group', () => {
		const shown = chaptersShowing('kunashir', chapters, (id) => chapters.find((c) => c.id === id)!.blocks.filter((b) => typeof b !== 'string'));
		const own = shown.find((s) => s.chapter.id === 'four-islands')!;
		expect(own.own).toBe(true);
		expect(own.quotations.length).toBe(chapters.find((c) => c.id === 'four-islands')!.blocks.filter((b) => typeof b !== 'string').length);
		expect(own.quotations.map((q) => q.index)).toEqual(own.quotations.map((_, i) => i));
		const group = shown.filter((s) => !s.chapter.places.includes('kunashir'));
		expect(group.length).toBeGreaterThan(0);
		for (const s of group) {
			expect(s.chapter.places).toContain('southern-kurils');
			expect(s.own).toBe(false);
			expect(s.quotations).toEqual([]);
		}
		expect(shown.map((s) => s.number)).toEqual(shown.map((s) => chapters.findIndex((c) => c.id === s.chapter.id) + 1));
	});
});
