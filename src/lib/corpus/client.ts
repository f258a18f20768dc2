/**
 * The browser's copy of the corpus: fetched once, on first use, from the prerendered
 * /data/corpus.json. A failed load is reported and can be retried; nothing else depends on it.
 */
import MiniSearch from 'minisearch';
import type { CorpusPayload, PayloadPassage } from './payload';
import { QUERY_OPTIONS, SEARCH_OPTIONS, type SearchDoc } from './search';

export interface LoadedCorpus extends CorpusPayload {
	byId: Map<string, PayloadPassage>;
	search: MiniSearch<SearchDoc>;
}

let pending: Promise<LoadedCorpus> | null = null;

export function loadCorpus(base: string): Promise<LoadedCorpus> {
	pending ??= (async () => {
		const response = await fetch(`${base}/data/corpus.json`);
		if (!response.ok) throw new Error(`the server answered ${response.status} for data/corpus.json`);
		const payload = (await response.json()) as CorpusPayload;
		return {
			...payload,
			byId: new Map(payload.passages.map((p) => [p.id, p])),
			search: MiniSearch.loadJS<SearchDoc>(payload.index as never, SEARCH_OPTIONS)
		};
	})().catch((e: unknown) => {
		pending = null; // let the reader try again
		throw e;
	});
	return pending;
}

export interface SearchHit {
	passage: PayloadPassage;
	/** The words of the passage that matched */
	terms: string[];
}

/** Passages matching a query, best first. */
export function searchPassages(corpus: LoadedCorpus, query: string, limit = 40): SearchHit[] {
	const q = query.trim();
	if (!q) return [];
	return corpus.search
		.search(q, QUERY_OPTIONS)
		.slice(0, limit)
		.flatMap((r) => {
			const passage = corpus.byId.get(String(r.id));
			return passage ? [{ passage, terms: r.terms }] : [];
		});
}
