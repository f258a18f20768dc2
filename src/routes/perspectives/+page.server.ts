import { documents } from '$lib/content/documents';
import { ONE_SIDED, VOICE_KINDS, VOICE_NOTE } from '$lib/content/perspectives';
import { questionSummaries } from '$lib/server/perspectives';
import { storyData } from '$lib/server/story-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	// The content check (the questions' included) runs before any page is written.
	storyData();
	return {
		questions: questionSummaries(),
		voices: documents.map((d) => ({ id: d.id, kind: VOICE_KINDS[d.id] })),
		voiceNote: VOICE_NOTE,
		oneSided: ONE_SIDED
	};
};
