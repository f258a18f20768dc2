import { error } from '@sveltejs/kit';
import { questions } from '$lib/content/perspectives';
import { ORDER_NOTE, VOICE_NOTE } from '$lib/content/voices';
import { perspectiveView } from '$lib/server/perspectives';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => questions.map((q) => ({ question: q.id }));

export const load: PageServerLoad = ({ params }) => {
	const view = perspectiveView(params.question);
	if (!view) error(404, `There is no question "${params.question}".`);
	return { ...view, voiceNote: VOICE_NOTE, orderNote: ORDER_NOTE };
};
