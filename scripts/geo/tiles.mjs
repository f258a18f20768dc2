// Vector tiles for the basemap: GeoJSON layers cut into Mapbox Vector Tiles with
// @maplibre/geojson-vt, encoded with @maplibre/vt-pbf, and written into one PMTiles v3 archive
// (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md), which the app reads through
// the `pmtiles` protocol. Deterministic: the same layers give the same bytes.
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

/** Mercator tile range of a lon/lat box at zoom z. */
export function tileRange([w, s, e, n], z) {
	const k = 2 ** z;
	const x = (lon) => Math.min(k - 1, Math.max(0, Math.floor(((lon + 180) / 360) * k)));
	const y = (lat) => {
		const r = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
		return Math.min(k - 1, Math.max(0, Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * k)));
	};
	return { x0: x(w), x1: x(e), y0: y(n), y1: y(s) };
}

const gzip = (buf) => {
	const out = gzipSync(buf, { level: 9 });
	out[9] = 0xff; // OS byte "unknown": the same bytes on every system (mtime is already 0)
	return out;
};

/**
 * layers: [{ name, data: FeatureCollection, minzoom, maxzoom, bbox, options }] → tiles
 * Map<"z/x/y", Uint8Array> (uncompressed MVT), and the vector_layers metadata. Several entries
 * may share a name (one layer's data for different zooms): they form one tile layer, described
 * once (by its first entry, over all their zooms).
 */
export function cutTiles(tools, layers, { maxzoom }) {
	const { GeoJSONVT } = tools.geojsonVt;
	const { fromGeojsonVt } = tools.vtPbf;
	const tiles = new Map();
	const counts = Object.fromEntries(layers.map((l) => [l.name, 0]));
	for (let z = 0; z <= maxzoom; z++) {
		// Each entry's index only for the zooms it serves, and let go of after them.
		const here = layers
			.filter((l) => z >= l.minzoom && z <= l.maxzoom)
			.map((l) => ({
				...l,
				range: tileRange(l.bbox, z),
				index: new GeoJSONVT(l.data, {
					maxZoom: l.maxzoom,
					indexMaxZoom: 0,
					tolerance: l.tolerance ?? 3,
					buffer: l.buffer ?? 64,
					extent: 4096,
					wrap: false,
					...l.options
				})
			}));
		const keys = new Set();
		for (const { range: r } of here) for (let x = r.x0; x <= r.x1; x++) for (let y = r.y0; y <= r.y1; y++) keys.add(`${x}/${y}`);
		for (const xy of [...keys].sort()) {
			const [x, y] = xy.split('/').map(Number);
			const found = {};
			for (const { name, range: r, index } of here) {
				if (x < r.x0 || x > r.x1 || y < r.y0 || y > r.y1) continue;
				const t = index.getTile(z, x, y);
				if (t && t.features.length) {
					found[name] = t;
					counts[name]++;
				}
			}
			if (Object.keys(found).length) tiles.set(`${z}/${x}/${y}`, fromGeojsonVt(found, { version: 2, extent: 4096 }));
		}
	}
	const vectorLayers = [];
	for (const l of layers) {
		const known = vectorLayers.find((v) => v.id === l.name);
		if (known) {
			known.minzoom = Math.min(known.minzoom, l.minzoom);
			known.maxzoom = Math.max(known.maxzoom, l.maxzoom);
			continue;
		}
		vectorLayers.push({
			id: l.name,
			description: l.description ?? '',
			minzoom: l.minzoom,
			maxzoom: l.maxzoom,
			fields: Object.fromEntries(
				[...new Set(l.data.features.flatMap((f) => Object.keys(f.properties ?? {})))].sort().map((k) => {
					const v = l.data.features.find((f) => f.properties?.[k] !== undefined)?.properties[k];
					return [k, typeof v === 'number' ? 'Number' : typeof v === 'boolean' ? 'Boolean' : 'String'];
				})
			)
		});
	}
	return { tiles, vectorLayers, counts };
}

function varints(values) {
	const out = [];
	for (let v of values) {
		while (v >= 0x80) {
			out.push((v % 0x80) | 0x80);
			v = Math.floor(v / 0x80);
		}
		out.push(v);
	}
	return Buffer.from(out);
}

function serializeDirectory(entries) {
	const vals = [entries.length];
	let last = 0;
	for (const e of entries) { vals.push(e.tileId - last); last = e.tileId; }
	for (const e of entries) vals.push(e.runLength);
	for (const e of entries) vals.push(e.length);
	entries.forEach((e, i) => {
		const prev = entries[i - 1];
		vals.push(i > 0 && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
	});
	return varints(vals);
}

/**
 * One PMTiles v3 archive from tiles Map<"z/x/y", Uint8Array>: tiles gzip-compressed, identical
 * tiles stored once (runs of them as one entry), in the root directory or, when that would not fit
 * the archive's first 16 KB, in leaf directories it lists.
 */
export function writePmtiles(tools, tiles, { bounds, minzoom, maxzoom, center, metadata }) {
	const { zxyToTileId } = tools.pmtiles;
	const sorted = [...tiles.entries()]
		.map(([k, data]) => {
			const [z, x, y] = k.split('/').map(Number);
			return { tileId: zxyToTileId(z, x, y), data };
		})
		.sort((a, b) => a.tileId - b.tileId);
	const blobs = [];
	const byHash = new Map();
	const entries = [];
	let offset = 0;
	for (const { tileId, data } of sorted) {
		const gz = gzip(Buffer.from(data));
		const hash = createHash('sha256').update(gz).digest('hex');
		let at = byHash.get(hash);
		if (!at) {
			at = { offset, length: gz.length };
			byHash.set(hash, at);
			blobs.push(gz);
			offset += gz.length;
		}
		const last = entries[entries.length - 1];
		if (last && last.offset === at.offset && last.tileId + last.runLength === tileId) last.runLength++;
		else entries.push({ tileId, offset: at.offset, length: at.length, runLength: 1 });
	}
	// The header and root directory must fit the first 16 KB: past that, the entries go into leaf
	// directories, and the root lists the leaves (run length 0).
	let root = gzip(serializeDirectory(entries));
	let leaves = Buffer.alloc(0);
	for (let size = 1024; 127 + root.length > 16384; size *= 2) {
		const parts = [];
		const rootEntries = [];
		let at = 0;
		for (let i = 0; i < entries.length; i += size) {
			const chunk = entries.slice(i, i + size);
			const leaf = gzip(serializeDirectory(chunk));
			rootEntries.push({ tileId: chunk[0].tileId, offset: at, length: leaf.length, runLength: 0 });
			parts.push(leaf);
			at += leaf.length;
		}
		root = gzip(serializeDirectory(rootEntries));
		leaves = Buffer.concat(parts);
	}
	const meta = gzip(Buffer.from(JSON.stringify(metadata)));
	const data = Buffer.concat(blobs);
	const header = Buffer.alloc(127);
	header.write('PMTiles', 0, 'ascii');
	header.writeUInt8(3, 7);
	const u64 = (v, at) => header.writeBigUInt64LE(BigInt(v), at);
	const rootOffset = 127;
	const metaOffset = rootOffset + root.length;
	const leafOffset = metaOffset + meta.length;
	const dataOffset = leafOffset + leaves.length;
	u64(rootOffset, 8); u64(root.length, 16);
	u64(metaOffset, 24); u64(meta.length, 32);
	u64(leafOffset, 40); u64(leaves.length, 48);
	u64(dataOffset, 56); u64(data.length, 64);
	u64(sorted.length, 72); u64(entries.length, 80); u64(blobs.length, 88);
	header.writeUInt8(1, 96); // clustered: tile data in tile-id order
	header.writeUInt8(2, 97); // internal compression: gzip
	header.writeUInt8(2, 98); // tile compression: gzip
	header.writeUInt8(1, 99); // tile type: MVT
	header.writeUInt8(minzoom, 100);
	header.writeUInt8(maxzoom, 101);
	const e7 = (v) => Math.round(v * 1e7);
	header.writeInt32LE(e7(bounds[0]), 102); header.writeInt32LE(e7(bounds[1]), 106);
	header.writeInt32LE(e7(bounds[2]), 110); header.writeInt32LE(e7(bounds[3]), 114);
	header.writeUInt8(center[2], 118);
	header.writeInt32LE(e7(center[0]), 119); header.writeInt32LE(e7(center[1]), 123);
	return {
		bytes: Buffer.concat([header, root, meta, leaves, data]),
		stats: { addressed: sorted.length, entries: entries.length, contents: blobs.length, rootBytes: root.length, leafBytes: leaves.length }
	};
}
