#!/usr/bin/env node
// Checks static/geo/*.geojson written by scripts/prepare-geo.mjs.
//
//   node scripts/check-geo.mjs              # validity, seeds, island areas, sizes
//   node scripts/check-geo.mjs --svg x.svg [--view w,s,e,n]  # also draw a Mercator sketch
//
// Exit code 1 if any error is found.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  ROOT,
  REGION_BBOX,
  EXTRA_ISLANDS,
  ROCK_GROUPS,
  ensureTools,
  planarArea,
  pointInPolygon,
  pointInRing
} from './prepare-geo.mjs';

const GEO = join(ROOT, 'static', 'geo');
const BUDGET_BYTES = 8 * 1024 * 1024; // issue 15: committed map data may grow to about 8 MB
const SEED_SNAP_KM = 3;
// Official 2021 figures (km²) to compare with.
const OFFICIAL = { iturup: 3166.6, kunashir: 1489.3, shikotan: 247.7, habomai: 95 };

const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

const tools = ensureTools();
const turfArea = tools.require('@turf/area').default ?? tools.require('@turf/area');
const areaKm2 = (geometry) => turfArea({ type: 'Feature', properties: {}, geometry }) / 1e6;

const load = (name) => JSON.parse(readFileSync(join(GEO, name), 'utf8'));
const region = load('land-region.geojson');
const simple = load('land-region-simple.geojson');
const world = load('land-world.geojson');
const borders = load('borders.geojson');

// ---------------------------------------------------------------- structure & rings

function decimalsOk(v, d) {
  return Math.abs(Math.round(v * 10 ** d) - v * 10 ** d) < 1e-6;
}

function checkPosition(p, where, decimals) {
  if (!Array.isArray(p) || p.length !== 2 || !p.every(Number.isFinite)) return err(`${where}: bad position ${JSON.stringify(p)}`);
  if (p[0] < -180 || p[0] > 180 || p[1] < -90 || p[1] > 90) err(`${where}: out of range ${p}`);
  if (!decimalsOk(p[0], decimals) || !decimalsOk(p[1], decimals)) err(`${where}: more than ${decimals} decimals ${p}`);
}

function checkRing(ring, where, decimals, exterior) {
  if (ring.length < 4) err(`${where}: ring has ${ring.length} < 4 positions`);
  const a = ring[0], b = ring[ring.length - 1];
  if (a[0] !== b[0] || a[1] !== b[1]) err(`${where}: ring not closed`);
  ring.forEach((p, i) => {
    checkPosition(p, where, decimals);
    if (i && p[0] === ring[i - 1][0] && p[1] === ring[i - 1][1]) err(`${where}: repeated position ${p}`);
    if (i && Math.abs(p[0] - ring[i - 1][0]) > 180) err(`${where}: segment jumps across the antimeridian`);
  });
  const s = planarArea(ring);
  if (s === 0) err(`${where}: zero-area ring`);
  else if (exterior && s < 0) err(`${where}: exterior ring is clockwise`);
  else if (!exterior && s > 0) err(`${where}: hole is counter-clockwise`);
}

function checkPolygon(poly, where, decimals) {
  if (!poly.length) return err(`${where}: empty polygon`);
  poly.forEach((ring, i) => checkRing(ring, `${where} ring ${i}`, decimals, i === 0));
  for (let i = 1; i < poly.length; i++) {
    const inside = poly[i].some((p) => pointInRing(p, poly[0]));
    if (!inside) err(`${where}: hole ${i} lies outside the exterior ring`);
  }
}

function polygonsOfFeature(f) {
  const g = f.geometry;
  if (!g) return [];
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

function checkCollection(name, fc, decimals, kinds) {
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features) || !fc.features.length) return err(`${name}: not a non-empty FeatureCollection`);
  fc.features.forEach((f, i) => {
    const where = `${name} #${i} ${f.properties?.id ?? f.properties?.kind ?? ''}`;
    if (f.type !== 'Feature' || !f.properties || !f.geometry) return err(`${where}: not a Feature with properties and geometry`);
    if (!kinds.includes(f.properties.kind)) err(`${where}: unexpected kind ${f.properties.kind}`);
    const g = f.geometry;
    if (!g.coordinates?.length) return err(`${where}: empty geometry`);
    if (g.type === 'Polygon') checkPolygon(g.coordinates, where, decimals);
    else if (g.type === 'MultiPolygon') g.coordinates.forEach((p, j) => checkPolygon(p, `${where} part ${j}`, decimals));
    else if (g.type === 'MultiLineString') {
      g.coordinates.forEach((line, j) => {
        if (line.length < 2) err(`${where} line ${j}: < 2 positions`);
        line.forEach((p, k) => {
          checkPosition(p, `${where} line ${j}`, decimals);
          if (k && Math.abs(p[0] - line[k - 1][0]) > 180) err(`${where} line ${j}: jumps across the antimeridian`);
          if (k && p[0] === line[k - 1][0] && p[1] === line[k - 1][1]) err(`${where} line ${j}: repeated position`);
        });
      });
    } else err(`${where}: unexpected geometry type ${g.type}`);
  });
}

// ---------------------------------------------------------------- segment crossings (exact, on the rounded integer grid)

function crossings(name, fc, decimals, cell) {
  const f = 10 ** decimals;
  const segs = []; // [x1,y1,x2,y2, ringId, index, ringLength]
  let ringId = 0;
  for (const feat of fc.features) {
    for (const poly of polygonsOfFeature(feat)) {
      for (const ring of poly) {
        const n = ring.length - 1;
        for (let i = 0; i < n; i++) {
          segs.push([Math.round(ring[i][0] * f), Math.round(ring[i][1] * f), Math.round(ring[i + 1][0] * f), Math.round(ring[i + 1][1] * f), ringId, i, n]);
        }
        ringId++;
      }
    }
  }
  const c = cell * f;
  const grid = new Map();
  segs.forEach((s, idx) => {
    const x0 = Math.floor(Math.min(s[0], s[2]) / c), x1 = Math.floor(Math.max(s[0], s[2]) / c);
    const y0 = Math.floor(Math.min(s[1], s[3]) / c), y1 = Math.floor(Math.max(s[1], s[3]) / c);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) {
      const k = x * 100003 + y;
      if (!grid.has(k)) grid.set(k, []);
      grid.get(k).push(idx);
    }
  });
  const orient = (ax, ay, bx, by, cx, cy) => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
  const onSeg = (ax, ay, bx, by, px, py) => Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by);
  const seen = new Set();
  const found = { cross: [], overlap: [], touch: 0 };
  for (const list of grid.values()) {
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) {
      const i = list[a], j = list[b];
      const key = i < j ? i * segs.length + j : j * segs.length + i;
      if (seen.has(key)) continue;
      seen.add(key);
      const s = segs[i], t = segs[j];
      if (s[4] === t[4]) {
        const d = Math.abs(s[5] - t[5]);
        if (d === 1 || d === s[6] - 1) continue; // neighbours in the same ring share a vertex
      }
      const o1 = orient(s[0], s[1], s[2], s[3], t[0], t[1]);
      const o2 = orient(s[0], s[1], s[2], s[3], t[2], t[3]);
      const o3 = orient(t[0], t[1], t[2], t[3], s[0], s[1]);
      const o4 = orient(t[0], t[1], t[2], t[3], s[2], s[3]);
      if (o1 * o2 < 0 && o3 * o4 < 0) { found.cross.push([s, t]); continue; }
      if (o1 === 0 && o2 === 0) {
        // collinear: overlapping with positive length?
        const ax = s[0] !== s[2] ? 0 : 1;
        const lo = Math.max(Math.min(s[ax], s[ax + 2]), Math.min(t[ax], t[ax + 2]));
        const hi = Math.min(Math.max(s[ax], s[ax + 2]), Math.max(t[ax], t[ax + 2]));
        if (hi > lo) found.overlap.push([s, t]);
        else if (hi === lo) found.touch++;
        continue;
      }
      if ((o1 === 0 && onSeg(s[0], s[1], s[2], s[3], t[0], t[1])) || (o2 === 0 && onSeg(s[0], s[1], s[2], s[3], t[2], t[3])) ||
          (o3 === 0 && onSeg(t[0], t[1], t[2], t[3], s[0], s[1])) || (o4 === 0 && onSeg(t[0], t[1], t[2], t[3], s[2], s[3]))) found.touch++;
    }
  }
  const at = (s) => `${(s[0] / f).toFixed(decimals)},${(s[1] / f).toFixed(decimals)}`;
  for (const [s] of found.cross.slice(0, 10)) err(`${name}: segments cross near ${at(s)}`);
  if (found.cross.length > 10) err(`${name}: … ${found.cross.length} crossings in total`);
  for (const [s] of found.overlap.slice(0, 10)) err(`${name}: collinear overlapping segments near ${at(s)}`);
  if (found.touch) warn(`${name}: ${found.touch} segment pairs touch at a point (allowed; not crossings)`);
  return { segments: segs.length, ...found };
}

// polygons must not sit inside one another (except inside a hole, e.g. an island in a lake)
function nesting(name, fc) {
  const polys = [];
  for (const feat of fc.features) for (const p of polygonsOfFeature(feat)) {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const [x, y] of p[0]) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
    polys.push({ p, b: [x0, y0, x1, y1], id: feat.properties.id ?? feat.properties.kind });
  }
  for (const a of polys) for (const b of polys) {
    if (a === b || a.b[0] < b.b[0] || a.b[2] > b.b[2] || a.b[1] < b.b[1] || a.b[3] > b.b[3]) continue;
    // a's bbox within b's bbox: test a vertex of a that is not on b's boundary
    const pt = a.p[0].find((q) => !b.p[0].some((r) => r[0] === q[0] && r[1] === q[1]));
    if (pt && pointInPolygon(pt, b.p)) err(`${name}: a polygon of ${a.id} lies inside a polygon of ${b.id} near ${pt}`);
  }
}

// ---------------------------------------------------------------- run structural checks

checkCollection('land-region', region, 4, ['island', 'land', 'rocks']);
checkCollection('land-region-simple', simple, 4, ['island', 'land', 'rocks']);
for (const f of region.features) if (f.properties.id && !simple.features.some((g) => g.properties.id === f.properties.id)) err(`land-region-simple: no ${f.properties.id}`);
checkCollection('land-world', world, 3, ['land']);
checkCollection('borders', borders, 3, ['border']);
const xr = crossings('land-region', region, 4, 0.05);
const xw = crossings('land-world', world, 3, 1);
nesting('land-region', region);
nesting('land-world', world);

// region must stay inside its bbox; world land must not enter it
const [W, S, E, N] = REGION_BBOX;
for (const f of region.features) for (const p of polygonsOfFeature(f)) for (const [x, y] of p[0]) {
  if (x < W || x > E || y < S || y > N) { err(`land-region: position ${x},${y} outside bbox`); break; }
}
for (const p of polygonsOfFeature(world.features[0])) for (let i = 0; i < p[0].length - 1; i++) {
  const [x, y] = p[0][i], [x2, y2] = p[0][i + 1];
  const mx = (x + x2) / 2, my = (y + y2) / 2;
  if (mx > W && mx < E && my > S && my < N) { err(`land-world: edge inside the region bbox near ${x},${y}`); break; }
}

// world land is not inverted: open sea is water, continents are land, Antarctica is bounded
const worldPolys = polygonsOfFeature(world.features[0]);
const isLand = (pt) => worldPolys.some((p) => pointInPolygon(pt, p));
for (const [pt, expect, label] of [
  [[0, 0], false, 'Gulf of Guinea'],
  [[-150, 0], false, 'central Pacific'],
  [[-30, -50], false, 'South Atlantic'],
  [[0, -60], false, 'Southern Ocean'],
  [[179.9, -60], false, 'Southern Ocean at the antimeridian'],
  [[20, -85], true, 'Antarctica'],
  [[179.5, -85], true, 'Antarctica at the antimeridian'],
  [[100, 60], true, 'Siberia'],
  [[-175, 66.5], true, 'Chukotka east of 180°'],
  [[177, 66], true, 'Chukotka west of 180°'],
  [[-100, 40], true, 'North America'],
  [[20, 0], true, 'Africa']
]) if (isLand(pt) !== expect) err(`land-world: ${label} ${pt} should be ${expect ? 'land' : 'water'}`);
const worldAreaDeg = worldPolys.reduce((s, p) => s + planarArea(p[0]) + p.slice(1).reduce((t, h) => t + planarArea(h), 0), 0);
if (worldAreaDeg / (360 * 180) > 0.45) err(`land-world: land covers ${(100 * worldAreaDeg / 64800).toFixed(0)} % of the lon/lat plane – inverted?`);

// ---------------------------------------------------------------- islands

const kuril = JSON.parse(readFileSync(join(ROOT, 'src', 'lib', 'content', 'islands.json'), 'utf8'));
const named = [...kuril, ...EXTRA_ISLANDS];
const byId = new Map();
for (const f of region.features) {
  const id = f.properties.id;
  byId.set(id, [...(byId.get(id) || []), f]);
}
const PROPS = ['id', 'en', 'ru', 'ja', 'ja_romaji', 'group', 'disputed', 'ja_uncertain', 'id_uncertain', 'kind'];
const landParts = polygonsOfFeature(region.features.find((f) => f.properties.id === 'land'));
const distKm = (p, q) => Math.hypot((q[0] - p[0]) * Math.cos((p[1] * Math.PI) / 180), q[1] - p[1]) * 111.195;
const segDistKm = (p, a, b) => {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const ax = (a[0] - p[0]) * k, ay = a[1] - p[1], dx = (b[0] - a[0]) * k, dy = b[1] - a[1];
  const t = dx || dy ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy) * 111.195;
};
const polyDistKm = (pt, poly) => Math.min(...poly.flatMap((r) => r.slice(1).map((q, i) => segDistKm(pt, r[i], q))));

const rows = [];
for (const e of named) {
  const fs = byId.get(e.id) || [];
  if (fs.length !== 1) { err(`island ${e.id}: ${fs.length} features`); continue; }
  const f = fs[0];
  const keys = Object.keys(f.properties);
  if (keys.join() !== PROPS.join()) err(`island ${e.id}: properties ${keys.join()}`);
  for (const k of ['disputed', 'ja_uncertain', 'id_uncertain']) if (typeof f.properties[k] !== 'boolean') err(`island ${e.id}: ${k} not boolean`);
  for (const k of ['en', 'ru', 'ja', 'ja_romaji', 'group']) if (f.properties[k] !== e[k]) err(`island ${e.id}: ${k} differs from source`);
  if (f.geometry.type !== 'Polygon') err(`island ${e.id}: geometry ${f.geometry.type}`);
  const poly = f.geometry.coordinates;
  let seed = 'inside';
  if (!pointInPolygon(e.seed, poly)) {
    const d = polyDistKm(e.seed, poly);
    const closerLand = landParts.some((p) => pointInPolygon(e.seed, p) || polyDistKm(e.seed, p) < d);
    const closerIsland = region.features.some((g) => g !== f && g.properties.kind === 'island' && (pointInPolygon(e.seed, g.geometry.coordinates) || polyDistKm(e.seed, g.geometry.coordinates) < d));
    if (d > SEED_SNAP_KM || closerLand || closerIsland) err(`island ${e.id}: seed ${e.seed} not in/nearest to its polygon (${d.toFixed(2)} km)`);
    seed = `${d.toFixed(2)} km off`;
    warn(`island ${e.id}: seed ${e.seed} lies ${d.toFixed(2)} km outside the simplified coast (nearest polygon used)`);
  }
  rows.push({ id: e.id, group: e.group, km2: areaKm2(f.geometry), seed, vertices: poly[0].length - 1 });
}
for (const id of byId.keys()) if (id !== 'land' && !named.some((e) => e.id === id) && !ROCK_GROUPS.some((g) => g.id === id)) err(`unexpected feature id ${id}`);

// Habomai: named islets + unnamed islets east of Cape Nosappu
const habNamed = rows.filter((r) => r.group === 'Lesser Kuril (Habomai)');
const habUnnamed = polygonsOfFeature(region.features.find((f) => f.properties.id === 'habomai-rocks') ?? { geometry: { type: 'MultiPolygon', coordinates: [] } });
const habUnnamedKm2 = habUnnamed.reduce((s, p) => s + areaKm2({ type: 'Polygon', coordinates: p }), 0);
const habNamedKm2 = habNamed.reduce((s, r) => s + r.km2, 0);

// ---------------------------------------------------------------- sizes

const files = readdirSync(GEO).filter((n) => statSync(join(GEO, n)).isFile()).sort();
let total = 0;
const sizes = files.map((n) => {
  const buf = readFileSync(join(GEO, n));
  total += buf.length;
  return { file: n, raw: buf.length, gz: gzipSync(buf, { level: 9 }).length };
});
if (total > BUDGET_BYTES) err(`static/geo is ${total} B, over the ${BUDGET_BYTES} B budget`);

// ---------------------------------------------------------------- report

const pct = (a, b) => `${a >= b ? '+' : ''}${((100 * (a - b)) / b).toFixed(1)} %`;
console.log('\nIslands (area by @turf/area on the simplified polygon):');
console.log('id                    group                       km²   vertices  seed');
for (const r of rows) {
  const cmp = OFFICIAL[r.id] ? `   official ${OFFICIAL[r.id]} → ${pct(r.km2, OFFICIAL[r.id])}` : '';
  console.log(`${r.id.padEnd(21)} ${r.group.padEnd(24)} ${r.km2.toFixed(1).padStart(9)} ${String(r.vertices).padStart(6)}   ${r.seed}${cmp}`);
}
console.log(`Habomai: named ${habNamedKm2.toFixed(1)} km² + ${habUnnamed.length} unnamed rocks ${habUnnamedKm2.toFixed(1)} km² = ${(habNamedKm2 + habUnnamedKm2).toFixed(1)} km²   official ${OFFICIAL.habomai} → ${pct(habNamedKm2 + habUnnamedKm2, OFFICIAL.habomai)}`);
console.log(`\nland-region: ${region.features.length} features, ${landParts.length} polygons in "land", ${xr.segments} segments; land-world: ${worldPolys.length} polygons; borders: ${borders.features[0].geometry.coordinates.length} lines`);
console.log('\nSizes:');
for (const s of sizes) console.log(`${s.file.padEnd(22)} ${String(s.raw).padStart(8)} B   gzip ${String(s.gz).padStart(7)} B`);
console.log(`${'static/geo total'.padEnd(22)} ${String(total).padStart(8)} B   (budget ${BUDGET_BYTES} B)`);

// ---------------------------------------------------------------- optional SVG sketch

const svgIdx = process.argv.indexOf('--svg');
if (svgIdx > 0) {
  const out = process.argv[svgIdx + 1];
  const vIdx = process.argv.indexOf('--view'); // --view w,s,e,n
  const view = vIdx > 0 ? process.argv[vIdx + 1].split(',').map(Number) : [W - 4, S - 3, E + 4, N + 3];
  const merc = (y) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85.05, Math.min(85.05, y)) * Math.PI) / 360));
  const k = 1400 / (view[2] - view[0]);
  const ky = (1400 / (view[2] - view[0])) * (180 / Math.PI);
  const px = ([x, y]) => [((x - view[0]) * k).toFixed(1), ((merc(view[3]) - merc(y)) * ky).toFixed(1)];
  const H = (merc(view[3]) - merc(view[1])) * ky;
  const ring = (r) => 'M' + r.map((p) => px(p).join(',')).join('L') + 'Z';
  const path = (polys, style) => `<path fill-rule="evenodd" ${style} d="${polys.map((p) => p.map(ring).join('')).join('')}"/>`;
  const inView = (p) => p[0].some(([x, y]) => x >= view[0] && x <= view[2] && y >= view[1] && y <= view[3]);
  const islands = region.features.filter((f) => f.properties.kind === 'island');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="${H.toFixed(0)}" viewBox="0 0 1400 ${H.toFixed(0)}">`,
    `<rect width="100%" height="100%" fill="#cfe3f0"/>`,
    path(worldPolys.filter(inView), 'fill="#c9b98f"'),
    path(landParts, 'fill="#e8e2d0" stroke="#777" stroke-width="0.3"'),
    path(islands.filter((f) => !f.properties.disputed).map((f) => f.geometry.coordinates), 'fill="#9fd39a" stroke="#333" stroke-width="0.3"'),
    path(islands.filter((f) => f.properties.disputed).map((f) => f.geometry.coordinates), 'fill="#e6918a" stroke="#333" stroke-width="0.3"'),
    `<path fill="none" stroke="#a33" stroke-width="0.8" d="${borders.features[0].geometry.coordinates.filter((l) => l.some(([x, y]) => x >= view[0] && x <= view[2] && y >= view[1] && y <= view[3])).map((l) => 'M' + l.map((p) => px(p).join(',')).join('L')).join('')}"/>`,
    `<path fill="none" stroke="#00f" stroke-width="0.6" stroke-dasharray="4 3" d="${ring([[W, S], [E, S], [E, N], [W, N], [W, S]])}"/>`,
    ...named.map((e) => { const [x, y] = px(e.seed); return `<circle cx="${x}" cy="${y}" r="1.2" fill="#000"/>`; }),
    '</svg>'
  ];
  writeFileSync(out, parts.join('\n'));
  console.log(`\nwrote ${out}`);
}

for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
console.log(errors.length ? `\n${errors.length} error(s)` : '\nall checks passed');
process.exit(errors.length ? 1 : 0);
