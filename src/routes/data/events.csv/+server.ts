import { base } from '$app/paths';
import { eventsCsv } from '$lib/server/downloads';

// Written once at build time to build/data/events.csv (described at /data).
export const prerender = true;

export function GET() {
	return new Response(eventsCsv(base), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
