import type { FeatureCollection } from 'geojson';
import { places } from '$lib/content/places';
import { placesGeoJson } from '$lib/server/places-geojson';
import landSimpleRaw from '../../../../static/geo/land-region-simple.geojson?raw';

// Written once at build time to build/geo/places.geojson, beside the map's other data.
export const prerender = true;

export function GET() {
	const body = JSON.stringify(placesGeoJson(places, JSON.parse(landSimpleRaw) as FeatureCollection));
	return new Response(body, { headers: { 'content-type': 'application/geo+json' } });
}
