/**
 * The side panel's list of places, grouped as a reader looks for them, and which of the story's
 * chapters show a place. Editorial choices, kept as data here; pure.
 */
import type { ChapterOutline, Quotation } from './chapters';
import { ancestors } from './gazetteer';
import type { Place, PlaceKind } from './places';

export interface PlaceCategory {
	title: string;
	/** Places in this category: these, and those that belong to them (gazetteer.ts PART_OF) */
	around?: readonly string[];
	/** …and places of these kinds */
	kinds?: readonly PlaceKind[];
	/** Only the disputed islands */
	disputed?: boolean;
}

/** In order: a place goes in the first category that takes it; the last takes the rest. */
export const CATEGORIES: readonly PlaceCategory[] = [
	{ title: 'The disputed islands', disputed: true },
	{ title: 'The Kuril chain', around: ['kuril-islands'] },
	{ title: 'Sakhalin and Hokkaido', around: ['sakhalin', 'hokkaido'] },
	{ title: 'Vladivostok', around: ['vladivostok'], kinds: ['port'] },
	{ title: 'Routes, regions and sites', kinds: ['sea-route', 'strait', 'region', 'site', 'energy-site'] },
	{ title: 'Cities and summits' }
];

function inCategory(place: Place, c: PlaceCategory): boolean {
	if (c.disputed) return !!place.disputed;
	if (!c.around && !c.kinds) return true;
	const near = c.around?.some((id) => place.id === id || ancestors(place.id).includes(id)) ?? false;
	return near || (c.kinds?.includes(place.kind) ?? false);
}

/** A place matches a filter when one of its names contains it, in any script, ignoring case. */
export function matchesFilter(place: Place, filter: string): boolean {
	const f = filter.trim().toLowerCase();
	return !f || [place.names.en, place.names.ru, place.names.ja, place.names.jaRomaji].some((n) => n?.toLowerCase().includes(f));
}

/**
 * The places in their categories, those a filter leaves out dropped, each category's groups first
 * and then the places the documents name most often; empty categories left out.
 */
export function categorise(
	places: readonly Place[],
	filter: string,
	counts: ReadonlyMap<string, number>
): { title: string; places: Place[] }[] {
	const used = new Set<string>();
	const order = (p: Place) => (p.kind === 'island-group' ? -1000 : 0) - (counts.get(p.id) ?? 0);
	return CATEGORIES.map((c) => {
		const list = places.filter((p) => !used.has(p.id) && inCategory(p, c));
		for (const p of list) used.add(p.id);
		return { title: c.title, places: list.filter((p) => matchesFilter(p, filter)).sort((a, b) => order(a) - order(b)) };
	}).filter((c) => c.places.length > 0);
}

export interface ChapterShowing {
	chapter: ChapterOutline;
	/** It shows the place itself, not only its group */
	own: boolean;
	/** 1-based, as the story numbers it */
	number: number;
	/** The chapter's quotations, when it shows the place itself; none when it shows the place's group */
	quotations: { quotation: Quotation; index: number }[];
}

/**
 * The chapters that show a place or its nearest group: those that show the place itself with their
 * quotations, the others (which show it as part of its group) without.
 */
export function chaptersShowing(
	placeId: string,
	list: readonly ChapterOutline[],
	/** A chapter's quotations, in order (none until they are loaded) */
	quotationsOf: (chapterId: string) => readonly Quotation[] = () => []
): ChapterShowing[] {
	const group = ancestors(placeId)[0];
	return list.flatMap((chapter, i) => {
		const own = chapter.places.includes(placeId);
		if (!own && !(group !== undefined && chapter.places.includes(group))) return [];
		const quotations = own ? quotationsOf(chapter.id).map((quotation, index) => ({ quotation, index })) : [];
		return [{ chapter, number: i + 1, own, quotations }];
	});
}
