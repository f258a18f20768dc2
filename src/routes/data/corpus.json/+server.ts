import { json } from '@sveltejs/kit';
import { corpusPayload } from '$lib/server/payload';

// Written once at build time to build/data/corpus.json; the browser fetches it on first use.
export const prerender = true;

export function GET() {
	return json(corpusPayload());
}
