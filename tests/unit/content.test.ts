import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Chapter } from '../../src/lib/content/chapters';
import { chapterLocation, chapters } from '../../src/lib/server/chapters';
import { readFileSync } from 'node:fs';
import { documents } from '../../src/lib/content/documents';
import { displayName, getPlace, places } from '../../src/lib/content/places';
import { contentProblems, ContentError, assertContentValid } from '../../src/lib/server/validate';
import { corpus, documentTexts, regionLandIds } from '../../src/lib/server/content';

const landIds = regionLandIds();
const valid = { chapters, places, landIds, corpus: corpus() };

describe('the story content', () => {
	it('has no problems: every place exists, every quotation is found once', () => {
		expect(contentProblems(valid)).toEqual([]);
	});

	it('has at least eight chapters covering the issue’s subjects', () => {
		expect(chapters.length).toBeGreaterThanOrEqual(8);
		const ids = chapters.map((c) => c.id);
		for (const id of ['four-islands', 'sakhalin', 'vladivostok', 'northern-sea-route', 'summits', 'trade', 'public-opinion'])
			expect(ids).toContain(id);
	});

	it('quotes all five documents', () => {
		const quoted = new Set(chapters.flatMap((c) => c.blocks.flatMap((b) => (typeof b === 'string' ? [] : [b.doc]))));
		expect([...quoted].sort()).toEqual(documents.map((d) => d.id).sort());
		expect(documentTexts.size).toBe(5);
	});

	// SHA-256 of the five files as received (src/lib/content/README.md names their origin).
	it.each([
		['bely-2011', 'e63a61e420ca401508d3cfedd402bc2a73422aeb2b5c47f299aad7f9c612e961'],
		['kishida-2016', '25180083ff694a0082dbae140b127731caf059d7056632d336571b4e84859013'],
		['imamura-2010', '396bb08f8de80acaf2a6e0a2016ff13a7a2fcaeb7ceeb746e3b5b1340a36faf1'],
		['riac-2012', '05b4fbb8bf34471869e99d6f44ddb49cb9184166ee3080b5087d8f8a9e91016e'],
		['togo-mgimo', 'dca7ab157d9d446e50fe3f5077c2e07684fc09f7eec946e8dedaf26dd1b47037']
	])('keeps %s byte for byte as published', (id, sha256) => {
		expect(createHash('sha256').update(documentTexts.get(id)!, 'utf8').digest('hex')).toBe(sha256);
	});
});

describe('content checks', () => {
	const chapter: Chapter = chapters[0]!;

	it('fail naming the chapter and the place when a chapter names a place that does not exist', () => {
		const bad = { ...chapter, places: [...chapter.places, 'atlantis'] };
		const problems = contentProblems({ ...valid, chapters: [bad], locate: chapterLocation });
		expect(problems).toHaveLength(1);
		// The new place has no line of its own: the message names the line of the chapter's places
		const file = 'src/content/chapters/01-neighbours.md';
		const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('places:')) + 1;
		expect(line).toBeGreaterThan(1);
		expect(problems[0]).toBe(`${file}:${line}: chapter "neighbours" names the place "atlantis", which does not exist in src/lib/content/places.ts`);
	});

	it('fail naming the chapter and the words when a quotation is not in its document', () => {
		const bad = { ...chapter, blocks: [...chapter.blocks, { doc: 'bely-2011' as const, text: 'Russia is an unimportant partner' }] };
		const [problem] = contentProblems({ ...valid, chapters: [bad] });
		expect(problem).toMatch(/chapter "neighbours" quotes bely-2011: Not found in the document: "Russia is an unimportant partner"/);
	});

	it('fail when a chapter quotes fewer than two passages', () => {
		const bad = { ...chapter, blocks: ['Only my own words.'] };
		expect(contentProblems({ ...valid, chapters: [bad] })[0]).toMatch(/quotes 0 passage\(s\)/);
	});

	it('fail when a place is drawn from a land polygon the land file lacks', () => {
		const problems = contentProblems({ ...valid, landIds: new Set([...landIds].filter((id) => id !== 'kunashir')) });
		// Kunashir itself and the four islands; the undisputed Kuril chain (Urup to Shumshu) does not draw it.
		expect(problems).toHaveLength(2);
		const all = problems.join('\n');
		expect(all).toMatch(/place "kunashir" is drawn from the land polygon "kunashir", which is not in static\/geo\/land-region\.geojson/);
		expect(all).toMatch(/place "southern-kurils" is drawn from the land polygon "kunashir"/);
	});

	it('fail on duplicate ids, unknown layer groups and impossible cameras', () => {
		const bad = {
			...chapter,
			camera: { ...chapter.camera, center: [200, 95] as [number, number], zoom: 30, pitch: 75 },
			layers: { 'no-such-layer': true, toString: true } as Chapter['layers']
		};
		const problems = contentProblems({ ...valid, chapters: [bad, bad] });
		expect(problems.join('\n')).toMatch(/not a valid longitude, latitude/);
		expect(problems.join('\n')).toMatch(/zoom 30 is outside/);
		expect(problems.join('\n')).toMatch(/pitch 75 is outside 0–70/);
		expect(problems.join('\n')).toMatch(/layer group "no-such-layer"/);
		expect(problems.join('\n')).toMatch(/layer group "toString"/);
		expect(problems.join('\n')).toMatch(/used by another chapter/);
	});

	it('fail when a chapter marks two key quotations or has an empty speaker note', () => {
		const quotations = chapter.blocks.filter((b) => typeof b !== 'string');
		const bad = { ...chapter, notes: ['A note.', ' '], blocks: quotations.map((q) => ({ ...q, key: true })) };
		const problems = contentProblems({ ...valid, chapters: [bad] }).join('\n');
		expect(problems).toMatch(/chapter "neighbours" has an empty speaker note/);
		expect(problems).toContain(`chapter "neighbours" marks ${quotations.length} quotations as its key quotation; mark one`);
		expect(quotations.length).toBeGreaterThan(1);
	});

	it('fail words in quotation marks in the story’s own paragraphs that no document has', () => {
		const bad = { ...chapter, blocks: ['The report calls the islands “purposefully held”.', ...chapter.blocks] };
		expect(contentProblems({ ...valid, chapters: [bad] }).join('\n')).toMatch(/chapter "neighbours" puts “purposefully held” in quotation marks, but those words are not in /);
		const fine = { ...chapter, blocks: ['The report writes of “the Moscow-Beijing axis”.', ...chapter.blocks] };
		expect(contentProblems({ ...valid, chapters: [fine] })).toEqual([]);
	});

	it('throw one error listing every problem', () => {
		const bad = { ...chapter, places: ['atlantis', 'lemuria'] };
		expect(() => assertContentValid({ ...valid, chapters: [bad] })).toThrow(ContentError);
		expect(() => assertContentValid({ ...valid, chapters: [bad] })).toThrow(/2 problem\(s\)[\s\S]*atlantis[\s\S]*lemuria/);
	});
});

describe('names of the disputed islands', () => {
	it('show both the Russian-derived and the Japanese name, taking no side', () => {
		expect(displayName(getPlace('iturup')!)).toBe('Iturup / Etorofu');
		expect(displayName(getPlace('kunashir')!)).toBe('Kunashir / Kunashiri');
		expect(displayName(getPlace('zelyony')!)).toBe('Zelyony / Shibotsu');
		expect(displayName(getPlace('shikotan')!)).toBe('Shikotan');
		expect(getPlace('iturup')!.description).toMatch(/administered by Russia.*claimed by Japan/i);
	});

	it('do not show a Japanese name that still needs a source', () => {
		expect(getPlace('brat_chirpoyev')!.names.ja).toBeUndefined();
		expect(getPlace('demina')!.names.ja).toBeUndefined();
	});
});
