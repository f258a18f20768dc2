// Types for the tests that import the tile writer (tests/unit/pmtiles-writer.test.ts).
export function tileRange(box: [number, number, number, number], z: number): { x0: number; x1: number; y0: number; y1: number };
export function writePmtiles(
	tools: { pmtiles: { zxyToTileId(z: number, x: number, y: number): number } },
	tiles: Map<string, Uint8Array>,
	options: { bounds: number[]; minzoom: number; maxzoom: number; center: number[]; metadata: unknown }
): { bytes: Buffer; stats: { addressed: number; entries: number; contents: number; rootBytes: number; leafBytes: number } };
export function cutTiles(tools: unknown, layers: unknown[], options: { maxzoom: number }): unknown;
