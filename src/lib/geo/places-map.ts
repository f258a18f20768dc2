/**
 * A locator map of the places some passages name, as SVG drawn when the site is built: the
 * Perspectives view marks on it the places of the passage a reader points at or focuses. Each
 * place is its own shape (its land, or a dot at its point), so a page can mark it by its id; a
 * place outside the frame is listed, not drawn. The sea and land behind them are one shared SVG
 * (locatorBackground). Mercator, north up. Pure: the caller passes the data.
 */
import { geoGraticule, geoMercator } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { displayName, landIds, type Place } from '../content/places';
import { labelPoint } from './place-features';
import { pathOf, placeLabels, rewound, type StaticMapLabel } from './static-map';

export interface MapPlace {
	id: string;
	name: string;
	/** Land drawn as a path, or a point drawn as a dot */
	shape: 'land' | 'dot';
	/** The land's path (for 'land') */
	d?: string;
	x: number;
	y: number;
	label: StaticMapLabel;
}

export interface PlacesMap {
	width: number;
	height: number;
	places: MapPlace[];
	/** Places named but outside the frame (Moscow, Washington…), by id */
	beyond: string[];
}

/** Northeast Asia, from Lake Baikal to Kamchatka: where most of the documents’ places are. */
export const FRAME_BOUNDS: [[number, number], [number, number]] = [
	[100, 28],
	[166, 63]
];

export function placesMap(
	ids: readonly string[],
	data: { landRegion: FeatureCollection; places: readonly Place[] },
	width: number,
	height: number,
	bounds = FRAME_BOUNDS
): PlacesMap {
	const projection = frameProjection(width, height, bounds);
	const byId = new Map(data.places.map((p) => [p.id, p]));
	const regionLand = data.landRegion.features.map(rewound);
	const landById = new Map(regionLand.map((f) => [String(f.properties?.id), f]));
	const inside = ([x, y]: [number, number]) => x >= 0 && x <= width && y >= 0 && y <= height;

	const drawn: Omit<MapPlace, 'label'>[] = [];
	const beyond: string[] = [];
	for (const id of ids) {
		const place = byId.get(id);
		if (!place) continue;
		const xy = projection(labelPoint(place) as [number, number]);
		if (!xy || !inside(xy)) {
			beyond.push(id);
			continue;
		}
		const land = landIds(place)
			.map((l) => landById.get(l))
			.filter((f) => !!f);
		const [x, y] = xy.map((v) => Math.round(v * 10) / 10) as [number, number];
		drawn.push(land.length ? { id, name: displayName(place), shape: 'land', d: pathOf(projection, land), x, y } : { id, name: displayName(place), shape: 'dot', x, y });
	}
	const labels = placeLabels(
		drawn.map((p) => ({ x: p.x, y: p.y, text: p.name, dot: p.shape === 'dot', group: byId.get(p.id)?.kind === 'island-group' })),
		{ width, height }
	);
	return { width, height, places: drawn.map((p, i) => ({ ...p, label: labels[i]! })), beyond };
}

/** The projection every locator map of this size and frame shares. */
function frameProjection(width: number, height: number, bounds: [[number, number], [number, number]]) {
	const [[w, s], [e, n]] = bounds;
	return geoMercator()
		.fitExtent(
			[
				[0, 0],
				[width, height]
			],
			// The frame's corners (a polygon would be read as the sphere outside it, by its winding).
			{ type: 'MultiPoint', coordinates: [[w, s], [e, s], [e, n], [w, n]] }
		)
		.clipExtent([
			[0, 0],
			[width, height]
		]);
}

/**
 * The map's background, the same for every question: sea, a 5° graticule and the land, as one
 * SVG document that the pages share (and the browser caches once).
 */
export function locatorBackground(
	data: { landRegion: FeatureCollection; landWorld: FeatureCollection },
	width: number,
	height: number,
	bounds = FRAME_BOUNDS
): string {
	const projection = frameProjection(width, height, bounds);
	const [[w, s], [e, n]] = bounds;
	const graticule = pathOf(projection, [geoGraticule().extent([[w - 5, s - 5], [e + 5, n + 5]]).step([5, 5])()]);
	const land = pathOf(projection, [...data.landWorld.features.map(rewound), ...data.landRegion.features.map(rewound)]);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
		`<rect width="${width}" height="${height}" fill="#dce9ef"/>`,
		`<path d="${graticule}" fill="none" stroke="#bfd3dc" stroke-width="0.5"/>`,
		`<path d="${land}" fill="#ece6d8"/>`,
		`</svg>`
	].join('');
}
