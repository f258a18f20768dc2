/**
 * The shipping-lane network in the browser: fetched and built once, on first use of the route
 * tool. The page imports this module only then, so ngraph stays out of its first load.
 */
import type { FeatureCollection } from 'geojson';
import type { LonLat } from './format';
import { buildNetwork, seaRoute, type RouteResult } from './routing';
import type { StraitId } from './straits';

/** Finds the shortest sea route between two points with some straits closed. */
export type Router = (from: LonLat, to: LonLat, closed: ReadonlySet<StraitId>) => RouteResult;

let pending: Promise<Router> | null = null;

export function loadRouter(base: string): Promise<Router> {
	pending ??= (async () => {
		const response = await fetch(`${base}/data/marnet.geojson`);
		if (!response.ok) throw new Error(`the server answered ${response.status} for data/marnet.geojson`);
		const network = buildNetwork((await response.json()) as FeatureCollection);
		return (from: LonLat, to: LonLat, closed: ReadonlySet<StraitId>) => seaRoute(network, from, to, closed);
	})().catch((e: unknown) => {
		pending = null;
		throw e;
	});
	return pending;
}
