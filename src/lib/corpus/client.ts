/**
 * The browser's copy of the corpus: fetched once, on first use, from the prerendered
 * /data/corpus.json. A failed load is reported and can be retried; nothing else depends on it.
 * The page imports this module only when it needs the corpus, so MiniSearch stays out of its
 * first load.
 */
import MiniSearch from 'minisearch';
import type { CorpusPayload, PayloadPassage } from './payload';
import { QUERY_OPTIONS, SEARCH_OPTIONS, type SearchDoc } from './search';
import { narrowed, type Narrowed, type Narrowing } from './narrow';
import { passagePlaces } from './place-passages';

export interface SearchHit {
	passage: PayloadPassage;
	/** The words of the passage that matched */
	terms: string[];
}

export interface LoadedCorpus extends CorpusPayload {
	byId: Map<string, PayloadPassage>;
	/** Passages matching a query, best first (at most `limit`), among those `only` keeps */
	find(query: string, limit?: number, only?: (passage: PayloadPassage) => boolean): SearchHit[];
	/** A search's narrowing by side and question (narrow.ts), which works on the corpus's questions */
	narrowed(view: Narrowing): Narrowed;
	/** The places a passage names, with their groups (place-passages.ts) */
	passagePlaces: typeof passagePlaces;
}

let pending: Promise<LoadedCorpus> | null = null;

export function loadCorpus(base: string): Promise<LoadedCorpus> {
	pending ??= (async () => {
		const response = await fetch(`${base}/data/corpus.json`);
		if (!response.ok) throw new Error(`the server answered ${response.status} for data/corpus.json`);
		const payload = (await response.json()) as CorpusPayload;
		const byId = new Map(payload.passages.map((p) => [p.id, p]));
		const index = MiniSearch.loadJS<SearchDoc>(payload.index as never, SEARCH_OPTIONS);
		// The functions that work on the corpus come with it, so that the page's first script needs neither
		return {
			...payload,
			byId,
			find: (query: string, limit?: number, only?: (passage: PayloadPassage) => boolean) => searchPassages(index, byId, query, limit, only),
			narrowed: (view: Narrowing) => narrowed(view, payload.perspectives),
			passagePlaces
		};
	})().catch((e: unknown) => {
		pending = null; // let the reader try again
		throw e;
	});
	return pending;
}

/** Passages matching a query, best first; narrowed (before the limit) to those `only` keeps. */
export function searchPassages(
	index: MiniSearch<SearchDoc>,
	byId: ReadonlyMap<string, PayloadPassage>,
	query: string,
	limit = SEARCH_LIMIT,
	only?: (passage: PayloadPassage) => boolean
): SearchHit[] {
	const q = query.trim();
	if (!q) return [];
	const keep =
		only &&
		((r: { id: unknown }) => {
			const passage = byId.get(String(r.id));
			return !!passage && only(passage);
		});
	return index
		.search(q, keep ? { ...QUERY_OPTIONS, filter: keep } : QUERY_OPTIONS)
		.slice(0, limit)
		.flatMap((r) => {
			const passage = byId.get(String(r.id));
			return passage ? [{ passage, terms: r.terms }] : [];
		});
}

/** The most results a search lists; the panel says "40+" when it is reached. */
export const SEARCH_LIMIT = 40;
