import { storyData } from '$lib/server/story-data';
import { chapterMaps } from '$lib/server/static-maps';
import { handoutPerspectives } from '$lib/server/perspectives';
import { VOICE_NOTE } from '$lib/content/voices';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ ...storyData(), maps: chapterMaps(), perspectives: handoutPerspectives(), voiceNote: VOICE_NOTE });
