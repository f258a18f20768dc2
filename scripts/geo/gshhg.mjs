// GSHHG (Global Self-consistent, Hierarchical, High-resolution Geography; Wessel & Smith, LGPL-3)
// through GMT: shorelines and rivers for a box, and the shorelines stitched into polygons.
//
// `gmt coast -M` dumps shorelines as pieces cut at GSHHG's storage bins. Every piece runs with land
// on its left (islands counter-clockwise, lake shores clockwise), and the end of one piece is,
// digit for digit, the start of the next. So pieces chain into rings; a chain that leaves the box
// is closed by walking the box's edge counter-clockwise to the next chain that enters it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** GSHHG levels: 1 land against the ocean, 2 lakes, 3 islands in lakes, 4 ponds on those. */
export const LEVEL = { land: 1, lake: 2 };

/** The Debian packages that give GMT and the full-resolution GSHHG files. */
export const APT_PACKAGES = ['gmt', 'gmt-gshhg-full'];

export function gmtVersions() {
	const gmt = spawnSync('gmt', ['--version'], { encoding: 'utf8' });
	if (gmt.status !== 0) return null;
	const q = spawnSync('dpkg-query', ['-W', '-f=${Version}', 'gmt-gshhg-full'], { encoding: 'utf8' });
	return { gmt: gmt.stdout.trim(), gshhg: q.status === 0 ? q.stdout.trim() : 'unknown' };
}

/** GMT, installing it from Debian's packages when it is missing and we may. */
export function ensureGmt(log = console.log) {
	let v = gmtVersions();
	if (v && v.gshhg !== 'unknown') return v;
	const cmd = ['apt-get', 'install', '-y', '--no-install-recommends', ...APT_PACKAGES];
	if (process.getuid?.() !== 0) {
		throw new Error(`GMT with the full GSHHG shorelines is needed: run  sudo ${cmd.join(' ')}`);
	}
	log(`[geo] installing ${APT_PACKAGES.join(', ')} from Debian …`);
	const r = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed`);
	v = gmtVersions();
	if (!v) throw new Error('gmt still not found after installing it');
	return v;
}

/** Runs `gmt coast … -M` and returns its segments as arrays of [lon, lat]. */
export function coastSegments(args) {
	// Run in a scratch folder: GMT leaves a gmt.history file wherever it runs, whatever its options.
	const cwd = mkdtempSync(join(tmpdir(), 'gmt-'));
	const r = spawnSync('gmt', ['coast', ...args, '-M'], { encoding: 'utf8', maxBuffer: 1 << 30, cwd });
	rmSync(cwd, { recursive: true, force: true });
	if (r.status !== 0) throw new Error(`gmt coast ${args.join(' ')} failed: ${r.stderr}`);
	return parseSegments(r.stdout);
}

export function parseSegments(text) {
	const segments = [];
	let cur = null;
	for (const line of text.split('\n')) {
		if (line.startsWith('>')) {
			cur = [];
			segments.push(cur);
		} else if (line.trim() && cur) {
			const [x, y] = line.trim().split(/\s+/).map(Number);
			cur.push([x, y]);
		}
	}
	return segments.filter((s) => s.length > 1);
}

const key = (p) => `${p[0]},${p[1]}`;
const EPS = 1e-9;

/**
 * Closed rings, counter-clockwise around what lies left of the pieces, from shoreline pieces that
 * keep it on their left, inside box [west, south, east, north]. Throws if the pieces do not chain.
 */
export function stitch(segments, box) {
	const [w, s, e, n] = box;
	const rings = [];
	const open = [];
	for (const seg of segments) (key(seg[0]) === key(seg[seg.length - 1]) ? rings.push(seg) : open.push(seg));

	// Chain: each piece's end is another's start, or lies on the box's edge.
	const byStart = new Map();
	for (const seg of open) {
		const k = key(seg[0]);
		if (byStart.has(k)) throw new Error(`two shoreline pieces start at ${k}`);
		byStart.set(k, seg);
	}
	const ends = new Set(open.map((seg) => key(seg[seg.length - 1])));
	const used = new Set();
	const follow = (first) => {
		const pts = [...first];
		used.add(first);
		for (;;) {
			const next = byStart.get(key(pts[pts.length - 1]));
			if (!next || used.has(next)) return { pts, closed: next === first };
			used.add(next);
			for (let i = 1; i < next.length; i++) pts.push(next[i]);
		}
	};
	const chains = [];
	for (const seg of open) if (!ends.has(key(seg[0]))) chains.push(follow(seg).pts);
	for (const seg of open) {
		if (used.has(seg)) continue;
		const { pts, closed } = follow(seg);
		if (!closed) throw new Error(`shoreline pieces at ${key(seg[0])} do not close`);
		rings.push(pts);
	}

	// Position along the box's edge, counter-clockwise from its south-west corner: 0–4.
	const along = ([x, y]) => {
		if (Math.abs(y - s) < EPS) return (x - w) / (e - w);
		if (Math.abs(x - e) < EPS) return 1 + (y - s) / (n - s);
		if (Math.abs(y - n) < EPS) return 2 + (e - x) / (e - w);
		if (Math.abs(x - w) < EPS) return 3 + (n - y) / (n - s);
		throw new Error(`shoreline ends at ${x},${y}, inside the box and not at another piece`);
	};
	const corners = [[e, s], [e, n], [w, n], [w, s]]; // at 1, 2, 3, 4 (= 0)
	const tagged = chains.map((pts) => ({ pts, t0: along(pts[0]), t1: along(pts[pts.length - 1]) }));
	const done = new Set();
	for (const start of tagged) {
		if (done.has(start)) continue;
		const ring = [];
		let cur = start;
		for (let guard = 0; guard <= tagged.length; guard++) {
			done.add(cur);
			ring.push(...cur.pts);
			// the next chain start counter-clockwise from this chain's end
			const gap = (c) => (c.t0 - cur.t1 + 4) % 4;
			const next = tagged.reduce((best, c) => (gap(c) < gap(best) ? c : best));
			const stop = cur.t1 + gap(next);
			for (let c = Math.floor(cur.t1) + 1; c < stop - EPS; c++) ring.push(corners[(c - 1) % 4]);
			if (next === start) break;
			if (done.has(next)) throw new Error('box-edge walk met a chain twice');
			cur = next;
		}
		ring.push([...ring[0]]);
		rings.push(ring);
	}
	return rings;
}

/** Shorelines of one GSHHG level in a box, as counter-clockwise rings around the level's areas. */
export function levelRings(box, level, resolution = 'f', minKm2 = 0) {
	const [w, s, e, n] = box;
	const segments = coastSegments([`-R${w}/${e}/${s}/${n}`, `-D${resolution}`, '-W', `-A${minKm2}/${level}/${level}`]);
	// Lake shores run clockwise (land on their left): turn them round to hold the water on the left.
	const oriented = level % 2 === 0 ? segments.map((seg) => seg.slice().reverse()) : segments;
	return stitch(oriented, box);
}

/** Rivers (WDBII, in GSHHG) of the given classes, as lines. */
export function riverLines(box, classes, resolution) {
	const [w, s, e, n] = box;
	return classes.flatMap((c) => coastSegments([`-R${w}/${e}/${s}/${n}`, `-D${resolution}`, `-I${c}`]).map((line) => ({ line, river: c })));
}

/** The parts of lines outside a box (a line is cut where it enters the box). */
export function outsideBox(lines, [w, s, e, n]) {
	const inside = ([x, y]) => x > w && x < e && y > s && y < n;
	const out = [];
	for (const { line, ...rest } of lines) {
		let cur = [];
		for (const p of line) {
			if (inside(p)) {
				if (cur.length > 1) out.push({ line: cur, ...rest });
				cur = [];
			} else cur.push(p);
		}
		if (cur.length > 1) out.push({ line: cur, ...rest });
	}
	return out;
}
