import { documents } from '$lib/content/documents';
import { ONE_SIDED, VOICE_KINDS, VOICE_NOTE } from '$lib/content/perspectives';
import { questionSummaries } from '$lib/server/perspectives';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	return {
		questions: questionSummaries(),
		voices: documents.map((d) => ({ id: d.id, kind: VOICE_KINDS[d.id] })),
		voiceNote: VOICE_NOTE,
		oneSided: ONE_SIDED
	};
};
