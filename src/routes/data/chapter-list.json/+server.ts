import { json } from '@sveltejs/kit';
import { chapters } from '$lib/server/chapters';

// Written once at build time to build/data/chapter-list.json: the chapters' ids and titles, for the
// page that answers an address Passages does not have (a page the browser draws without the build's data).
export const prerender = true;

export function GET() {
	return json({ chapters: chapters.map(({ id, title }) => ({ id, title })) });
}
