import { json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { passagesJson } from '$lib/server/downloads';

// Written once at build time to build/data/passages.json (described at /data).
export const prerender = true;

export function GET() {
	return json(passagesJson(base));
}
