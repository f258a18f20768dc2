import { json } from '@sveltejs/kit';
import { chapters } from '$lib/server/chapters';

// Written once at build time to build/data/chapters.json: the chapters whole, for a story page that
// the browser draws itself (reached by a link inside the site); a built page has the words in its HTML.
export const prerender = true;

export function GET() {
	return json({ chapters });
}
