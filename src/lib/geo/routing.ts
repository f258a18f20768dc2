/**
 * Sea routes on a shipping-lane network (MARNET, via searoute-py): the graph is built from the
 * network's lines, every vertex a node and every segment an edge weighted by its WGS84 geodesic
 * length; A* (ngraph.path) finds the shortest route. Straits (canals, straits, Arctic routes) are
 * edges tagged in the data: closing one blocks its edges. Longitudes are normalised to [-180, 180)
 * for the graph, so the network joins at the 180° meridian; routes are returned unwrapped so they
 * draw across it. Pure: give it the network's GeoJSON.
 */
import createGraph, { type Graph } from 'ngraph.graph';
import { aStar } from 'ngraph.path';
import type { FeatureCollection, LineString } from 'geojson';
import { distance, type LonLat } from './geodesic';
import { normalizeLongitude, unwrapLongitudes } from './longitude';
import type { StraitId } from './straits';

/**
 * The network's tag for an edge, as one of the canals and straits the tool names. The data tags its Arctic lanes east of
 * the Kara Sea `northwest`, like the Canadian Northwest Passage: they are told apart by longitude.
 */
export function straitOf(tag: unknown, lons: readonly number[]): StraitId | null {
	switch (tag) {
		case 'suez':
		case 'panama':
		case 'malacca':
		case 'sunda':
		case 'gibraltar':
		case 'babalmandab':
		case 'bering':
			return tag;
		case 'south_africa':
			return 'cape';
		case 'chili':
			return 'magellan';
		case 'ormuz':
			return 'hormuz';
		case 'bosporus':
		case 'dardanelles':
			return 'bosporus';
		case 'northwest': {
			// The same tag marks the Russian and the Canadian Arctic. A lane that reaches east of
			// 168.5° W (the Alaskan side of the Chukchi Sea, and on into Canada) belongs to the
			// Northwest Passage; the rest runs west along Russia's coast.
			const east = Math.max(...lons);
			return east > -168.5 && east < -50 ? 'nwp' : 'nsr';
		}
		default:
			return null;
	}
}

interface NodeData {
	lon: number;
	lat: number;
}
interface LinkData {
	length: number;
	strait: StraitId | null;
}

export interface SeaNetwork {
	graph: Graph<NodeData, LinkData>;
	nodes: Array<{ id: string; lon: number; lat: number }>;
}

const key = (lon: number, lat: number) => `${normalizeLongitude(lon).toFixed(5)},${lat.toFixed(5)}`;

/**
 * Lanes that cross a cut line get the cut's passage, so that closing the Cape of Good Hope or
 * Cape Horn closes every lane round it, not only the ones the data tags.
 */
const CUTS: Array<{ strait: StraitId; lon: number; south: number; north: number }> = [
	// South of Africa, along 20° E from the Cape to Antarctica
	{ strait: 'cape', lon: 20, south: -80, north: -34.3 },
	// South of America, along 67° W from Tierra del Fuego to Antarctica
	{ strait: 'magellan', lon: -67, south: -80, north: -52 }
];

function cutCrossed(a: LonLat, b: LonLat): StraitId | null {
	for (const cut of CUTS) {
		const [la, lb] = [normalizeLongitude(a[0]) - cut.lon, normalizeLongitude(b[0]) - cut.lon];
		if (la === 0 && lb === 0) continue;
		if (Math.sign(la) === Math.sign(lb) || Math.abs(la - lb) > 180) continue;
		const t = la / (la - lb);
		const lat = a[1] + t * (b[1] - a[1]);
		if (lat >= cut.south && lat <= cut.north) return cut.strait;
	}
	return null;
}

export function buildNetwork(network: FeatureCollection): SeaNetwork {
	const graph = createGraph<NodeData, LinkData>();
	const lines: Array<{ coords: LonLat[]; tag: unknown }> = [];
	for (const f of network.features) {
		const g = f.geometry;
		if (g?.type === 'LineString') lines.push({ coords: (g as LineString).coordinates as LonLat[], tag: f.properties?.passage });
		else if (g?.type === 'MultiLineString')
			for (const part of g.coordinates) lines.push({ coords: part as LonLat[], tag: f.properties?.passage });
	}
	for (const { coords, tag } of lines) {
		const tagged = straitOf(tag, coords.map(([lon]) => normalizeLongitude(lon)));
		for (let i = 1; i < coords.length; i++) {
			const [a, b] = [coords[i - 1]!, coords[i]!];
			const strait = tagged ?? cutCrossed(a, b);
			const [ka, kb] = [key(a[0], a[1]), key(b[0], b[1])];
			if (ka === kb) continue;
			if (!graph.hasNode(ka)) graph.addNode(ka, { lon: normalizeLongitude(a[0]), lat: a[1] });
			if (!graph.hasNode(kb)) graph.addNode(kb, { lon: normalizeLongitude(b[0]), lat: b[1] });
			if (graph.hasLink(ka, kb) || graph.hasLink(kb, ka)) continue;
			graph.addLink(ka, kb, { length: distance([normalizeLongitude(a[0]), a[1]], [normalizeLongitude(b[0]), b[1]]), strait });
		}
	}
	const nodes: SeaNetwork['nodes'] = [];
	graph.forEachNode((n) => {
		nodes.push({ id: String(n.id), lon: n.data.lon, lat: n.data.lat });
	});
	return { graph, nodes };
}

/** The network node nearest a point, and how far it is, in metres. */
export function nearestNode(net: SeaNetwork, point: LonLat): { id: string; at: LonLat; metres: number } {
	// Rank by a quick planar estimate, then measure the best few properly.
	const [lon0, lat0] = point;
	const cos = Math.cos((lat0 * Math.PI) / 180);
	const ranked = net.nodes
		.map((n) => {
			const dLon = Math.abs(normalizeLongitude(n.lon - lon0));
			return { n, d: (dLon * cos) ** 2 + (n.lat - lat0) ** 2 };
		})
		.sort((a, b) => a.d - b.d)
		.slice(0, 8);
	let best = { id: '', at: [0, 0] as LonLat, metres: Infinity };
	for (const { n } of ranked) {
		const metres = distance(point, [n.lon, n.lat]);
		if (metres < best.metres) best = { id: n.id, at: [n.lon, n.lat], metres };
	}
	return best;
}

export interface SeaRoute {
	/** The route from port to port, longitudes unwrapped so it draws across the 180° meridian */
	coordinates: LonLat[];
	/** Its length along geodesics, in metres, including the legs from each port to the network */
	metres: number;
	/** The canals and straits it uses, in order */
	straits: StraitId[];
	/** How far each port lies from the network, in metres */
	access: [number, number];
}

export type RouteResult = { ok: true; route: SeaRoute } | { ok: false; reason: string };

/** The shortest sea route from one point to another with some passages closed. */
export function seaRoute(
	net: SeaNetwork,
	from: LonLat,
	to: LonLat,
	closed: ReadonlySet<StraitId> = new Set()
): RouteResult {
	const start = nearestNode(net, from);
	const end = nearestNode(net, to);
	if (!start.id || !end.id) return { ok: false, reason: 'The network is empty.' };
	const finder = aStar<NodeData, LinkData>(net.graph, {
		distance: (_a, _b, link) => link.data.length,
		// A lower bound of the remaining distance: no WGS84 geodesic is shorter than the great circle
		// on a sphere of the ellipsoid's smallest radius of curvature, b²/a ≈ 0.99665 b; 0.995 b is below it.
		heuristic: (a, b) => 0.995 * haversine([a.data.lon, a.data.lat], [b.data.lon, b.data.lat]),
		blocked: (_a, _b, link) => link.data.strait !== null && closed.has(link.data.strait)
	});
	const found = start.id === end.id ? [net.graph.getNode(start.id)!] : finder.find(start.id, end.id);
	// ngraph.path can return a lone end node when only blocked links lead to it: that is no route.
	if (found.length === 0 || found[found.length - 1]!.id !== start.id || found[0]!.id !== end.id)
		return { ok: false, reason: 'No sea route joins these ports with the canals and straits that are open.' };
	// ngraph.path returns the path from the end to the start.
	const nodes = [...found].reverse();
	const straits: StraitId[] = [];
	let metres = start.metres + end.metres;
	for (let i = 1; i < nodes.length; i++) {
		const link = net.graph.getLink(nodes[i - 1]!.id, nodes[i]!.id) ?? net.graph.getLink(nodes[i]!.id, nodes[i - 1]!.id);
		if (!link) continue;
		metres += link.data.length;
		const p = link.data.strait;
		if (p && straits[straits.length - 1] !== p) straits.push(p);
	}
	const path: LonLat[] = [from, ...nodes.map((n) => [n.data.lon, n.data.lat] as LonLat), to];
	return { ok: true, route: { coordinates: unwrapLongitudes(path), metres, straits: [...new Set(straits)], access: [start.metres, end.metres] } };
}

function haversine(a: LonLat, b: LonLat): number {
	const R = 6356752.314;
	const rad = Math.PI / 180;
	const dLat = (b[1] - a[1]) * rad;
	const dLon = (b[0] - a[0]) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}
