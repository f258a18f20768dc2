import { storyData } from '$lib/server/story-data';
import { chapterMaps } from '$lib/server/static-maps';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ ...storyData(), maps: chapterMaps() });
