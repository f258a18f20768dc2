/**
 * Full-text search over the five documents, with MiniSearch (a small, maintained library whose
 * index serialises to JSON): the index is built when the site is built and loaded by the browser
 * on first use. One passage is one search document.
 */
import type { Options, SearchOptions } from 'minisearch';

export interface SearchDoc {
	/** "riac-2012#p12" */
	id: string;
	text: string;
}

export const SEARCH_OPTIONS: Options<SearchDoc> = {
	fields: ['text'],
	storeFields: [],
	// Keep the translations' spellings searchable as written: split on anything but letters and digits.
	tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean),
	processTerm: (term) => term.toLowerCase()
};

export const QUERY_OPTIONS: SearchOptions = {
	prefix: true,
	fuzzy: (term) => (term.length > 5 ? 0.2 : false),
	combineWith: 'AND'
};

/** Where in `text` the query's words (or words starting with them) occur: [start, end) ranges. */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
	const wanted = terms.map((t) => t.toLowerCase()).filter(Boolean);
	const ranges: Array<[number, number]> = [];
	for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
		const word = m[0].toLowerCase();
		if (wanted.some((t) => word === t || word.startsWith(t))) ranges.push([m.index, m.index + m[0].length]);
	}
	return ranges;
}
