/** Build-time sea routes: the NSR-against-Suez comparison a chapter shows, measured on MARNET. */
import { getDocument } from '../content/documents';
import type { FeatureCollection } from 'geojson';
import type { RouteComparison } from '../content/chapters';
import { getPort } from '../content/ports';
import { distance, type LonLat } from '../geo/geodesic';
import { buildNetwork, seaRoute, type SeaNetwork } from '../geo/routing';
import type { StraitId } from '../geo/straits';
import type { ComparisonFigures, MeasuredRoute } from '../geo/comparison';
import marnetRaw from '../../../static/data/marnet.geojson?raw';

let network: SeaNetwork | undefined;
export function seaNetwork(): SeaNetwork {
	network ??= buildNetwork(JSON.parse(marnetRaw) as FeatureCollection);
	return network;
}

const ARCTIC: StraitId[] = ['nsr', 'nwp'];

function measured(net: SeaNetwork, from: LonLat, to: LonLat, closed: StraitId[], must: StraitId): MeasuredRoute {
	const result = seaRoute(net, from, to, new Set(closed));
	if (!result.ok) throw new Error(`No sea route for the comparison with ${closed.join(', ')} closed: ${result.reason}`);
	if (!result.route.straits.includes(must))
		throw new Error(`The comparison's route should pass ${must} but passes ${result.route.straits.join(', ')}`);
	const r = (v: number) => Math.round(v * 1000) / 1000;
	return {
		metres: result.route.metres,
		straits: result.route.straits,
		coordinates: result.route.coordinates.map(([lon, lat]) => [r(lon), r(lat)] as LonLat)
	};
}

/** Both routes between the comparison's ports: with the Arctic closed (Suez), and with Suez closed (Arctic). */
export function compareRoutes(comparison: RouteComparison): ComparisonFigures {
	const from = getPort(comparison.from);
	const to = getPort(comparison.to);
	if (!from || !to) throw new Error(`Unknown port in ${comparison.from} → ${comparison.to}`);
	const net = seaNetwork();
	return {
		from: from.name,
		to: to.name,
		viaSuez: measured(net, from.at, to.at, ARCTIC, 'suez'),
		viaNsr: measured(net, from.at, to.at, ['suez', 'nwp', 'cape', 'panama'], 'nsr'),
		direct: distance(from.at, to.at),
		claim: comparison.claim,
		claimSource: getDocument(comparison.claim.doc)?.short ?? comparison.claim.doc
	};
}
