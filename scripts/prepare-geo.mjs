#!/usr/bin/env node
// Builds the offline basemap layers in static/geo/ from GSHHG (through GMT, from Debian's packages)
// and pinned npm data packages.
//
//   node scripts/prepare-geo.mjs
//
// npm tools and data are installed on demand into .cache/geo-prep (ignored by git through its own
// .gitignore), so the app's package.json stays lean; GMT and the full GSHHG shorelines are
// installed with apt when missing (scripts/geo/gshhg.mjs). Output is deterministic: rerunning with
// the same pinned versions gives the same bytes.
//
// Outputs
//   static/geo/basemap.pmtiles             the map's vector tiles: the region's land, shores, lakes,
//                                          rivers and context names (zooms 0-9)
//   static/geo/land-region.geojson         the region's land at full resolution (GSHHG), one Feature
//                                          per named island (islands.json + EXTRA_ISLANDS), the
//                                          unnamed rocks of a ROCK_GROUP together, the rest in one
//                                          MultiPolygon { id: "land" }
//   static/geo/land-region-simple.geojson  the same, simplified, for the handout's maps
//   static/geo/land-world.geojson          Natural Earth 110m land with REGION_BBOX cut out
//   static/geo/borders.geojson             Natural Earth 50m interior country borders (lines)
//   static/geo/PROVENANCE.md               the section between the prepare-geo markers is regenerated

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { APT_PACKAGES as APT, ensureGmt, levelRings, LEVEL, outsideBox, riverLines } from './geo/gshhg.mjs';
import { cutTiles, writePmtiles } from './geo/tiles.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = join(ROOT, '.cache', 'geo-prep');
const OUT = join(ROOT, 'static', 'geo');
const ISLANDS_FILE = join(ROOT, 'src', 'lib', 'content', 'islands.json');

// Exact versions; change deliberately and rebuild.
export const PINNED = {
  'world-atlas': '2.0.2',
  'topojson-client': '3.1.0',
  mapshaper: '0.7.70',
  'd3-geo': '3.1.2',
  'd3-geo-projection': '4.0.0',
  '@turf/area': '7.4.0',
  '@turf/boolean-point-in-polygon': '7.4.0',
  '@maplibre/geojson-vt': '7.0.1',
  '@maplibre/vt-pbf': '4.3.3',
  pmtiles: '4.5.0'
};
// GSHHG through GMT, from Debian's packages (scripts/geo/gshhg.mjs checks and installs them).
export const GSHHG_PACKAGE = 'gmt-gshhg-full 2.3.7-6 (GSHHG 2.3.7), gmt 6.4.0';

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


// Islets and rocks with no name of their own in the data, kept together as one feature of their
// group. The Habomai box starts east of Cape Nosappu (145.817 E, Hokkaido's easternmost point) and
// stops short of Shikotan.
export const ROCK_GROUPS = [
  { id: 'habomai-rocks', en: 'Other Habomai islets and rocks', ru: 'прочие острова и скалы Хабомаи', ja: '歯舞群島のその他の小島・岩礁', ja_romaji: 'Habomai Guntō no sonota no kojima, ganshō', group: 'Habomai', disputed: true, box: [145.84, 43.3, 146.5, 43.75] }
];

const SOURCES = {
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
  // Full resolution, exactly the region: the map's tiles and every measurement.
  const fineRings = levelRings(REGION_BBOX, LEVEL.land);
  let fine = fineRings.map((r) => cleanPolygon([r], REGION_DECIMALS)).filter(Boolean).sort(comparePolys);
  const fineCovered = coveredFlags(fine);
  fine = fine.filter((_, i) => !fineCovered[i]);
  const lakes = levelRings(REGION_BBOX, LEVEL.lake).map((r) => cleanPolygon([r], REGION_DECIMALS)).filter(Boolean).sort(comparePolys);
  log(`[geo] region (GSHHG full): ${fine.length} land polygons, ${lakes.length} lakes`);
  const fineNamed = nameParts(fine);
  const fineText = writeCollection(join(OUT, 'land-region.geojson'), fineNamed.features);

  // Simplified, for the printed handout's small maps: simplify inside a wider box, then cut.
  const polys = levelRings(outer, LEVEL.land).map((r) => [r]);
  const bigLakes = levelRings(outer, LEVEL.lake).filter((h) => {
    const a = ringAreaKm2(h);
    return a >= LAKE_MIN_KM2 && (4 * Math.PI * a) / ringPerimeterKm(h) ** 2 >= LAKE_MIN_COMPACTNESS;
  });
  for (const lake of bigLakes) {
    const home = polys.find((p) => pointInRing(lake[0], p[0]));
    if (home) home.push(lake.slice().reverse());
  }
  const simple = await shapeRegion(tools, polys, log);
  simple.lakes = bigLakes.length;
  return {
    text: fineText,
    report: fineNamed.report,
    polygons: fine.length,
    lakeCount: lakes.length,
    fine: fineNamed.features,
    lakes,
    simple
  };
}

async function shapeRegion(tools, polys, log) {
  const kept = polys.map((poly) => ({
    type: 'Feature',
    properties: { tol: ringAreaKm2(poly[0]) > BIG_KM2 ? SIMPLIFY_COARSE_M : SIMPLIFY_FINE_M },
    geometry: { type: 'Polygon', coordinates: poly }
  }));
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
  log(`[geo] simplified region: ${parts.length} polygons, ${swallowedCount} islet(s) swallowed by simplified coastlines dropped`);
  const named = nameParts(parts);
  const text = writeCollection(join(OUT, 'land-region-simple.geojson'), named.features);
  return { text, report: named.report, polygons: parts.length, swallowed: swallowedCount };
}

/** One feature per named island (the polygon holding its seed), the rest as one MultiPolygon. */
function nameParts(parts) {
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
  // The small rocks of a group that have no name of their own: every unnamed polygon in its box.
  for (const g of ROCK_GROUPS) {
    const inBox = parts
      .map((p, i) => [p, i])
      .filter(([p, i]) => !used.has(i) && p[0].every(([x, y]) => x >= g.box[0] && y >= g.box[1] && x <= g.box[2] && y <= g.box[3]));
    if (!inBox.length) continue;
    for (const [, i] of inBox) used.add(i);
    features.push({
      type: 'Feature',
      properties: { id: g.id, en: g.en, ru: g.ru, ja: g.ja, ja_romaji: g.ja_romaji, group: g.group, disputed: g.disputed, ja_uncertain: false, id_uncertain: false, kind: 'rocks' },
      geometry: { type: 'MultiPolygon', coordinates: inBox.map(([p]) => p) }
    });
    report.push(`${g.id}: ${inBox.length} unnamed polygons in ${g.box.join(', ')}`);
  }
  const rest = parts.filter((_, i) => !used.has(i));
  features.unshift({
    type: 'Feature',
    properties: { id: 'land', kind: 'land' },
    geometry: { type: 'MultiPolygon', coordinates: rest }
  });
  return { features, report };
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

// ---------------------------------------------------------------- basemap tiles

// The tiles hold the region's land at full resolution (named islands with their ids), lakes,
// rivers and context names; each zoom below the last is simplified for its scale (buildBasemap), so
// a world view loads little and a close one the full coast. Zoomed in past BASEMAP_MAXZOOM, the map draws the last tiles larger.
export const BASEMAP_FILE = 'basemap.pmtiles';
export const BASEMAP_MAXZOOM = 9;
const WORLD_CONTEXT_MAXZOOM = 5;
const WORLD_LAKE_MIN_KM2 = 100;
const RIVER_CLASSES = [1, 2, 3]; // WDBII: double-lined rivers, permanent major rivers, additional major rivers (the lower Amur is one)

const inRussia = (f) => f.geometry.coordinates.every(([x, y]) => x >= 25 && y >= 40 && y <= 78);
const lineFeature = (props, coordinates) => ({ type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates } });
const polygonFeature = (props, coordinates) => ({ type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates } });
const rounded = (line, d) => {
  const r = roundTo(d);
  const out = [];
  for (const [x, y] of line) {
    const p = [r(x), r(y)];
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  return out;
};

async function buildBasemap(tools, region, log) {
  tools.geojsonVt = await tools.esm('@maplibre/geojson-vt', 'dist/geojson-vt.mjs');
  tools.vtPbf = await tools.esm('@maplibre/vt-pbf', 'dist/index.es.js');
  tools.pmtiles = await tools.esm('pmtiles', 'dist/esm/index.js');
  const WORLD = [-180, -85, 180, 85];
  const land = region.fine.map((f) => ({
    type: 'Feature',
    properties: { id: f.properties.id, kind: f.properties.kind, disputed: f.properties.disputed === true },
    geometry: f.geometry
  }));
  const regionLakes = region.lakes.map((p) => polygonFeature({ kind: 'lake', region: true }, p));
  const worldLakes = levelRings([-180, -90, 180, 90], LEVEL.lake, 'i', WORLD_LAKE_MIN_KM2)
    .map((r) => cleanPolygon([r], 3))
    .filter((p) => p && !p[0].some(([x, y]) => x >= REGION_BBOX[0] && x <= REGION_BBOX[2] && y >= REGION_BBOX[1] && y <= REGION_BBOX[3]))
    .sort(comparePolys)
    .map((p) => polygonFeature({ kind: 'lake', region: false }, p));
  const regionRivers = riverLines(REGION_BBOX, RIVER_CLASSES, 'h').map(({ line, river }) => lineFeature({ kind: 'river', river }, rounded(line, REGION_DECIMALS)));
  const worldRivers = outsideBox(riverLines([-180, -90, 180, 90], RIVER_CLASSES, 'i'), REGION_BBOX)
    .map(({ line, river }) => lineFeature({ kind: 'river', river }, rounded(line, 3)));
  const fc = (features) => ({ type: 'FeatureCollection', features: features.filter((f) => f.geometry.type !== 'LineString' || f.geometry.coordinates.length > 1) });
  const names = contextNames([...regionRivers, ...worldRivers]);

  // geojson-vt's own simplification can make a ring cross itself, and MapLibre then fills none of
  // it (Honshu at zoom 4 went blank). So each zoom's polygons are simplified beforehand by
  // mapshaper, which repairs what simplifying crosses, and cut at that zoom as the index's
  // maxZoom, where geojson-vt leaves them as they are.
  const layers = [];
  for (let z = 0; z <= BASEMAP_MAXZOOM; z++) {
    const zLand = z === BASEMAP_MAXZOOM ? land : await simplifyFeatures(tools, land, zoomInterval(z));
    // Lakes too small to see at a zoom (under 4 tile units across) are left out of its tiles.
    const zLakes = (z === BASEMAP_MAXZOOM ? [...regionLakes, ...worldLakes] : await simplifyFeatures(tools, [...regionLakes, ...worldLakes], zoomInterval(z)))
      .filter((f) => unitsAcross(f, z) >= 4);
    // The additional major rivers (class 3) from zoom 4, as the style shows them.
    // Outside the region, the class 3 rivers only across northern Asia (the Lena is one): not every
    // stream of the world.
    const zRivers = await simplifyLines(tools, [...regionRivers, ...worldRivers.filter((f) => f.properties.river <= 2 || inRussia(f))].filter((f) => z >= 4 || f.properties.river <= 2), z === BASEMAP_MAXZOOM ? 0 : zoomInterval(z));
    const one = { minzoom: z, maxzoom: z };
    layers.push(
      { name: 'land', description: 'The region\'s land (GSHHG full resolution): named islands by id, the rest as "land"', data: fc(zLand), bbox: REGION_BBOX, ...one },
      { name: 'shore', description: 'The region\'s shorelines as lines, with the same properties as "land"', data: fc(shoreOf(zLand)), bbox: REGION_BBOX, ...one },
      { name: 'lakes', description: 'Lakes (GSHHG level 2): full resolution in the region, intermediate and ≥ 100 km² elsewhere', data: fc(zLakes), bbox: z > WORLD_CONTEXT_MAXZOOM ? REGION_BBOX : WORLD, ...one },
      { name: 'names', description: 'Context names (src/lib/content/context-names.json): seas, lakes, rivers, countries, regions, cities', data: fc(names), bbox: z > WORLD_CONTEXT_MAXZOOM ? REGION_BBOX : WORLD, ...one },
      { name: 'rivers', description: 'Rivers (WDBII classes 1 to 3, in GSHHG): high resolution in the region, intermediate elsewhere', data: fc(zRivers), bbox: z > WORLD_CONTEXT_MAXZOOM ? REGION_BBOX : WORLD, ...one }
    );
  }
  const { tiles, vectorLayers, counts } = cutTiles(tools, layers, { maxzoom: BASEMAP_MAXZOOM });
  const metadata = {
    name: 'Passages basemap',
    description: 'Land, lakes and rivers for the Passages story map',
    attribution: 'GSHHG (LGPL-3)',
    version: '1',
    vector_layers: vectorLayers
  };
  const { bytes, stats } = writePmtiles(tools, tiles, {
    bounds: [-180, -85, 180, 85],
    minzoom: 0,
    maxzoom: BASEMAP_MAXZOOM,
    center: [143, 47, 4],
    metadata
  });
  writeFileSync(join(OUT, BASEMAP_FILE), bytes);
  const perZoom = {};
  for (const [k, t] of tiles) { const z = k.split('/')[0]; perZoom[z] = (perZoom[z] ?? 0) + gzipSync(Buffer.from(t), { level: 9 }).length; }
  log(`[geo] ${BASEMAP_FILE} gzipped bytes by zoom: ${JSON.stringify(perZoom)}`);
  log(`[geo] ${BASEMAP_FILE}: ${tiles.size} tiles (${stats.contents} distinct), ${bytes.length} B; features per layer ${JSON.stringify(counts)}; root directory ${stats.rootBytes} B, leaf directories ${stats.leafBytes} B`);
  return { bytes, stats, tiles: tiles.size, layers: layers.map((l) => ({ name: l.name, features: l.data.features.length })) };
}

const CONTEXT_NAMES = join(ROOT, 'src', 'lib', 'content', 'context-names.json');

/** The context names as points; a river's name moved onto the nearest vertex of its river. */
function contextNames(rivers) {
  const list = JSON.parse(readFileSync(CONTEXT_NAMES, 'utf8')).names;
  return list.map((n) => {
    let at = n.at;
    if (n.kind === 'river') {
      let best = Infinity;
      for (const f of rivers) for (const p of f.geometry.coordinates) {
        const d = segKm(n.at, p);
        if (d < best) { best = d; at = p; }
      }
      if (best > 150) throw new Error(`context-names.json: ${n.en} is ${best.toFixed(0)} km from any river in the data`);
    }
    return {
      type: 'Feature',
      properties: { kind: n.kind, name: n.en, localNames: [n.ru, n.ja].filter(Boolean).join(' · '), minzoom: n.minzoom },
      geometry: { type: 'Point', coordinates: at.map(roundTo(3)) }
    };
  });
}

/** Visvalingam interval for a zoom: about two units of a 4096-unit tile at 45° N. */
const zoomInterval = (z) => Math.round((2 * 40075016 * Math.cos(Math.PI / 4)) / 2 ** z / 4096);

/** How many 4096-unit tile units a feature spans at zoom z (the larger of width and height, at its latitude). */
function unitsAcross(f, z) {
  const pts = polygonsOf(f).flatMap((p) => p[0]);
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  const degUnits = (2 ** z * 4096) / 360;
  const k = 1 / Math.cos((((Math.min(...ys) + Math.max(...ys)) / 2) * Math.PI) / 180);
  return Math.max((Math.max(...xs) - Math.min(...xs)) * degUnits, (Math.max(...ys) - Math.min(...ys)) * degUnits * k);
}

/** Lines simplified by mapshaper (interval 0: as they are), properties kept. */
async function simplifyLines(tools, features, interval) {
  if (!interval) return features;
  const out = await mapshaperRun(
    tools,
    `-i in.json -simplify weighted interval=${interval} -o out.json format=geojson geojson-type=FeatureCollection`,
    { 'in.json': JSON.stringify({ type: 'FeatureCollection', features }) }
  );
  return out.features.flatMap((f) =>
    linesOf(f)
      .map((line) => rounded(line, REGION_DECIMALS))
      .filter((line) => line.length > 1)
      .map((line) => lineFeature(f.properties, line))
  );
}

/** Polygons simplified by mapshaper (every shape kept, crossings repaired), properties kept. */
async function simplifyFeatures(tools, features, interval) {
  const out = await mapshaperRun(
    tools,
    `-i in.json -simplify weighted interval=${interval} keep-shapes -o out.json format=geojson geojson-type=FeatureCollection`,
    { 'in.json': JSON.stringify({ type: 'FeatureCollection', features }) }
  );
  return out.features
    .filter((f) => f.geometry)
    .map((f) => {
      const polys = polygonsOf(f).map((p) => cleanPolygon(p, REGION_DECIMALS)).filter(Boolean);
      const geometry = f.geometry.type === 'Polygon' && polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
      return { type: 'Feature', properties: f.properties, geometry };
    })
    .filter((f) => f.geometry.coordinates.length);
}

/**
 * Shorelines as lines (a line layer over tiled polygons would also draw the tiles' cut edges),
 * without the stretches that run along the region's edge where the mainland is cut.
 */
function shoreOf(land) {
  const [W, S, E, N] = REGION_BBOX;
  const onEdge = ([x, y]) => x === W || x === E || y === S || y === N;
  const shore = [];
  for (const f of land) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys) for (const ring of poly) {
      let cur = [];
      for (let i = 0; i < ring.length; i++) {
        const p = ring[i];
        const prev = ring[i - 1];
        if (prev && onEdge(prev) && onEdge(p) && (prev[0] === p[0] || prev[1] === p[1])) {
          if (cur.length > 1) shore.push(lineFeature(f.properties, cur));
          cur = [p];
        } else cur.push(p);
      }
      if (cur.length > 1) shore.push(lineFeature(f.properties, cur));
    }
  }
  return shore;
}

// ---------------------------------------------------------------- provenance

const sizeOf = (text) => ({ raw: Buffer.byteLength(text), gz: gzipSync(Buffer.from(text), { level: 9 }).length });
const kb = (b) => `${b.toLocaleString('en-US')} B (${(b / 1024).toFixed(1)} KiB)`;

function writeProvenance(results) {
  const { region, world, borders, basemap } = results;
  const s = {
    region: sizeOf(region.text),
    simple: sizeOf(region.simple.text),
    world: sizeOf(world.text),
    borders: sizeOf(borders.text),
    basemap: { raw: basemap.bytes.length, gz: basemap.bytes.length }
  };
  const total = Object.values(s).reduce((n, f) => n + f.raw, 0);
  const v = (n) => `\`${n}@${PINNED[n]}\``;
  const section = `<!-- BEGIN prepare-geo (generated by scripts/prepare-geo.mjs; edit the script, not this section) -->
# Basemap data provenance

Rebuild everything (installs pinned npm tools into \`.cache/geo-prep\`, and GMT with the full GSHHG
shorelines from Debian's packages \`${APT.join(' ')}\` if they are missing; about 15 s):

\`\`\`sh
node scripts/prepare-geo.mjs
node scripts/check-geo.mjs   # validity, seeds, island areas against the official figures
\`\`\`

A rerun with the same pinned versions writes the same bytes.

**Attribution the map must show:** GSHHG (LGPL-3) · Natural Earth

| file | what | bytes | gzip -9 |
| --- | --- | ---: | ---: |
| basemap.pmtiles | the map's tiles: the region's land, shores, lakes and rivers | ${kb(s.basemap.raw)} | tiles gzipped inside |
| land-region.geojson | the region's land at full resolution, each named island a feature | ${kb(s.region.raw)} | ${kb(s.region.gz)} |
| land-region-simple.geojson | the same land simplified, for the handout's small printed maps | ${kb(s.simple.raw)} | ${kb(s.simple.gz)} |
| land-world.geojson | the world's land outside the region | ${kb(s.world.raw)} | ${kb(s.world.gz)} |
| borders.geojson | countries' land borders | ${kb(s.borders.raw)} | ${kb(s.borders.gz)} |
| **all** | | ${kb(total)} | |

The app's map reads the region from **basemap.pmtiles** only, a tile at a time (HTTP range requests
through the \`pmtiles\` protocol), and the world's land and the borders as GeoJSON. The two
land-region files are for the build (distances, bounds, the handout's maps), for download and for
anyone with a GIS; no page fetches them.

All coordinates are WGS 84 lon/lat (RFC 7946): polygon exteriors counter-clockwise, holes clockwise,
longitudes within [-180, 180], nothing crosses the antimeridian. The detailed region land and the
coarse world land meet edge to edge along the region bbox ${REGION_BBOX.join(', ')} (W, S, E, N); both are drawn
with the same fill and \`fill-antialias: false\`, so the seam does not show.

## Shorelines, lakes and rivers: GSHHG

- Source: **GSHHG 2.3.7** (Global Self-consistent, Hierarchical, High-resolution Geography Database,
  P. Wessel and W. H. F. Smith, https://www.soest.hawaii.edu/pwessel/gshhg/), **licensed under the
  GNU Lesser General Public License v3 (LGPL-3)**; its rivers are from the World Data Bank II
  (public domain) as GSHHG carries them. Read through GMT (\`gmt coast -M\`, ${GSHHG_PACKAGE}).
  The files derived from it here are under the same licence.
- \`gmt coast\` dumps shorelines as pieces cut at GSHHG's storage bins; every piece keeps land on its
  left and ends where the next begins, so \`scripts/geo/gshhg.mjs\` chains them into rings and closes
  a ring cut by the region's edge along that edge.
- **land-region.geojson**: level 1 (land against the ocean) at full resolution, exactly inside the
  region bbox, rounded to ${REGION_DECIMALS} decimals (~10 m); ${region.polygons} polygons. Each named island is the
  polygon containing its \`seed\` (a seed that misses every polygon may snap to the nearest one
  within ${SEED_SNAP_KM} km); rocks with no name of their own inside a group's box are one feature of
  the group (\`ROCK_GROUPS\`: the Habomai rocks east of Cape Nosappu); everything else is one
  MultiPolygon \`{ "id": "land", "kind": "land" }\`.
${region.report.map((r) => `  - note: ${r}`).join('\n')}
- Island names: \`src/lib/content/islands.json\` (see \`src/lib/content/README.md\`) plus the
  \`EXTRA_ISLANDS\` list in the script (Russky, Moneron, Rishiri, Rebun, Honshu). Features:
  \`{ id, en, ru, ja, ja_romaji, group, disputed, ja_uncertain, id_uncertain, kind: "island" | "rocks" }\`.
  Honshu is only the part north of ${REGION_BBOX[1]}° N.
- **land-region-simple.geojson**: the same level 1 shores taken ${CLIP_MARGIN}° wider, lakes of at least
  ${LAKE_MIN_KM2} km² with compactness 4πA/P² ≥ ${LAKE_MIN_COMPACTNESS} cut out as holes (${region.simple.lakes}), Visvalingam (weighted)
  simplification with \`keep-shapes\` (mapshaper ${PINNED.mapshaper}; ${SIMPLIFY_FINE_M} m, ${SIMPLIFY_COARSE_M} m for polygons over
  ${BIG_KM2.toLocaleString('en-US')} km²), cut exactly to the region, ${region.simple.swallowed} islet(s) a simplified coast swallowed dropped, named
  as above; ${region.simple.polygons} polygons.
- **Lakes** (level 2): full resolution in the region (${region.lakeCount}); elsewhere GSHHG's intermediate
  resolution, lakes of at least ${WORLD_LAKE_MIN_KM2} km².
- **Rivers**: WDBII classes ${RIVER_CLASSES.join(', ')} (double-lined rivers, permanent major rivers, additional major rivers): GSHHG's
  high resolution in the region, intermediate resolution elsewhere (the Lena and the lower Amur are class 3).

## basemap.pmtiles

- Vector tiles (Mapbox Vector Tile 2, extent 4096) for zooms 0–${BASEMAP_MAXZOOM}, cut with ${v('@maplibre/geojson-vt')} and
  encoded with ${v('@maplibre/vt-pbf')}, in one PMTiles v3 archive (tiles gzipped, identical tiles stored once,
  one root directory; written by \`scripts/geo/tiles.mjs\`, tile ids from ${v('pmtiles')}).
  ${basemap.tiles} tiles, ${basemap.stats.contents} distinct. Past zoom ${BASEMAP_MAXZOOM} the map draws the zoom-${BASEMAP_MAXZOOM} tiles larger.
- Layers: \`land\` (\`id\`, \`kind\`, \`disputed\`), \`shore\` (the same, as lines: a line layer over
  tiled polygons would draw the tiles' cut edges; the region's edge is left out), \`lakes\`
  (\`kind\`, \`region\`), \`rivers\` (\`kind\`, \`river\`: the WDBII class). Outside the region the lakes
  and rivers stop at zoom ${WORLD_CONTEXT_MAXZOOM}; the class 3 rivers start at zoom 4, and outside the region are only those of northern Asia (east of 25° E, 40–78° N).
- Each zoom below ${BASEMAP_MAXZOOM} is simplified beforehand by mapshaper (Visvalingam weighted, about 2 tile units,
  \`keep-shapes\`, its repair of crossings on), and cut as that zoom's \`maxZoom\`, where geojson-vt leaves
  it as it is: geojson-vt's own simplification can make a ring cross itself, and MapLibre then
  fills none of it. Lakes under 4 tile units across are left out of a zoom's tiles.

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
  return { ...s, total };
}

// ---------------------------------------------------------------- main

async function main() {
  const log = (m) => console.log(m);
  const tools = ensureTools();
  const gmt = ensureGmt(log);
  log(`[geo] gmt ${gmt.gmt}, gmt-gshhg-full ${gmt.gshhg}`);
  mkdirSync(OUT, { recursive: true });
  const region = await buildRegion(tools, log);
  for (const line of region.report) log(`[geo] note: ${line}`);
  const project = await unprojected(tools);
  const world = await buildWorld(tools, project);
  const borders = await buildBorders(tools, project);
  const basemap = await buildBasemap(tools, region, log);
  const s = writeProvenance({ region, world, borders, basemap });
  for (const [name, f] of Object.entries(s)) if (f.raw) log(`[geo] ${name.padEnd(8)} ${f.raw} B (gzip ${f.gz} B)`);
  log(`[geo] total    ${s.total} B`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
