/** The documents' run-together words: the list is complete for the five documents, and quotations are marked, never mended. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { piecesOf, RUN_TOGETHER, runTogether, unlistedRunTogether } from '../../src/lib/content/as-published';

const dir = 'src/lib/content/documents';
const texts = readdirSync(dir).map((f) => readFileSync(`${dir}/${f}`, 'utf8'));

describe('run-together words', () => {
	it('lists every word of the five documents with a small letter before a capital, unless it is written so', () => {
		// Links are not words.
		const unlisted = texts.flatMap((t) => unlistedRunTogether(t.replace(/\S*(https?:|www\.)\S*/g, '')));
		expect(unlisted).toEqual([]);
	});

	it('lists only words the documents print, each once at least, with a reading that is the same letters spaced', () => {
		for (const [words, reading] of Object.entries(RUN_TOGETHER)) {
			expect(texts.some((t) => t.includes(words)), words).toBe(true);
			expect(reading.replace(/ /g, '')).toBe(words);
			expect(reading).not.toBe(words);
		}
	});

	it('finds them whole, not inside other words', () => {
		const text = 'The humanitarian help toJapanfrom theRussiaafter the events; theNorthernmost is not theNorthern one.';
		expect(runTogether(text).map((r) => r.words)).toEqual(['toJapanfrom', 'theRussiaafter', 'theNorthern']);
		expect(unlistedRunTogether(text)).toEqual(['theNorthernmost']);
		expect(unlistedRunTogether('a PhD on WikiLeaks')).toEqual([]);
	});

	it('cuts a text into pieces that join back into the very same words', () => {
		const text = 'help toJapanfrom theRussiaafter the events of March, 11';
		const pieces = piecesOf(text);
		expect(pieces.map((p) => p.text).join('')).toBe(text);
		expect(pieces.filter((p) => p.reading).map((p) => p.reading)).toEqual(['to Japan from', 'the Russia after']);
		expect(piecesOf('no slips here')).toEqual([{ text: 'no slips here' }]);
	});
});
