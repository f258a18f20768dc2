import { chapters } from '$lib/content/chapters';
import { locateQuote } from '$lib/corpus/corpus';
import { checkStoryContent, corpus } from '$lib/server/content';
import { compareRoutes } from '$lib/server/routes';
import { chapterDistances } from '$lib/server/distances';
import type { ComparisonFigures, MeasuredDistance } from '$lib/geo/comparison';
import type { PageServerLoad } from './$types';

export interface QuoteLink {
	anchor: string;
	label: string;
}

// Runs once, when the page is prerendered: bad content fails the build with a message that
// names the file and the words. Then each quotation gets the passage it links to.
export const load: PageServerLoad = () => {
	checkStoryContent();
	const quoteLinks: Record<string, QuoteLink[]> = {};
	for (const chapter of chapters) {
		quoteLinks[chapter.id] = chapter.blocks.flatMap((b) => {
			if (typeof b === 'string') return [];
			const { passage } = locateQuote(corpus().get(b.doc)!, b.text);
			return [{ anchor: passage.anchor, label: passage.label }];
		});
	}
	const comparisons: Record<string, ComparisonFigures> = {};
	for (const chapter of chapters) if (chapter.routeComparison) comparisons[chapter.id] = compareRoutes(chapter.routeComparison);
	const distances: Record<string, MeasuredDistance[]> = {};
	for (const chapter of chapters) if (chapter.distances?.length) distances[chapter.id] = chapterDistances(chapter);
	return { quoteLinks, comparisons, distances };
};
