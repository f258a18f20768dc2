import { storyData } from '$lib/server/story-data';
import type { PageServerLoad } from './$types';

// Runs once, when the page is prerendered (see storyData: bad content fails the build).
export const load: PageServerLoad = () => storyData();
