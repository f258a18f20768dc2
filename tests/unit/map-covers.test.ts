/** What covers the map's edges, and the dots drawn as icons: pure helpers of the story's map. */
import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/lib/map/covers';
import { dotImage, dotName, parseDot } from '../../src/lib/map/layers/dots';

const box = (left: number, top: number, width: number, height: number) =>
	({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRectReadOnly;

describe('what covers the map', () => {
	const map = box(0, 100, 400, 300);
	it('is measured from the edge it lies on, as far in as it reaches', () => {
		// A toolbar 8 px below the map's top, 32 px high: 40 px of the top covered.
		expect(coverage('top', map, box(8, 108, 300, 32))).toBe(40);
		// A card over the map's foot, 120 px high.
		expect(coverage('bottom', map, box(10, 280, 380, 120))).toBe(120);
		// Something beside the map, or under it, covers nothing; nothing covers more than the whole map.
		expect(coverage('top', map, box(500, 108, 100, 32))).toBe(0);
		expect(coverage('bottom', map, box(0, 400, 400, 200))).toBe(0);
		expect(coverage('top', map, box(0, 0, 400, 900))).toBe(300);
	});
});

describe('dots', () => {
	it('are named by how they look, and the name read back', () => {
		const dot = { radius: 6, fill: '#2d2a6e', stroke: '#ffffff', width: 2 };
		expect(parseDot(dotName(dot))).toEqual(dot);
		expect(parseDot('dot:6:red:#ffffff:2')).toBeNull();
		expect(parseDot('marker-15')).toBeNull();
	});

	it('are drawn filled inside the radius, outlined to its edge, transparent beyond', () => {
		const image = dotImage({ radius: 6, fill: '#ff0000', stroke: '#0000ff', width: 2 }, 2);
		expect(image.width).toBe(32);
		const at = (x: number, y: number) => [...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];
		expect(at(16, 16)).toEqual([255, 0, 0, 255]);
		// 7 CSS px right of the centre: in the outline.
		expect(at(16 + 14, 16)).toEqual([0, 0, 255, 255]);
		expect(at(0, 0)[3]).toBe(0);
	});
});
