/**
 * What the browser loads, on first use, to show a place's passages and to search: every passage
 * of the five documents (its words and the places it mentions), the search index, and each
 * place's bounds for the map to fly to, and the questions each passage speaks to. Built by the
 * prerendered /data/corpus.json.
 */
export type MentionTuple = [start: number, end: number, place: string];

export interface PayloadPassage {
	/** "riac-2012#p12" */
	id: string;
	doc: string;
	anchor: string;
	label: string;
	kind: 'heading' | 'paragraph' | 'list' | 'footnote';
	text: string;
	mentions: MentionTuple[];
}

export interface CorpusPayload {
	passages: PayloadPassage[];
	/** MiniSearch's JSON form of the index (SEARCH_OPTIONS) */
	index: unknown;
	/** place id → [west, south, east, north]; east may exceed 180 for a place across the antimeridian */
	bounds: Record<string, [number, number, number, number]>;
	/** The Perspectives' questions, each with its passages' ids in time order (content/perspectives.ts) */
	perspectives: PayloadQuestion[];
}

export interface PayloadQuestion {
	id: string;
	short: string;
	title: string;
	passages: string[];
}
