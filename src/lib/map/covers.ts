/**
 * Elements that lie over the map's edges (the story's toolbar over its top, an event's card over
 * its bottom) tell the map's context how much of the map they cover, so that the camera frames what
 * it shows in the part that can be seen (CameraDirector pads its moves by the context's insets).
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { Insets, MapContext } from './context.svelte';

type Side = keyof Insets;

/** How far in from `side` of the map's box the covering box reaches (0 when they do not meet). */
export function coverage(side: Side, map: DOMRectReadOnly, cover: DOMRectReadOnly): number {
	const overlaps = cover.right > map.left && cover.left < map.right && cover.bottom > map.top && cover.top < map.bottom;
	if (!overlaps || cover.width === 0 || cover.height === 0) return 0;
	const reach = { top: cover.bottom - map.top, bottom: map.bottom - cover.top, left: cover.right - map.left, right: map.right - cover.left }[side];
	return Math.max(0, Math.min(reach, side === 'top' || side === 'bottom' ? map.height : map.width));
}

const covering = new WeakMap<MapContext, Map<Element, Side>>();

function measure(context: MapContext, container: HTMLElement): void {
	const map = container.getBoundingClientRect();
	const next: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
	for (const [element, side] of covering.get(context) ?? [])
		next[side] = Math.max(next[side], Math.round(coverage(side, map, element.getBoundingClientRect())));
	const now = context.insets;
	if (next.top !== now.top || next.right !== now.right || next.bottom !== now.bottom || next.left !== now.left) context.insets = next;
}

/** Attach to an element over the map's `side`: while it is shown, the camera keeps clear of it. */
export function coversMap(context: MapContext, side: Side): Attachment<HTMLElement> {
	return (element) => {
		// Again once the map exists (its code may load after the element is shown).
		void context.map;
		let elements = covering.get(context);
		if (!elements) covering.set(context, (elements = new Map()));
		elements.set(element, side);
		// Read and written outside the attachment's own tracking: the insets are its output, not its input.
		const update = () => untrack(() => context.container && measure(context, context.container));
		const observer = new ResizeObserver(update);
		observer.observe(element);
		if (context.container) observer.observe(context.container);
		update();
		return () => {
			observer.disconnect();
			elements.delete(element);
			update();
		};
	};
}

/** A box in the map's own pixels: [x0, y0, x1, y1] */
export type MapBox = [number, number, number, number];

/**
 * The boxes of what covers the map now (its toolbar, an open card, MapLibre's own controls), in
 * the map's own pixels and clipped to it: the presenter's map is laid out smaller and scaled up
 * (MapView's magnify), so page pixels are divided by that scale.
 */
export function coveredBoxes(context: MapContext, element: HTMLElement): MapBox[] {
	const frame = element.getBoundingClientRect();
	const { clientWidth: width, clientHeight: height } = element;
	const scale = frame.width / width || 1;
	const elements = [...(covering.get(context)?.keys() ?? []), ...element.querySelectorAll('.maplibregl-ctrl')];
	return elements
		.map((e) => e.getBoundingClientRect())
		.filter((b) => b.width > 0 && b.height > 0)
		.map((b): MapBox => [
			Math.max(0, (b.left - frame.left) / scale),
			Math.max(0, (b.top - frame.top) / scale),
			Math.min(width, (b.right - frame.left) / scale),
			Math.min(height, (b.bottom - frame.top) / scale)
		])
		.filter(([x0, y0, x1, y1]) => x1 > x0 && y1 > y0);
}
