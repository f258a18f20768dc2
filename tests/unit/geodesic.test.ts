import { describe, expect, it } from 'vitest';
import { area, distance, formatKm, formatNm, geodesicPath, geodesicPoints, legs, NAUTICAL_MILE, pathLength } from '../../src/lib/geo/geodesic';

// Reference values published independently of this code:
// - GeodSolve manual (GeographicLib), "Route from JFK Airport to Singapore Changi Airport":
//   40:38:23N 073:46:44W → 01:21:33N 103:59:22E, 15347628 m (to the metre).
// - GeographicLib JavaScript documentation: Wellington (41.32S, 174.81E) to Salamanca
//   (40.96N, 5.50W), 19959679.267 m.
// - WGS84 semi-major axis a = 6378137 m: along the equator a degree of longitude is a·π/180.
// - WGS84 surface area 510,065,621.724 km² (NGA TR8350.2 / GeographicLib): a hemisphere is half.
const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;

describe('geodesic distances on WGS84', () => {
	it('matches GeographicLib’s published JFK–Changi figure', () => {
		const jfk: [number, number] = [-dms(73, 46, 44), dms(40, 38, 23)];
		const changi: [number, number] = [dms(103, 59, 22), dms(1, 21, 33)];
		expect(Math.round(distance(jfk, changi))).toBe(15347628);
	});

	it('matches the published Wellington–Salamanca figure (nearly antipodal)', () => {
		expect(distance([174.81, -41.32], [-5.5, 40.96])).toBeCloseTo(19959679.267, 2);
	});

	it('measures across the 180° meridian the short way', () => {
		const degree = (6378137 * Math.PI) / 180;
		expect(distance([179, 0], [-179, 0])).toBeCloseTo(2 * degree, 3);
		// The Bering Strait: Cape Dezhnev to Cape Prince of Wales is about 82 km, not most of the world.
		const strait = distance([-169.65, 66.08], [-168.08, 65.6]);
		expect(strait).toBeGreaterThan(75_000);
		expect(strait).toBeLessThan(90_000);
	});

	it('adds up legs, and converts to nautical miles exactly', () => {
		const path: [number, number][] = [[0, 0], [1, 0], [2, 0]];
		expect(legs(path)).toHaveLength(2);
		expect(pathLength(path)).toBeCloseTo(distance([0, 0], [2, 0]), 6);
		expect(NAUTICAL_MILE).toBe(1852);
		expect(formatNm(1852 * 1500)).toBe('1,500 NM');
		expect(formatKm(22_223_456)).toBe('22,223 km');
	});

	it('measures the area of a hemisphere as half the ellipsoid', () => {
		const equator: [number, number][] = [[0, 0], [90, 0], [180, 0], [-90, 0]];
		expect(area(equator) / 1e6).toBeCloseTo(510065621.724 / 2, 0);
		expect(area([[0, 0], [1, 0]])).toBe(0);
	});

	it('draws geodesics with continuous longitudes across the antimeridian', () => {
		const pts = geodesicPoints([170, 60], [-170, 62], 100_000);
		const lons = pts.map(([lon]) => lon);
		expect(lons[0]).toBe(170);
		expect(lons[lons.length - 1]).toBeCloseTo(190, 9);
		for (let i = 1; i < lons.length; i++) expect(Math.abs(lons[i]! - lons[i - 1]!)).toBeLessThan(5);
		const path = geodesicPath([[170, 60], [-170, 62], [-160, 63]]);
		expect(path[path.length - 1]![0]).toBeCloseTo(200, 9);
	});
});

describe('nearestPoints', () => {
	it('finds the closest pair of two point sets, measured as a geodesic', async () => {
		const { nearestPoints } = await import('../../src/lib/geo/nearest');
		const degree = (6378137 * Math.PI) / 180;
		const near = nearestPoints(
			[[0, 0], [5, 0], [10, 0]],
			[[12, 0], [30, 0], [-170, 0]]
		);
		expect(near.a).toEqual([10, 0]);
		expect(near.b).toEqual([12, 0]);
		expect(near.metres).toBeCloseTo(2 * degree, 3);
		// Across the 180° meridian, the short way.
		expect(nearestPoints([[179.5, 0]], [[-179.5, 0], [170, 0]]).metres).toBeCloseTo(degree, 3);
	});
});
