/** The shipping-lane network in the browser: fetched and built once, on first use of the route tool. */
import type { FeatureCollection } from 'geojson';
import { buildNetwork, type SeaNetwork } from './routing';

let pending: Promise<SeaNetwork> | null = null;

export function loadSeaNetwork(base: string): Promise<SeaNetwork> {
	pending ??= (async () => {
		const response = await fetch(`${base}/data/marnet.geojson`);
		if (!response.ok) throw new Error(`the server answered ${response.status} for data/marnet.geojson`);
		return buildNetwork((await response.json()) as FeatureCollection);
	})().catch((e: unknown) => {
		pending = null;
		throw e;
	});
	return pending;
}
