#!/usr/bin/env node
/**
 * Self-hosted fonts for the map's labels and the page, so Japanese and Russian names render on a
 * machine with no fonts for them and no request leaves the site.
 *
 * - Noto Sans latin and cyrillic (regular) are copied whole from @fontsource/noto-sans.
 * - Everything else the content uses (the macrons of romanised Japanese, and Japanese itself) is
 *   cut down to just the characters found in src/lib/content. Fontsource splits Noto Sans JP into
 *   ~120 chunks of ~30 KB and latin-ext is 55 KB; we subset each chunk we need to our characters
 *   (subset-font, HarfBuzz), which keeps all of them to a few kilobytes.
 *
 * Writes static/fonts/*.woff2, src/lib/map/font-faces.json and src/lib/fonts-extra.css. Run by hand after adding names
 * with new Japanese characters: `npm run prepare:fonts` (tests fail until you do).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SUBSET_FONT = 'subset-font@2.9.0';
const cache = join(root, '.cache', 'font-prep');
const outDir = join(root, 'static', 'fonts');
const manifest = join(root, 'src', 'lib', 'map', 'font-faces.json');
const pageCss = join(root, 'src', 'lib', 'fonts-extra.css');

function ensureTools() {
	if (!existsSync(join(cache, 'node_modules', 'subset-font'))) {
		mkdirSync(cache, { recursive: true });
		execFileSync('npm', ['install', '--prefix', cache, '--no-save', '--no-audit', '--no-fund', SUBSET_FONT], {
			stdio: 'inherit'
		});
	}
	return createRequire(join(cache, 'node_modules', 'x.js'))('subset-font');
}

/** Parse a fontsource CSS file into its @font-face blocks: file name and unicode-range list. */
function parseFaces(cssPath) {
	const css = readFileSync(cssPath, 'utf8');
	const faces = [];
	for (const block of css.split('@font-face').slice(1)) {
		const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
		if (file && range) faces.push({ file, ranges: range.split(',').map((r) => r.trim()) });
	}
	return faces;
}

function inRanges(cp, ranges) {
	return ranges.some((r) => {
		const [a, b] = r.replace(/^U\+/i, '').split('-');
		const lo = parseInt(a, 16);
		const hi = b ? parseInt(b, 16) : lo;
		return cp >= lo && cp <= hi;
	});
}

/** Every character beyond Latin-1 and Cyrillic in the content files (macrons, CJK, kana…). */
export function contentExtraCharacters() {
	const dir = join(root, 'src', 'lib', 'content');
	const chars = new Set();
	for (const name of readdirSync(dir)) {
		if (!/\.(ts|json)$/.test(name)) continue;
		for (const ch of readFileSync(join(dir, name), 'utf8')) {
			const cp = ch.codePointAt(0);
			if (cp > 0xff && !(cp >= 0x400 && cp <= 0x45f) && !(cp >= 0x2000 && cp <= 0x206f)) chars.add(ch);
		}
	}
	return [...chars].sort();
}

async function main() {
	const subsetFont = ensureTools();
	const fs = join(root, 'node_modules', '@fontsource');
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	const faces = [];

	for (const subset of ['latin', 'cyrillic']) {
		const face = parseFaces(join(fs, 'noto-sans', '400.css')).find(
			(f) => f.file === `noto-sans-${subset}-400-normal.woff2`
		);
		if (!face) throw new Error(`@fontsource/noto-sans has no ${subset} subset`);
		const name = `noto-sans-${subset}-400.woff2`;
		writeFileSync(join(outDir, name), readFileSync(join(fs, 'noto-sans', 'files', face.file)));
		faces.push({ url: `fonts/${name}`, 'unicode-range': face.ranges });
	}

	// Latin-ext first: Noto Sans JP also covers some of its range, with different letterforms.
	const chunks = [
		...parseFaces(join(fs, 'noto-sans', '400.css'))
			.filter((f) => f.file.includes('latin-ext'))
			.map((f) => ({ ...f, pkg: 'noto-sans', prefix: 'noto-sans-ext' })),
		...parseFaces(join(fs, 'noto-sans-jp', '400.css')).map((f) => ({ ...f, pkg: 'noto-sans-jp', prefix: 'noto-sans-jp' }))
	];
	const wanted = contentExtraCharacters();
	const byChunk = new Map();
	for (const ch of wanted) {
		const cp = ch.codePointAt(0);
		const chunk = chunks.find((f) => inRanges(cp, f.ranges));
		if (!chunk) throw new Error(`No Noto Sans chunk covers ${ch} (U+${cp.toString(16)})`);
		byChunk.set(chunk, [...(byChunk.get(chunk) ?? []), ch]);
	}
	for (const [chunk, chars] of [...byChunk].sort(([a], [b]) => a.file.localeCompare(b.file))) {
		const text = chars.join('');
		const source = readFileSync(join(fs, chunk.pkg, 'files', chunk.file));
		const subset = await subsetFont(source, text, { targetFormat: 'woff2' });
		const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
		const name = `${chunk.prefix}-${hash}.woff2`;
		writeFileSync(join(outDir, name), subset);
		faces.push({
			url: `fonts/${name}`,
			'unicode-range': chars.map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase()}`)
		});
	}

	writeFileSync(manifest, JSON.stringify(faces, null, '\t') + '\n');
	// The same subsets for the page's own text (place names in the panel and the readers).
	const subsetFaces = faces.filter((f) => !/-(latin|cyrillic)-400\.woff2$/.test(f.url));
	const css = subsetFaces
		.map((f) => `@font-face {\n\tfont-family: 'Passages Extra';\n\tfont-display: swap;\n\tsrc: url('/${f.url}') format('woff2');\n\tunicode-range: ${f['unicode-range'].join(', ')};\n}\n`)
		.join('');
	writeFileSync(pageCss, `/* Generated by scripts/prepare-fonts.mjs: the characters beyond Latin and Cyrillic that the content uses. */\n${css}`);
	const total = readdirSync(outDir).reduce((n, f) => n + readFileSync(join(outDir, f)).length, 0);
	console.log(`${faces.length} font files, ${total} bytes, ${wanted.length} characters subset`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
