/** The story as pages get it from the build (lib/server/story-data.ts): the types server and browser share. */
import type { Chapter } from '../content/chapters';
import type { Figure } from '../content/figures';
import type { ChartLayout } from '../charts/layout';
import type { ComparisonFigures, MeasuredDistance } from '../geo/comparison';
import type { TimelineData } from '../state/timeline';

/** A document as the story's footer lists it */
export interface FooterDocument {
	id: string;
	title: string;
	author: string;
	authorRole: string;
	publisher: string;
	dateLabel: string;
	/** Its caveats (documentNotes) */
	notes: string[];
}

export interface QuoteLink {
	anchor: string;
	label: string;
}

/** A chart as the page draws it: the figure, its geometry, and each value's passage. */
export interface FigureData {
	figure: Figure;
	layout: ChartLayout;
	/** For each datum, in order: the passage its words are in, and a short citation */
	links: (QuoteLink & { cite: string })[];
}

export interface StoryData {
	/** The chapters, in order */
	chapters: readonly Chapter[];
	/** Chapter id → its charts */
	figures: Record<string, FigureData[]>;
	timeline: TimelineData;
	/** Chapter id → one link per quotation, in order */
	quoteLinks: Record<string, QuoteLink[]>;
	comparisons: Record<string, ComparisonFigures>;
	distances: Record<string, MeasuredDistance[]>;
	/** Chapter id → its two sides (chapters.ts's SidesPair): the question, and each quotation's passage */
	sides: Record<string, SidesLinks>;
}

export interface SidesLinks {
	question: { id: string; title: string; short: string };
	russian: QuoteLink;
	japanese: QuoteLink;
}
