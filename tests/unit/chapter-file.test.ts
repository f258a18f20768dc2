/**
 * The chapter files' format (content/chapter-file.ts): a chapter added as one Markdown file is read
 * into the story, and a bad one fails with messages naming the file, the line and the field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChapterFileError, readChapterFile, readChapterFiles, type ChapterRefs } from '../../src/lib/content/chapter-file';
import { documents } from '../../src/lib/content/documents';
import { places } from '../../src/lib/content/places';
import { questions } from '../../src/lib/content/perspectives';
import { contentProblems } from '../../src/lib/server/validate';
import { chapterFiles } from '../../src/lib/server/chapters';
import { corpus, regionLandIds } from '../../src/lib/server/content';
import { passageLink } from '../../src/lib/server/story-data';

const refs: ChapterRefs = {
	places: new Set(places.map((p) => p.id)),
	documents: new Set(documents.map((d) => d.id)),
	questions: new Set(questions.map((q) => q.id)),
	placesFile: 'src/lib/content/places.ts'
};
const FIXTURE = 'tests/fixtures/chapters/15-fixture-harbour.md';
const fixture = readFileSync(FIXTURE, 'utf8');

/** The problems reading a file gives (none: []) */
function problemsOf(text: string, file = 'src/content/chapters/02-test.md'): string[] {
	try {
		readChapterFile(file, text, refs);
		return [];
	} catch (e) {
		if (!(e instanceof ChapterFileError)) throw e;
		return e.problems;
	}
}
/** The 1-based line of the first line of `text` that starts with `start` */
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('a chapter added as one file', () => {
	const all = Object.fromEntries(chapterFiles.map((f) => [f.file, readFileSync(f.file, 'utf8')]));
	const read = readChapterFiles({ ...all, [FIXTURE]: fixture }, refs);
	const added = read.at(-1)!;

	it('takes its id from the file name and its place in the story from the number', () => {
		expect(read.map((f) => f.chapter.id)).toEqual([...chapterFiles.map((f) => f.chapter.id), 'fixture-harbour']);
		expect(added.chapter.title).toBe('A fixture chapter about a harbour');
		expect(added.chapter.camera).toEqual({ center: [131.9, 43.1], zoom: 9, bearing: 0, pitch: 0 });
	});

	it('reads paragraphs (lines joined) and quotations with their document, the key one marked', () => {
		expect(added.chapter.blocks).toEqual([
			"A paragraph in the story's own words, written over two lines.",
			{ doc: 'bely-2011', text: 'Being a neighbor country of Japan, Russia is an important partner for Japan in various aspects such as economy, politics, security and so on.' },
			{ doc: 'imamura-2010', text: 'There is no question that Russia and Japan must work together as partners.', key: true }
		]);
		expect(added.line('blocks.2')).toBe(lineOf(fixture, '> There is no question'));
	});

	it('passes every check of the build, and its quotations link into the documents', () => {
		const chapters = read.map((f) => f.chapter);
		expect(contentProblems({ chapters, places, landIds: regionLandIds(), corpus: corpus() })).toEqual([]);
		const link = passageLink('imamura-2010', (added.chapter.blocks[2] as { text: string }).text);
		expect(link.anchor).toMatch(/\S/);
		// The link's passage holds the quoted words
		const passage = corpus().get('imamura-2010')!.blocks.find((b) => b.anchor === link.anchor)!;
		expect(passage.text).toContain('must work together as partners');
	});
});

describe('a bad chapter file fails naming the file, the line and the field', () => {
	it('a place that does not exist', () => {
		const bad = fixture.replace('places: [vladivostok]', 'places: [vladivostok, atlantis]');
		expect(problemsOf(bad)).toEqual([
			`src/content/chapters/02-test.md:${lineOf(bad, 'places:')} places.1: "atlantis" is not a place (places are listed in src/lib/content/places.ts)`
		]);
	});

	it('a missing title, a camera out of range and a field that does not exist', () => {
		const bad = fixture
			.replace('title: A fixture chapter about a harbour\n', '')
			.replace('zoom: 9', 'zoom: 30')
			.replace('notes:', 'note:');
		const problems = problemsOf(bad).join('\n');
		expect(problems).toContain(`02-test.md:1 title: a chapter needs title`);
		expect(problems).toContain(`02-test.md:${lineOf(bad, 'camera:')} camera.zoom: zoom must be 22 or less`);
		expect(problems).toContain(`02-test.md:${lineOf(bad, 'note:')} note: note is not a field of a chapter (its fields: title, camera,`);
	});

	it('YAML that cannot be read: said once, not as every field missing', () => {
		const bad = fixture.replace('places: [vladivostok]', 'places: [vladivostok');
		const problems = problemsOf(bad);
		expect(problems.length).toBeGreaterThan(0);
		for (const p of problems) expect(p).toMatch(/^src\/content\/chapters\/02-test\.md:\d+ /);
		expect(problems.join('\n')).not.toMatch(/needs title/);
	});

	it('a camera centre with a third number', () => {
		const bad = fixture.replace('center: [131.9, 43.1]', 'center: [131.9, 43.1, 5]');
		expect(problemsOf(bad)).toEqual([`src/content/chapters/02-test.md:${lineOf(bad, 'camera:')} camera.center.2: center is [longitude, latitude]`]);
	});

	it('a quotation of two paragraphs, or with a list inside it', () => {
		const two = fixture.replace('> There is no question', '> First paragraph.\n>\n> There is no question');
		expect(problemsOf(two)).toEqual([
			`src/content/chapters/02-test.md:${lineOf(two, '> First paragraph.')} a quotation is the words of one paragraph of its document: quote each paragraph on its own`
		]);
		const list = fixture.replace('> There is no question', '> - an item\n> - another\n>\n> There is no question');
		expect(problemsOf(list)).toEqual([
			`src/content/chapters/02-test.md:${lineOf(list, '> - an item')} a quotation holds only the document's words and a last line naming it (found bullet list)`
		]);
	});

	it('a quotation that does not name its document, or names one that does not exist', () => {
		const unnamed = fixture.replace('> — bely-2011\n', '');
		expect(problemsOf(unnamed)[0]).toContain(`02-test.md:${lineOf(unnamed, '> Being a neighbor')} a quotation must end with a line naming its document`);
		const unknown = fixture.replace('— bely-2011', '— bely-2099');
		expect(problemsOf(unknown)).toEqual([
			`src/content/chapters/02-test.md:${lineOf(unknown, '> Being a neighbor')} "bely-2099" is not a document (the documents are ${documents.map((d) => d.id).join(', ')})`
		]);
	});

	it('anything but paragraphs and quotations in the body', () => {
		const bad = fixture.replace('A paragraph in', '## A heading\n\nA paragraph in');
		expect(problemsOf(bad)).toEqual([
			`src/content/chapters/02-test.md:${lineOf(bad, '## A heading')} the body holds paragraphs and quotations only (found heading); write the text as plain paragraphs`
		]);
	});

	it('a file name that is not NN-id.md, and no front matter', () => {
		expect(problemsOf(fixture, 'src/content/chapters/Harbour.md')[0]).toMatch(/Harbour\.md:1 the file name must be two digits/);
		expect(problemsOf('Just text.\n')[0]).toMatch(/02-test\.md:1 a chapter file starts with front matter/);
	});

	it('a quotation not word for word in its document, at the quotation’s line (the build’s check)', () => {
		const bad = fixture.replace('must work together as partners', 'must work together as rivals');
		const file = readChapterFile('src/content/chapters/15-fixture-harbour.md', bad, refs);
		const problems = contentProblems({
			chapters: [file.chapter],
			places,
			landIds: regionLandIds(),
			corpus: corpus(),
			locate: (_id, path) => `${file.file}:${path ? file.line(path) : 1}`
		});
		expect(problems[0]).toMatch(
			new RegExp(`^src/content/chapters/15-fixture-harbour\\.md:${lineOf(bad, '> There is no question')}: chapter "fixture-harbour" quotes imamura-2010: Not found`)
		);
	});
});
