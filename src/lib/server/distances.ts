/** Build-time: the distances chapters show, between the nearest points of two places on the map's data. */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { Chapter } from '../content/chapters';
import { getPlace } from '../content/places';
import { geodesicPoints, type LonLat } from '../geo/geodesic';
import { nearestPoints } from '../geo/nearest';
import type { MeasuredDistance } from '../geo/comparison';
import landRegionRaw from '../../../static/geo/land-region.geojson?raw';

let land: Map<string, Geometry> | undefined;
function landGeometry(id: string): Geometry | undefined {
	if (!land) {
		land = new Map();
		for (const f of (JSON.parse(landRegionRaw) as FeatureCollection).features)
			if (typeof f.properties?.id === 'string') land.set(f.properties.id, f.geometry);
	}
	return land.get(id);
}

function vertices(g: Geometry): LonLat[] {
	const out: LonLat[] = [];
	const walk = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') out.push([c[0] as number, (c as Position)[1]!]);
		else if (Array.isArray(c)) c.forEach(walk);
	};
	if (g.type !== 'GeometryCollection') walk(g.coordinates);
	return out;
}

function placeVertices(id: string): LonLat[] {
	const place = getPlace(id);
	if (!place) throw new Error(`No place "${id}"`);
	const g = place.geometry;
	if (g.type === 'Land') return g.ids.flatMap((l) => (landGeometry(l) ? vertices(landGeometry(l)!) : []));
	return vertices(g);
}

export function chapterDistances(chapter: Chapter): MeasuredDistance[] {
	return (chapter.distances ?? []).map((d) => {
		const near = nearestPoints(placeVertices(d.from), placeVertices(d.to));
		const r = (v: number) => Math.round(v * 1e5) / 1e5;
		return {
			...d,
			metres: near.metres,
			line: geodesicPoints(near.a, near.b, 2_000).map(([lon, lat]) => [r(lon), r(lat)] as LonLat)
		};
	});
}
