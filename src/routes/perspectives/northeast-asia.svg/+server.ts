import { locatorSvg } from '$lib/server/perspectives';

// Written once at build time: the background every question's map shares.
export const prerender = true;

export function GET() {
	return new Response(locatorSvg(), { headers: { 'content-type': 'image/svg+xml' } });
}
