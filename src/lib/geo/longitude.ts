/** Longitudes: wrapped into [-180, 180), or made continuous along a path that crosses 180°. */

/** Longitude in [-180, 180). */
export function normalizeLongitude(lon: number): number {
	const x = (((lon + 180) % 360) + 360) % 360 - 180;
	return Object.is(x, -0) ? 0 : x;
}

/** Make longitudes continuous along a path (each step shorter than 180°), so it draws across 180°. */
export function unwrapLongitudes(path: readonly (readonly [number, number])[]): [number, number][] {
	const out: [number, number][] = [];
	for (const [lon, lat] of path) {
		const prev = out[out.length - 1];
		out.push(prev ? [prev[0] + normalizeLongitude(lon - prev[0]), lat] : [lon, lat]);
	}
	return out;
}
