import { describe, expect, it } from 'vitest';
import { emphasisIds } from '../../src/lib/state/emphasis';

describe('the places the map marks in purple', () => {
	const sources = { hovered: [] as string[], searching: false, searchPlaces: ['sakhalin', 'sakhalin'], eventPlaces: ['irkutsk'] };

	it('are the hovered passage’s places first, each once', () => {
		expect(emphasisIds({ ...sources, hovered: ['kunashir', 'kunashir', 'iturup'], searching: true })).toEqual(['kunashir', 'iturup']);
	});

	it('else the search results’ while searching, else the open event’s', () => {
		expect(emphasisIds({ ...sources, searching: true })).toEqual(['sakhalin']);
		expect(emphasisIds(sources)).toEqual(['irkutsk']);
		expect(emphasisIds({ ...sources, eventPlaces: [] })).toEqual([]);
	});
});
