import { base } from '$app/paths';
import { figuresCsv } from '$lib/server/downloads';

// Written once at build time to build/data/figures.csv (described at /data).
export const prerender = true;

export function GET() {
	return new Response(figuresCsv(base), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
