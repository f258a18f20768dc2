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

export function nearestPoints(as: readonly LonLat[], bs: readonly LonLat[], candidates = 24): Nearest {
	if (!as.length || !bs.length) throw new Error('nearestPoints needs points on both sides');
	const pairs: Array<{ a: LonLat; b: LonLat; d: number }> = [];
	for (const a of as) {
		const cos = Math.cos((a[1] * Math.PI) / 180);
		for (const b of bs) {
			const dLon = normalizeLongitude(b[0] - a[0]);
			pairs.push({ a, b, d: (dLon * cos) ** 2 + (b[1] - a[1]) ** 2 });
		}
	}
	pairs.sort((x, y) => x.d - y.d);
	let best: Nearest = { a: as[0]!, b: bs[0]!, metres: Infinity };
	for (const { a, b } of pairs.slice(0, candidates)) {
		const metres = distance(a, b);
		if (metres < best.metres) best = { a, b, metres };
	}
	return best;
}
