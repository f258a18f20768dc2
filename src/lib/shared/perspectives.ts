/** Perspectives as the pages show it: built at build time (lib/server/perspectives.ts), drawn in the browser. */
import type { MentionTuple } from '../corpus/payload';
import type { Span } from '../corpus/parse';
import type { Side } from '../content/voices';
import type { PlacesMap } from '../geo/places-map';

/** A passage as the comparison shows it: whole, with the places it names marked. */
export interface PerspectivePassage {
	id: string;
	doc: string;
	anchor: string;
	label: string;
	text: string;
	/** The words, styled as in the document (footnote markers, emphasis) */
	spans: Span[];
	mentions: MentionTuple[];
	/** The places it names, in order of first mention, drawn on the map */
	places: string[];
	/** Set when the passage reports someone else's view: who, in the story's words */
	reported?: string;
}

export interface PerspectiveColumn {
	side: Side;
	/** The side's documents with how many passages each gives here, in time order */
	docs: { id: string; count: number; voiceKind: string }[];
	passages: PerspectivePassage[];
}

export interface QuestionSummary {
	id: string;
	title: string;
	short: string;
	description: string;
	/** Passages per side, and per document */
	counts: Record<Side, number>;
	byDoc: Record<string, number>;
}

export interface PerspectiveView {
	question: QuestionSummary;
	columns: [PerspectiveColumn, PerspectiveColumn];
	map: PlacesMap;
	/** The other questions, for moving between them */
	others: { id: string; short: string }[];
}

/** A question for the printed handout: its key passages, each side's in time order, with their paragraphs. */
export interface HandoutQuestion extends QuestionSummary {
	keys: Record<Side, { doc: string; text: string; label: string }[]>;
}
