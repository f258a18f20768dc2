/**
 * The shortest distance between two sets of points (a place's vertices), by WGS84 geodesics.
 * Candidates are ranked by a quick planar estimate and the best few measured properly.
 */
import { distance, type LonLat } from './geodesic';
import { normalizeLongitude } from './longitude';

export interface Nearest {
	a: LonLat;
	b: LonLat;
	metres: number;
}

/** Squared planar distance in degrees, longitude scaled by the cosine of a's latitude. */
function planar(a: LonLat, b: LonLat, cos: number): number {
	return (normalizeLongitude(b[0] - a[0]) * cos) ** 2 + (b[1] - a[1]) ** 2;
}

/** The points of `ps` no further than `reach` (planar degrees) from the box of `qs`. */
function within(ps: readonly LonLat[], qs: readonly LonLat[], reach: number): LonLat[] {
	let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
	for (const [x, y] of qs) {
		w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
	}
	return ps.filter(([x, y]) => {
		const cos = Math.cos((y * Math.PI) / 180);
		// the box's longitudes reached the short way, across the 180° meridian too
		const dx = Math.min(...[x - 360, x, x + 360].map((v) => Math.max(0, w - v, v - e))) * cos;
		const dy = Math.max(0, s - y, y - n);
		return dx * dx + dy * dy <= reach * reach;
	});
}

export function nearestPoints(as: readonly LonLat[], bs: readonly LonLat[], candidates = 24): Nearest {
	if (!as.length || !bs.length) throw new Error('nearestPoints needs points on both sides');
	// Shores have tens of thousands of vertices: a pair from every 16th of each side bounds the
	// answer from above, and only the points that near the other side's box can do better.
	const step = (n: number) => Math.max(1, Math.floor(n / 2000));
	let bound = Infinity;
	for (let i = 0; i < as.length; i += step(as.length)) {
		const cos = Math.cos((as[i]![1] * Math.PI) / 180);
		for (let j = 0; j < bs.length; j += step(bs.length)) bound = Math.min(bound, planar(as[i]!, bs[j]!, cos));
	}
	const reach = Math.sqrt(bound) * 1.01 + 1e-9;
	const near = { as: within(as, bs, reach), bs: within(bs, as, reach) };
	// The best few by the planar estimate, kept sorted (no list of every pair).
	const best: Array<{ a: LonLat; b: LonLat; d: number }> = [];
	for (const a of near.as) {
		const cos = Math.cos((a[1] * Math.PI) / 180);
		for (const b of near.bs) {
			const d = planar(a, b, cos);
			if (best.length === candidates && d >= best[best.length - 1]!.d) continue;
			let k = best.length;
			while (k > 0 && best[k - 1]!.d > d) k--;
			best.splice(k, 0, { a, b, d });
			if (best.length > candidates) best.pop();
		}
	}
	let result: Nearest = { a: as[0]!, b: bs[0]!, metres: Infinity };
	for (const { a, b } of best) {
		const metres = distance(a, b);
		if (metres < result.metres) result = { a, b, metres };
	}
	return result;
}
