import { storyData } from '$lib/server/story-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => storyData();
