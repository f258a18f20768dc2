import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fontFaces from '../../src/lib/map/font-faces.json';

const root = join(__dirname, '..', '..');

function covered(cp: number, ranges: string[]): boolean {
	return ranges.some((r) => {
		const [a, b] = r.replace(/^U\+/i, '').split('-');
		const lo = parseInt(a!, 16);
		return cp >= lo && cp <= (b ? parseInt(b, 16) : lo);
	});
}

describe('self-hosted label fonts', () => {
	it('cover every character the content uses (run `npm run prepare:fonts` after adding names)', () => {
		const dir = join(root, 'src/lib/content');
		const missing = new Set<string>();
		for (const name of readdirSync(dir).filter((n) => /\.(ts|json)$/.test(n))) {
			for (const ch of readFileSync(join(dir, name), 'utf8')) {
				const cp = ch.codePointAt(0)!;
				if (cp < 0x20 || ch === '\n') continue;
				if (!fontFaces.some((f) => covered(cp, f['unicode-range']))) missing.add(`${ch} (U+${cp.toString(16)}) in ${name}`);
			}
		}
		expect([...missing]).toEqual([]);
	});

	it('point at files that exist in static/, and nowhere else', () => {
		for (const face of fontFaces) {
			expect(face.url).toMatch(/^fonts\/[\w.-]+\.woff2$/);
			expect(existsSync(join(root, 'static', face.url))).toBe(true);
		}
	});
});
