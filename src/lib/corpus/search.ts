/**
 * Full-text search over the five documents, with MiniSearch (a small, maintained library whose
 * index serialises to JSON): the index is built when the site is built and loaded by the browser
 * on first use. One passage is one search document.
 */
import type { Options, SearchOptions } from 'minisearch';
import type { Mark } from './segments';

export interface SearchDoc {
	/** "riac-2012#p12" */
	id: string;
	text: string;
}

export const SEARCH_OPTIONS: Options<SearchDoc> = {
	fields: ['text'],
	storeFields: [],
	tokenize: (text) => words(text).map(([w]) => w),
	processTerm: (term) => term.toLowerCase()
};

/**
 * The words of a text with their offsets. Words are runs of letters and digits, also split where a
 * lower-case letter meets a capital, because the translations run words together
 * ("inKhabarovskin", "theNorthern territorieswill"): a search for Khabarovsk must find them.
 */
export function words(text: string): Array<[word: string, start: number]> {
	const out: Array<[string, number]> = [];
	for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
		let from = 0;
		for (const cut of m[0].matchAll(/(?<=\p{Ll})(?=\p{Lu})/gu)) {
			out.push([m[0].slice(from, cut.index), m.index + from]);
			from = cut.index;
		}
		out.push([m[0].slice(from), m.index + from]);
	}
	return out;
}

export const QUERY_OPTIONS: SearchOptions = {
	prefix: true,
	fuzzy: (term) => (term.length > 5 ? 0.2 : false),
	combineWith: 'AND'
};

/** Where in `text` the query's words (or words starting with them) occur: [start, end) ranges. */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
	const wanted = terms.map((t) => t.toLowerCase()).filter(Boolean);
	const ranges: Array<[number, number]> = [];
	for (const [w, start] of words(text)) {
		const word = w.toLowerCase();
		if (wanted.some((t) => word === t || word.startsWith(t))) ranges.push([start, start + w.length]);
	}
	return ranges;
}

/** Marks for the words of a passage that a search matched. */
export function matchMarks(text: string, terms: readonly string[]): Mark[] {
	return matchRanges(text, terms).map(([start, end]) => ({ start, end, tag: 'match' }));
}
