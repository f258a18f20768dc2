/**
 * What a chapter is: the types that the build and the browser share, and small pure helpers. The
 * chapters themselves are Markdown files (src/content/chapters/*.md, read by chapter-file.ts when
 * the site is built); pages get them through `load`. Each chapter sets a camera, highlights places
 * from the gazetteer (places.ts), can show or hide layer groups, and quotes the documents word for
 * word. The words between the quotations are the story's own, neutral between the Japanese and
 * Russian positions. validate.ts checks all of it when the site is built.
 */
import type { DocumentId } from './documents';

/** The steepest pitch the map allows; a chapter asking for more could never be reached. */
export const MAX_PITCH = 70;

export interface Camera {
	/** [longitude, latitude] */
	center: [number, number];
	zoom: number;
	bearing: number;
	pitch: number;
}

/** Layer groups a chapter can switch on or off; anything not named keeps its default. */
/** `treaty-borders`: the lines of the settlements in the timeline's span (borders.ts) */
export type LayerGroup = 'borders' | 'island-labels' | 'place-labels' | 'sea-route' | 'energy-sites' | 'treaty-borders';

export const LAYER_DEFAULTS: Record<LayerGroup, boolean> = {
	borders: true,
	'island-labels': true,
	'place-labels': true,
	'sea-route': false,
	'energy-sites': false,
	'treaty-borders': false
};

/** The layer groups' visibility for a chapter: its own switches over the defaults. */
export function layerVisibility(chapter: Pick<Chapter, 'layers'>): Record<LayerGroup, boolean> {
	return { ...LAYER_DEFAULTS, ...chapter.layers };
}

export interface Quotation {
	doc: DocumentId;
	/** The document's words exactly (whitespace may differ); "…" marks an omission. */
	text: string;
	/** The chapter's key quotation, the one the presenter shows (default: the chapter's first) */
	key?: boolean;
}

/** A paragraph in the story's own words, or a quotation from a document. */
export type Block = string | Quotation;

/**
 * Two sea routes between the same ports, measured on the shipping-lane network when the site is
 * built and set beside what a document claims (the words must be found in the document).
 */
export interface RouteComparison {
	/** Port ids (ports.ts) */
	from: string;
	to: string;
	claim: {
		doc: DocumentId;
		/** The document's words that state the figures */
		words: string;
		/** The figures those words give, in kilometres */
		viaNsrKm: number;
		viaSuezKm: number;
	};
}

/**
 * A chapter's two sides for the classroom: one quotation from each, on one Perspectives question
 * (content/perspectives.ts), shown by the presenter as a two-column slide after the chapter's own
 * and printed in the handout.
 */
export interface SidesPair {
	/** The question the pair is about */
	question: string;
	/** From a Russian document, and from a Japanese one, each in a passage the question takes */
	russian: Quotation;
	japanese: Quotation;
	/** Speaker notes, the story's own words: a question for the class first */
	notes: string[];
}

export interface Chapter {
	/** kebab-case, used as the URL hash */
	id: string;
	title: string;
	blocks: Block[];
	camera: Camera;
	projection?: 'mercator' | 'globe';
	/** Place ids (places.ts) to highlight on the map */
	places: string[];
	layers?: Partial<Record<LayerGroup, boolean>>;
	/** What the map shows, for readers who cannot see it */
	mapDescription: string;
	/** Sea routes measured and compared with a document's claim */
	routeComparison?: RouteComparison;
	/**
	 * Distances to measure and draw as labelled geodesic lines: between the nearest points of two
	 * places (place ids), measured on the map's data when the site is built.
	 */
	distances?: { from: string; to: string; label: string }[];
	/** Speaker notes for the classroom presenter, a paragraph each: the story's own words */
	notes?: string[];
	/**
	 * The chapter is about a question the two sides dispute: it must quote voices from both (the
	 * build checks, and reports every chapter's voices: balance.ts).
	 */
	contested?: boolean;
	/**
	 * The years of the timeline (events.ts) this chapter shows on the map, both included; without
	 * it, every event. A reader can widen or narrow it with the timeline's scrubber.
	 */
	timeline?: { from: number; to: number };
	/** The chapter's two sides, for a slide of their own (see SidesPair) */
	sides?: SidesPair;
}

/**
 * A chapter without its words: what the story page's browser code needs (the camera, the places,
 * the layers, the span) while the prose stays in the page's HTML.
 */
export type ChapterOutline = Omit<Chapter, 'blocks' | 'notes' | 'sides'>;

/** A chapter's outline: everything but its paragraphs, quotations, speaker notes and two sides. */
export function outlineOf(chapter: Chapter): ChapterOutline {
	const outline: Partial<Chapter> = { ...chapter };
	delete outline.blocks;
	delete outline.notes;
	delete outline.sides;
	return outline as ChapterOutline;
}

/** The paragraph the presenter shows: the chapter's first paragraph in the story's own words. */
export function leadOf(chapter: Chapter): string {
	return chapter.blocks.find((b): b is string => typeof b === 'string') ?? '';
}

/** For each of a chapter's blocks, its index among the chapter's quotations (-1 for a paragraph). */
export function quotationIndexes(chapter: Pick<Chapter, 'blocks'>): number[] {
	let n = 0;
	return chapter.blocks.map((b) => (typeof b === 'string' ? -1 : n++));
}

/** The quotation the presenter shows: the one marked `key`, else the first. */
export function keyQuotation(chapter: Chapter): { quotation: Quotation; index: number } | undefined {
	const quotations = chapter.blocks.filter((b): b is Quotation => typeof b !== 'string');
	const index = Math.max(0, quotations.findIndex((q) => q.key));
	const quotation = quotations[index];
	return quotation && { quotation, index };
}
