import { error, json } from '@sveltejs/kit';
import { chapters } from '$lib/server/chapters';
import { chapterMaps } from '$lib/server/static-maps';
import type { EntryGenerator, RequestHandler } from './$types';

// Each chapter's printed map as data, written at build time: a lesson's handout fetches the maps of its chapters only.
export const prerender = true;
export const entries: EntryGenerator = () => chapters.map((c) => ({ chapter: c.id }));

export const GET: RequestHandler = ({ params }) => {
	const map = chapterMaps()[params.chapter];
	if (!map) error(404, `There is no chapter "${params.chapter}".`);
	return json(map);
};
