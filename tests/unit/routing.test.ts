import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { readFileSync } from 'node:fs';
import { buildNetwork, nearestNode, straitOf, seaRoute } from '../../src/lib/geo/routing';
import { unwrapLongitudes } from '../../src/lib/geo/longitude';
import { getPort, ports } from '../../src/lib/content/ports';
import { aStar } from 'ngraph.path';
import { distance } from '../../src/lib/geo/geodesic';

// A small network along the equator, where a degree of longitude is exactly a·π/180 on WGS84
// (a = 6378137 m), so the expected lengths are known without the code under test:
//   A(0,0) —suez— B(10,0) — C(20,0)      a short way through "suez"
//   A(0,0) — D(0,-10)… E(20,-10) — C     a long way round, untagged
//   F(100,0) is on an island of its own.
const line = (coordinates: number[][], passage?: string) => ({
	type: 'Feature' as const,
	properties: passage ? { passage } : {},
	geometry: { type: 'LineString' as const, coordinates }
});
const network: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		line([[0, 0], [10, 0]], 'suez'),
		line([[10, 0], [20, 0]]),
		line([[0, 0], [0, -10], [20, -10], [20, 0]]),
		line([[100, 0], [101, 0]])
	]
};
const degree = (6378137 * Math.PI) / 180;

describe('sea routes on a network', () => {
	const net = buildNetwork(network);

	it('takes the shortest way, measured along geodesics', () => {
		const r = seaRoute(net, [0, 0], [20, 0]);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.route.metres).toBeCloseTo(20 * degree, 3);
		expect(r.route.straits).toEqual(['suez']);
	});

	it('goes the long way when a passage is closed', () => {
		const r = seaRoute(net, [0, 0], [20, 0], new Set(['suez']));
		expect(r.ok && r.route.straits).toEqual([]);
		// Two meridian legs of 10° and a geodesic between (0,-10) and (20,-10): longer than 20° of equator.
		const expected = 2 * distance([0, 0], [0, -10]) + distance([0, -10], [20, -10]);
		expect(r.ok && r.route.metres).toBeCloseTo(expected, 3);
	});

	it('finds no route when the only way in is through a closed passage', () => {
		const lone = buildNetwork({ type: 'FeatureCollection', features: [line([[0, 0], [10, 0]], 'suez')] });
		expect(seaRoute(lone, [0, 0], [10, 0], new Set(['suez'])).ok).toBe(false);
		expect(seaRoute(lone, [0, 0], [10, 0]).ok).toBe(true);
	});

	it('says so when no route joins the ports', () => {
		const r = seaRoute(net, [0, 0], [100, 0]);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.reason).toMatch(/No sea route/);
	});

	it('counts the legs from each port to the network', () => {
		const r = seaRoute(net, [0, 0.1], [20, 0]);
		expect(r.ok && r.route.access[0]).toBeCloseTo(distance([0, 0.1], [0, 0]), 3);
		expect(r.ok && r.route.metres).toBeCloseTo(20 * degree + distance([0, 0.1], [0, 0]), 3);
	});

	it('joins the network across the 180° meridian and draws the route unwrapped', () => {
		const wrap = buildNetwork({
			type: 'FeatureCollection',
			features: [line([[170, 60], [180, 61]]), line([[-180, 61], [-170, 62]]), line([[190, 62], [195, 63]])]
		});
		const r = seaRoute(wrap, [170, 60], [-165, 63]);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const lons = r.route.coordinates.map(([lon]) => lon);
		for (let i = 1; i < lons.length; i++) expect(Math.abs(lons[i]! - lons[i - 1]!)).toBeLessThan(20);
		expect(lons[lons.length - 1]).toBeCloseTo(195, 6);
		expect(unwrapLongitudes([[179, 0], [-179, 0]])).toEqual([[179, 0], [181, 0]]);
	});

	it('maps the network’s tags to the passages the tool names', () => {
		expect(straitOf('south_africa', [20])).toBe('cape');
		expect(straitOf('chili', [-70])).toBe('magellan');
		expect(straitOf('dardanelles', [26])).toBe('bosporus');
		expect(straitOf(undefined, [0])).toBe(null);
	});
});

describe('the MARNET network', () => {
	const net = buildNetwork(JSON.parse(readFileSync('static/data/marnet.geojson', 'utf8')));
	const port = (id: string) => getPort(id)!.at;

	it('opens the Northwest Passage on its own: Yokohama to New York with the Russian Arctic and Panama closed', () => {
		const r = seaRoute(net, port('yokohama'), port('new-york'), new Set(['nsr', 'panama']));
		expect(r.ok && r.route.straits).toEqual(['bering', 'nwp']);
		const russian = seaRoute(net, port('yokohama'), port('rotterdam'), new Set(['suez', 'nwp']));
		expect(russian.ok && russian.route.straits).toEqual(['bering', 'nsr']);
	});

	it('closes every lane round a cape: with Suez, Panama, the Arctic and the Cape of Good Hope closed, a ship goes round Cape Horn; with that closed too, it cannot go at all', () => {
		const closed = new Set(['suez', 'panama', 'nsr', 'nwp', 'cape'] as const);
		const horn = seaRoute(net, port('yokohama'), port('rotterdam'), closed);
		expect(horn.ok && horn.route.straits).toContain('magellan');
		expect(seaRoute(net, port('yokohama'), port('rotterdam'), new Set([...closed, 'magellan'])).ok).toBe(false);
	});

	it('finds the same shortest routes as a plain Dijkstra search (the A* heuristic never overestimates)', () => {
		const dijkstra = aStar(net.graph, { distance: (_a, _b, link) => link.data.length });
		const pairs = [['yokohama', 'rotterdam'], ['vladivostok', 'hamburg'], ['busan', 'los-angeles'], ['shanghai', 'new-york'], ['korsakov', 'singapore']];
		for (const [a, b] of pairs) {
			const fast = seaRoute(net, port(a!), port(b!));
			expect(fast.ok).toBe(true);
			if (!fast.ok) continue;
			const path = dijkstra.find(nearestNode(net, port(a!)).id, nearestNode(net, port(b!)).id);
			let metres = fast.route.access[0] + fast.route.access[1];
			for (let i = 1; i < path.length; i++) metres += (net.graph.getLink(path[i - 1]!.id, path[i]!.id) ?? net.graph.getLink(path[i]!.id, path[i - 1]!.id))!.data.length;
			expect(fast.route.metres, `${a}–${b}`).toBeCloseTo(metres, 3);
		}
	});

	it('joins every port to the network without crossing land in the region’s land data (123–169° E, 36–62° N)', () => {
		const land = JSON.parse(readFileSync('static/geo/land-region.geojson', 'utf8')) as FeatureCollection;
		const edges: Array<[number[], number[]]> = [];
		for (const f of land.features) {
			const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
			for (const poly of polys) for (const ring of poly) for (let i = 1; i < ring.length; i++) edges.push([ring[i - 1]!, ring[i]!]);
		}
		const cross = (p: number[], q: number[], r: number[], s: number[]) => {
			const d = (a: number[], b: number[], c: number[]) => (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
			return d(p, q, r) * d(p, q, s) < 0 && d(r, s, p) * d(r, s, q) < 0;
		};
		for (const p of ports) {
			const node = nearestNode(net, p.at);
			const crossings = edges.filter(([a, b]) => cross(p.at, node.at, a, b)).length;
			expect(crossings, `${p.id}: the leg to the network crosses ${crossings} coastline edge(s)`).toBe(0);
		}
	});
	const yokohama: [number, number] = [139.68, 35.45];
	const rotterdam: [number, number] = [4.05, 51.96];

	it('routes Yokohama to Rotterdam through Suez with the Arctic closed, and by the Bering Strait with Suez closed', () => {
		const suez = seaRoute(net, yokohama, rotterdam, new Set(['nsr', 'nwp']));
		const arctic = seaRoute(net, yokohama, rotterdam, new Set(['suez', 'nwp', 'cape', 'panama']));
		expect(suez.ok && suez.route.straits).toEqual(expect.arrayContaining(['malacca', 'suez', 'gibraltar']));
		expect(arctic.ok && arctic.route.straits).toEqual(['bering', 'nsr']);
		if (!suez.ok || !arctic.ok) return;
		// No sea route is shorter than the geodesic between the ports.
		const direct = distance(yokohama, rotterdam);
		expect(arctic.route.metres).toBeGreaterThan(direct);
		expect(suez.route.metres).toBeGreaterThan(arctic.route.metres);
		// The Bering Strait route crosses the 180° meridian: drawn unwrapped, it passes 180° E.
		expect(Math.max(...arctic.route.coordinates.map(([lon]) => lon))).toBeGreaterThan(180);
	});
});
