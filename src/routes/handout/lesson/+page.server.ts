import { storyData } from '$lib/server/story-data';
import type { PageServerLoad } from './$types';

// What every chapter's handout section needs but its map (fetched per chapter, the lesson's only).
export const load: PageServerLoad = () => {
	const { chapters, quoteLinks, comparisons, distances, figures } = storyData();
	return { chapters, quoteLinks, comparisons, distances, figures };
};
