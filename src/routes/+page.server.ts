import { outlineOf } from '$lib/content/chapters';
import { storyData } from '$lib/server/story-data';
import type { PageServerLoad } from './$types';

// Runs once, when the page is prerendered (see storyData: bad content fails the build). The
// chapters go to the browser as outlines: their words are in the page's HTML (see +page.ts).
export const load: PageServerLoad = () => {
	const { chapters, quoteLinks, comparisons, distances, figures, timeline } = storyData();
	return { chapters: chapters.map(outlineOf), quoteLinks, comparisons, distances, figures, timeline };
};
