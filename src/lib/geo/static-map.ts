/**
 * A chapter's map as plain SVG paths, for the printed handout: drawn from the same GeoJSON as the
 * live map, when the site is built, with no WebGL and no network. Mercator at the chapter's camera
 * (north up; pitch and bearing are left out of print), or an orthographic globe for a chapter
 * drawn on the globe. Pure: the caller passes the data in.
 */
import { geoDistance, geoGraticule10, geoMercator, geoOrthographic, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Chapter } from '../content/chapters';
import { displayName, landIds, type Place } from '../content/places';
import { labelPoint } from './place-features';
import { cameraForSize } from './camera';

export interface StaticMapData {
	/** The region's detailed land, polygons with `id` properties (RFC 7946 winding) */
	landRegion: FeatureCollection;
	/** The coarse world land outside the region */
	landWorld: FeatureCollection;
	borders: FeatureCollection;
	places: readonly Place[];
}

export interface StaticMapLine {
	d: string;
	kind: 'route-nsr' | 'route-suez' | 'distance' | 'place-line' | 'treaty-border' | 'treaty-border-latest';
}

export interface StaticMapLabel {
	/** The place's point */
	x: number;
	y: number;
	text: string;
	/** Draw a dot at the point (a city, a port); land and lines are labelled without one */
	dot: boolean;
	/** Where the text goes, placed clear of the labels before it */
	textX: number;
	textY: number;
	anchor: 'start' | 'middle' | 'end';
}

/** Rough size of a label's text at the handout's 13 px bold, for keeping labels apart. */
const CHAR_WIDTH = 7.6;
const LINE_HEIGHT = 15;

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** The box a label's text takes, from where it is anchored (at the handout's 13 px bold). */
export function labelBox({ text, textX, textY, anchor }: Pick<StaticMapLabel, 'text' | 'textX' | 'textY' | 'anchor'>): Box {
	const w = text.length * CHAR_WIDTH;
	const x0 = anchor === 'start' ? textX : anchor === 'end' ? textX - w : textX - w / 2;
	return { x0, y0: textY - LINE_HEIGHT / 2, x1: x0 + w, y1: textY + LINE_HEIGHT / 2 };
}

/** Room kept between two labels side by side, and between a label and the map's edge, in px (a line's height already spaces them vertically) */
const LABEL_PAD = 4;

type LabelPoint = { x: number; y: number; text: string; dot: boolean; group?: boolean };

/**
 * Put each label beside its point where it overlaps no label placed before it, nor a dot, and
 * stays inside the map: right of the point, else left, below or above (the first tried if none is
 * clear). A group's label ("Southern Kurils / Northern Territories") is placed after every other
 * and may go two lines above or below its point, so that it stands apart from its members' names
 * rather than on them.
 */
export function placeLabels(points: LabelPoint[], size?: { width: number; height: number }): StaticMapLabel[] {
	// The dots first, each its own label's to sit beside.
	const placed: (Box & { owner?: number })[] = points.flatMap((p, owner) => (p.dot ? [{ x0: p.x - 4, y0: p.y - 4, x1: p.x + 4, y1: p.y + 4, owner }] : []));
	const overlaps = (b: Box, self: number) =>
		placed.some((p) => p.owner !== self && b.x0 < p.x1 + LABEL_PAD && p.x0 < b.x1 + LABEL_PAD && b.y0 < p.y1 && p.y0 < b.y1);
	const inside = (b: Box) => !size || (b.x0 >= LABEL_PAD && b.y0 >= LABEL_PAD && b.x1 <= size.width - LABEL_PAD && b.y1 <= size.height - LABEL_PAD);
	const order = [...points.keys()].sort((i, j) => Number(!!points[i]!.group) - Number(!!points[j]!.group));
	const out: StaticMapLabel[] = new Array(points.length);
	for (const i of order) {
		const pt = points[i]!;
		const gap = pt.dot ? 6 : 0;
		type Option = { textX: number; textY: number; anchor: StaticMapLabel['anchor'] };
		const options: Option[] = pt.dot
			? [
					{ textX: pt.x + gap, textY: pt.y, anchor: 'start' },
					{ textX: pt.x - gap, textY: pt.y, anchor: 'end' },
					{ textX: pt.x, textY: pt.y + LINE_HEIGHT, anchor: 'middle' },
					{ textX: pt.x, textY: pt.y - LINE_HEIGHT, anchor: 'middle' }
				]
			: [0, 1, -1, ...(pt.group ? [2, -2, 3, -3] : [])].map((lines) => ({ textX: pt.x, textY: pt.y + lines * LINE_HEIGHT, anchor: 'middle' }));
		const box = (o: Option): Box => labelBox({ text: pt.text, ...o });
		const chosen = options.find((o) => !overlaps(box(o), i) && inside(box(o))) ?? options.find((o) => !overlaps(box(o), i)) ?? options[0]!;
		placed.push(box(chosen));
		out[i] = { ...pt, ...chosen };
	}
	return out;
}

export interface StaticMap {
	width: number;
	height: number;
	projection: 'mercator' | 'globe';
	/** The sphere's outline on a globe (the sea), empty on Mercator (the sea is the background) */
	sphere: string;
	graticule: string;
	land: string;
	/** The chapter's highlighted land */
	highlight: string;
	borders: string;
	lines: StaticMapLine[];
	labels: StaticMapLabel[];
	/** A scale bar for Mercator maps, measured at the centre's latitude */
	scale?: { km: number; px: number; latitude: number };
}

export interface StaticMapExtras {
	/** Measured routes to draw, as [lon, lat] lines */
	routes?: { kind: 'route-nsr' | 'route-suez'; coordinates: Position[] }[];
	/** Measured distances, as lines */
	distances?: Position[][];
	/** The settlements' borders, oldest first (content/borders.ts): the last is drawn solid */
	treatyBorders?: { parts: Position[][]; label: string; labelAt: Position }[];
}

/** Earth's equatorial circumference in metres (WGS 84), which Web Mercator's scale is based on. */
const EQUATOR_M = 2 * Math.PI * 6378137;

/**
 * A path context that writes SVG path data, rounded to 0.1 px and leaving out points less than
 * half a pixel from the last one kept, so that print-scale maps of detailed coasts stay small.
 */
class PathWriter {
	private parts: string[] = [];
	private last: [number, number] | null = null;
	private pending: [number, number] | null = null;
	private static round = (v: number) => Math.round(v * 10) / 10;

	moveTo(x: number, y: number) {
		this.flush();
		this.parts.push(`M${PathWriter.round(x)},${PathWriter.round(y)}`);
		this.last = [x, y];
	}
	lineTo(x: number, y: number) {
		if (this.last && Math.hypot(x - this.last[0], y - this.last[1]) < 0.5) {
			this.pending = [x, y];
			return;
		}
		this.pending = null;
		this.parts.push(`L${PathWriter.round(x)},${PathWriter.round(y)}`);
		this.last = [x, y];
	}
	closePath() {
		this.pending = null;
		this.parts.push('Z');
	}
	arc() {
		// Points are drawn as labelled dots, never as path circles.
	}
	/** Keep the last point of a line that ended within half a pixel of the previous one. */
	private flush() {
		if (this.pending) this.parts.push(`L${PathWriter.round(this.pending[0])},${PathWriter.round(this.pending[1])}`);
		this.pending = null;
	}
	take(): string {
		this.flush();
		const d = this.parts.join('');
		this.parts = [];
		this.last = null;
		return d;
	}
}

/**
 * GeoJSON rings wind counter-clockwise; d3-geo's spherical polygons wind clockwise. Polygons
 * drawn along a pole (Antarctica, closed along 90°S) are left out: d3-geo's rectangle clipping
 * takes them for the whole view, and no chapter looks that far south.
 */
export function rewound(feature: Feature): Feature {
	const g = feature.geometry;
	const flip = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
	const polar = (rings: Position[][]) => rings[0]!.some(([, lat]) => Math.abs(lat!) >= 89.99);
	if (g.type === 'Polygon')
		return { ...feature, geometry: { type: 'MultiPolygon', coordinates: polar(g.coordinates) ? [] : [flip(g.coordinates)] } };
	if (g.type === 'MultiPolygon')
		return { ...feature, geometry: { type: 'MultiPolygon', coordinates: g.coordinates.filter((p) => !polar(p)).map(flip) } };
	return feature;
}

export function pathOf(projection: GeoProjection, objects: (Feature | Geometry | { type: 'Sphere' })[]): string {
	const writer = new PathWriter();
	const path = geoPath(projection, writer as unknown as CanvasRenderingContext2D);
	for (const o of objects) path(o as Feature);
	return writer.take();
}

/** 1, 2 or 5 × 10ⁿ km: the round length nearest below `km`. */
export function niceLength(km: number): number {
	const power = 10 ** Math.floor(Math.log10(km));
	const steps = [5, 2, 1].map((s) => s * power);
	return steps.find((s) => s <= km) ?? power;
}

/** The chapter's map at `width` × `height` px. */
export function staticMap(chapter: Chapter, data: StaticMapData, extras: StaticMapExtras, width: number, height: number): StaticMap {
	const globe = chapter.projection === 'globe';
	const camera = cameraForSize(chapter.camera, width, height);
	const [lon, lat] = chapter.camera.center;
	let projection: GeoProjection;
	if (globe) {
		projection = geoOrthographic()
			.rotate([-lon, -lat])
			.scale(Math.min(width, height) / 2 - 4)
			.translate([width / 2, height / 2]);
	} else {
		// Rotated rather than centred, so that the cut at the antimeridian falls behind the view,
		// not across a map that reaches past 180° (the summits' Eurasia reaches Chukotka).
		projection = geoMercator()
			.scale((512 * 2 ** camera.zoom) / (2 * Math.PI))
			.rotate([-lon, 0])
			.center([0, lat])
			.translate([width / 2, height / 2])
			.clipExtent([
				[0, 0],
				[width, height]
			]);
	}

	const byId = new Map(data.places.map((p) => [p.id, p]));
	const chosen = chapter.places.map((id) => byId.get(id)).filter((p): p is Place => !!p);
	const highlighted = new Set(chosen.flatMap((p) => landIds(p)));
	const regionLand = data.landRegion.features.map(rewound);

	const lines: StaticMapLine[] = [];
	for (const place of chosen) {
		const g = place.geometry;
		if (g.type === 'LineString' || g.type === 'MultiLineString')
			if (!(chapter.routeComparison && place.kind === 'sea-route')) lines.push({ kind: 'place-line', d: pathOf(projection, [g]) });
	}
	for (const route of extras.routes ?? [])
		lines.push({ kind: route.kind, d: pathOf(projection, [{ type: 'LineString', coordinates: route.coordinates }]) });
	for (const line of extras.distances ?? []) lines.push({ kind: 'distance', d: pathOf(projection, [{ type: 'LineString', coordinates: line }]) });
	const treaties = extras.treatyBorders ?? [];
	treaties.forEach((b, i) =>
		lines.push({ kind: i === treaties.length - 1 ? 'treaty-border-latest' : 'treaty-border', d: pathOf(projection, [{ type: 'MultiLineString', coordinates: b.parts }]) })
	);

	// Labels for the chapter's places that fall inside the picture (on a globe: on its near side).
	const points: LabelPoint[] = [];
	for (const place of chosen) {
		const at = labelPoint(place) as [number, number];
		if (globe && (geoDistance(at, [lon, lat]) * 180) / Math.PI > 88) continue;
		const xy = projection(at);
		if (!xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height) continue;
		const dot = place.geometry.type === 'Point' || place.geometry.type === 'MultiPoint';
		points.push({ x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10, text: displayName(place), dot, group: place.kind === 'island-group' });
	}
	for (const b of treaties) {
		const xy = projection(b.labelAt as [number, number]);
		if (xy) points.push({ x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10, text: b.label, dot: false });
	}
	const labels = placeLabels(points, { width, height });

	let scale: StaticMap['scale'];
	if (!globe) {
		const metresPerPx = (EQUATOR_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** camera.zoom);
		const km = niceLength((width / 4) * (metresPerPx / 1000));
		scale = { km, px: Math.round(((km * 1000) / metresPerPx) * 10) / 10, latitude: lat };
	}

	return {
		width,
		height,
		projection: globe ? 'globe' : 'mercator',
		sphere: globe ? pathOf(projection, [{ type: 'Sphere' }]) : '',
		graticule: pathOf(projection, [geoGraticule10()]),
		land: pathOf(projection, [...data.landWorld.features.map(rewound), ...regionLand.filter((f) => !highlighted.has(String(f.properties?.id)))]),
		highlight: pathOf(projection, regionLand.filter((f) => highlighted.has(String(f.properties?.id)))),
		borders: chapter.layers?.borders === false ? '' : pathOf(projection, data.borders.features),
		lines,
		labels,
		scale
	};
}

