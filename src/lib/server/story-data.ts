/**
 * What every page that shows the chapters needs from the build: each quotation's passage (for its
 * link and its "¶ N"), the measured sea routes and the measured distances. Computing it checks the
 * story's content first, so bad content fails the build with a message naming the file and words.
 */
import { chapters } from '$lib/content/chapters';
import { locateQuote } from '$lib/corpus/corpus';
import { checkStoryContent, corpus } from './content';
import { compareRoutes } from './routes';
import { chapterDistances } from './distances';
import type { ComparisonFigures, MeasuredDistance } from '$lib/geo/comparison';

export interface QuoteLink {
	anchor: string;
	label: string;
}

export interface StoryData {
	/** Chapter id → one link per quotation, in order */
	quoteLinks: Record<string, QuoteLink[]>;
	comparisons: Record<string, ComparisonFigures>;
	distances: Record<string, MeasuredDistance[]>;
}

let cached: StoryData | undefined;

export function storyData(): StoryData {
	if (cached) return cached;
	checkStoryContent();
	const quoteLinks: Record<string, QuoteLink[]> = {};
	const comparisons: Record<string, ComparisonFigures> = {};
	const distances: Record<string, MeasuredDistance[]> = {};
	for (const chapter of chapters) {
		quoteLinks[chapter.id] = chapter.blocks.flatMap((b) => {
			if (typeof b === 'string') return [];
			const { passage } = locateQuote(corpus().get(b.doc)!, b.text);
			return [{ anchor: passage.anchor, label: passage.label }];
		});
		if (chapter.routeComparison) comparisons[chapter.id] = compareRoutes(chapter.routeComparison);
		if (chapter.distances?.length) distances[chapter.id] = chapterDistances(chapter);
	}
	cached = { quoteLinks, comparisons, distances };
	return cached;
}
