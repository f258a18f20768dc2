import { checkStoryContent } from '$lib/server/content';
import type { PageServerLoad } from './$types';

// Runs once, when the page is prerendered: bad content fails the build with a message that
// names the file and the words.
export const load: PageServerLoad = () => {
	checkStoryContent();
	return {};
};
