/**
 * Dots drawn as icons, not circles: an icon takes its room in MapLibre's collision index, so the
 * labels placed after it move aside (to another of their anchors) or give way, and never sit on
 * a marker. A dot's image is named by what it looks like, `dot:<radius>:<fill>:<stroke>:<width>`
 * (CSS pixels and hex colours). The map draws every dot the layers name as soon as its style has
 * loaded, before any layer is added (a layer laid out before its image exists drops some of its
 * icons), and any other a layer asks for when it asks (MapView's styleimagemissing).
 */
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';

export interface Dot {
	radius: number;
	fill: string;
	stroke: string;
	width: number;
}

/** Every dot a layer has named, so the map can draw them all before its layers ask (addDot, namedDots). */
const named = new Set<string>();

export function dotName({ radius, fill, stroke, width }: Dot): string {
	const name = `dot:${radius}:${fill}:${stroke}:${width}`;
	named.add(name);
	return name;
}

/** The dot an image name describes, or null for a name that is not a dot's. */
export function parseDot(name: string): Dot | null {
	const m = /^dot:(\d+(?:\.\d+)?):(#[0-9a-f]{6}):(#[0-9a-f]{6}):(\d+(?:\.\d+)?)$/i.exec(name);
	return m ? { radius: Number(m[1]), fill: m[2]!, stroke: m[3]!, width: Number(m[4]) } : null;
}

/** A dot's image as RGBA pixels, `ratio` device pixels to the CSS pixel, for map.addImage. */
export function dotImage(dot: Dot, ratio: number): { width: number; height: number; data: Uint8ClampedArray } {
	const outer = dot.radius + dot.width;
	const size = Math.ceil(2 * outer * ratio);
	const data = new Uint8ClampedArray(size * size * 4);
	const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
	const fill = hex(dot.fill);
	const stroke = hex(dot.stroke);
	const c = size / 2;
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			// Distance from the centre in CSS pixels, sampled at the pixel's middle.
			const d = Math.hypot(x + 0.5 - c, y + 0.5 - c) / ratio;
			const alpha = Math.max(0, Math.min(1, outer - d + 0.5));
			if (alpha <= 0) continue;
			const inside = Math.max(0, Math.min(1, dot.radius - d + 0.5));
			const rgb = fill.map((f, i) => f * inside + stroke[i]! * (1 - inside));
			const at = (y * size + x) * 4;
			data.set([...rgb.map(Math.round), Math.round(alpha * 255)], at);
		}
	return { width: size, height: size, data };
}

/**
 * A symbol layer's layout for dots: always drawn (even where they overlap one another), and
 * holding their place against the labels.
 */
export function dotLayout(image: ExpressionSpecification | string): SymbolLayerSpecification['layout'] {
	return { 'icon-image': image, 'icon-overlap': 'always', 'icon-padding': 0 };
}

/** Draw a dot's image into the map, unless it has it already. */
export function addDot(map: { hasImage(id: string): boolean; addImage(id: string, image: ReturnType<typeof dotImage>, options: { pixelRatio: number }): void }, name: string, ratio: number): void {
	const dot = parseDot(name);
	if (dot && !map.hasImage(name)) map.addImage(name, dotImage(dot, ratio), { pixelRatio: ratio });
}

/** The names of all the dots the layers have named. */
export function namedDots(): string[] {
	return [...named];
}
