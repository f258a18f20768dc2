/**
 * A teacher's lesson: its file (checked on the way in), its link (deflated, URL-safe, and read
 * back to the same lesson), what a link naming unknown slides plays, and its slides' numbering.
 */
import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/lib/server/chapters';
import {
	checkLesson,
	decodeLesson,
	encodeLesson,
	lessonFileText,
	lessonFromChapters,
	readLessonFile,
	resolveLesson,
	unknownSentence,
	type Lesson
} from '../../src/lib/lesson/lesson';
import { slidesFromAddress } from '../../src/lib/lesson/play';
import { initialState, reduce, slidePosition, slidesForLesson, type SlidePassage } from '../../src/lib/state/presenter';

const lesson: Lesson = {
	title: 'The islands: two sides — 島と条約',
	items: [
		{ kind: 'chapter', ref: 'four-islands', notes: 'Start with the map.\nThen the names.', question: 'Why two names?' },
		{ kind: 'passage', ref: 'riac-2012#p126', notes: '', question: '' },
		{ kind: 'chapter', ref: 'summits', notes: '', question: 'What changed at Sochi?' },
		{ kind: 'passage', ref: 'togo-mgimo#fn-1', notes: 'A footnote, to show that it works.', question: '' }
	]
};
const passage = (id: string): SlidePassage => ({ id, doc: id.split('#')[0]!, anchor: id.split('#')[1]!, label: '¶ 1', text: 'Words.', places: [] });

describe('a lesson file', () => {
	it('is read back as it was written', () => {
		expect(readLessonFile(lessonFileText(lesson))).toEqual({ lesson });
	});

	it('is refused, with a sentence saying why and that nothing changed, when it is not a lesson or is malformed', () => {
		expect(readLessonFile('not json').error).toBe('This file is not a Passages lesson: it is not JSON. Nothing was changed.');
		expect(readLessonFile('{"type":"FeatureCollection","features":[]}').error).toMatch(/^This is not a Passages lesson: a lesson file says "format": "passages-lesson"\. Nothing was changed\.$/);
		expect(readLessonFile('[1,2]').error).toMatch(/^This is not a Passages lesson/);
		const file = (items: unknown, extra = {}) => JSON.stringify({ format: 'passages-lesson', version: 1, title: 't', items, ...extra });
		expect(readLessonFile(file([{ kind: 'map', ref: 'x' }])).error).toBe('Slide 1’s kind must be "chapter" or "passage". Nothing was changed.');
		expect(readLessonFile(file([{ kind: 'chapter', ref: 'sakhalin' }, { kind: 'passage', ref: '<script>' }])).error).toMatch(/^Slide 2 names its chapter or passage in a form/);
		expect(readLessonFile(file([{ kind: 'passage', ref: 'riac-2012#p1', notes: 'x'.repeat(5000) }])).error).toBe('Slide 1’s notes is longer than 4000 characters. Nothing was changed.');
		expect(readLessonFile(file([], { version: 2 })).error).toMatch(/^The lesson’s version is not 1/);
		expect(readLessonFile(file(new Array(61).fill({ kind: 'chapter', ref: 'sakhalin' }))).error).toMatch(/has more than 60 slides/);
	});

	it('fills what an older or hand-written file leaves out: no notes, no question', () => {
		expect(checkLesson({ format: 'passages-lesson', version: 1, items: [{ kind: 'chapter', ref: 'trade' }] })).toEqual({
			lesson: { title: '', items: [{ kind: 'chapter', ref: 'trade', notes: '', question: '' }] }
		});
	});
});

describe('a lesson’s link', () => {
	it('is URL-safe, shorter than its file, and reads back to the same lesson', async () => {
		const encoded = await encodeLesson(lesson);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(encoded.length).toBeLessThan(lessonFileText(lesson).length);
		expect(await decodeLesson(encoded)).toEqual({ lesson });
		// Ten chapters and ten passages, no notes: a link a mail client will not break.
		const big: Lesson = {
			title: 'Twenty',
			items: [
				...chapters.slice(0, 10).map((c) => ({ kind: 'chapter' as const, ref: c.id, notes: '', question: '' })),
				...Array.from({ length: 10 }, (_, i) => ({ kind: 'passage' as const, ref: `riac-2012#p${100 + i}`, notes: '', question: '' }))
			]
		};
		expect((await encodeLesson(big)).length).toBeLessThan(400);
	});

	it('says so when it was cut short or tampered with', async () => {
		const encoded = await encodeLesson(lesson);
		for (const bad of [encoded.slice(0, 20), 'abc', '<script>', '', encoded.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))])
			expect((await decodeLesson(bad)).error).toMatch(/could not be read|Nothing was changed/);
	});

	it('can be a plain list of chapters (?chapters=a,b,c)', () => {
		expect(lessonFromChapters(' sakhalin, trade ,,four-islands').items.map((i) => i.ref)).toEqual(['sakhalin', 'trade', 'four-islands']);
	});
});

describe('playing a lesson', () => {
	it('plays what Passages has, once each, and names the rest', () => {
		const { items, unknown } = resolveLesson(
			{ title: '', items: [...lesson.items, { kind: 'chapter', ref: 'atlantis', notes: '', question: '' }, lesson.items[0]!] },
			{ chapter: (id) => chapters.some((c) => c.id === id), passage: (id) => id !== 'togo-mgimo#fn-1' }
		);
		expect(items.map((i) => i.ref)).toEqual(['four-islands', 'riac-2012#p126', 'summits']);
		expect(unknown.map((i) => i.ref)).toEqual(['togo-mgimo#fn-1', 'atlantis']);
		expect(unknownSentence(unknown)).toBe('This lesson names the passage “togo-mgimo#fn-1” and the chapter “atlantis”, which Passages does not have; the rest plays.');
	});

	it('numbers its chapters and passages in its own order, each chapter with its two sides, and counts by slide', () => {
		const slides = slidesForLesson(lesson.items, { chapter: (id) => chapters.find((c) => c.id === id), passage }, lesson.title);
		expect(slides.map((s) => s.id)).toEqual(['', 'four-islands', 'four-islands/sides', 'riac-2012.p126', 'summits', 'summits/sides', 'togo-mgimo.fn-1', 'sources']);
		expect(slides.map((s) => ('number' in s ? s.number : null))).toEqual([null, 1, 1, 2, 3, 3, 4, null]);
		expect(slides[0]).toMatchObject({ kind: 'title', lessonTitle: lesson.title });
		expect(slides[1]).toMatchObject({ kind: 'chapter', teacher: { question: 'Why two names?' } });
		expect(slidePosition(slides[3]!, 4, 'Slide')).toEqual({ long: 'Slide 2 of 4', short: '2 / 4' });
		// Typing 3 and Enter opens the third slide of the lesson; 5 is not one.
		const typed = (keys: string[]) => keys.reduce((s, k) => reduce(s, k === 'Enter' ? { type: 'enter' } : { type: 'digit', digit: k }, slides), initialState());
		expect(typed(['3', 'Enter']).index).toBe(4);
		expect(typed(['5', 'Enter']).notice).toBe('There is no slide 5: the slides are 1 to 4.');
	});

	it('reads the address: a lesson, a list of chapters, or nothing (the story)', async () => {
		const fetched: string[] = [];
		const passagesOf = async (base: string) => (fetched.push(base), new Map([['riac-2012#p126', passage('riac-2012#p126')]]));
		const played = await slidesFromAddress(`?lesson=${await encodeLesson(lesson)}`, '/base', chapters, passagesOf);
		expect(played.slides?.map((s) => s.id)).toEqual(['', 'four-islands', 'four-islands/sides', 'riac-2012.p126', 'summits', 'summits/sides', 'sources']);
		expect(played.notice).toBe('This lesson names the passage “togo-mgimo#fn-1”, which Passages does not have; the rest plays.');
		expect(fetched).toEqual(['/base']);
		const list = await slidesFromAddress('?chapters=trade,nowhere,sakhalin', '', chapters, passagesOf);
		expect(list.slides?.filter((s) => s.kind === 'chapter').map((s) => s.id)).toEqual(['trade', 'sakhalin']);
		expect(list.notice).toMatch(/the chapter “nowhere”/);
		expect(fetched.length).toBe(1); // chapters only: no passages fetched
		expect(await slidesFromAddress('', '', chapters, passagesOf)).toEqual({ slides: null, lesson: null, notice: '' });
		expect((await slidesFromAddress('?lesson=garbled', '', chapters, passagesOf)).notice).toMatch(/could not be read.+The story plays instead\.$/);
		const failing = await slidesFromAddress(`?lesson=${await encodeLesson(lesson)}`, '', chapters, async () => {
			throw new Error('offline');
		});
		expect(failing.slides?.filter((s) => s.kind === 'passage')).toEqual([]);
		expect(failing.notice).toMatch(/could not be loaded \(offline\)/);
	});
});
