import { describe, expect, it } from 'vitest';
import { keyQuotation, leadOf } from '../../src/lib/content/chapters';
import { chapters } from '../../src/lib/server/chapters';
import {
	actionForKey,
	actionForKeyIn,
	formatElapsed,
	gridMove,
	hashForSlide,
	initialState,
	reduce,
	slideIndexFromHash,
	slidePosition,
	slidesFor,
	type PresenterAction,
	type PresenterState
} from '../../src/lib/state/presenter';

const slides = slidesFor(chapters);
const count = slides.length;
/** The state after a sequence of key presses, as the presenter page applies them. */
function press(state: PresenterState, ...keys: (string | { key: string; shiftKey?: boolean })[]): PresenterState {
	for (const k of keys) {
		const action = actionForKey(typeof k === 'string' ? { key: k } : k);
		if (action) state = reduce(state, action, slides);
	}
	return state;
}

describe('the presenter’s slides', () => {
	it('are the title, each chapter numbered from 1 with its two sides after it where it has them, then the sources', () => {
		expect(slides[0]!.kind).toBe('title');
		expect(slides.at(-1)!.kind).toBe('sources');
		const paired = chapters.filter((c) => c.sides);
		expect(paired.length).toBeGreaterThanOrEqual(6);
		expect(slides.length).toBe(chapters.length + paired.length + 2);
		chapters.forEach((chapter, i) => {
			const at = slides.findIndex((s) => s.kind === 'chapter' && s.chapter === chapter);
			const slide = slides[at]!;
			expect(slide.kind === 'chapter' && slide.number === i + 1).toBe(true);
			const next = slides[at + 1]!;
			if (chapter.sides) expect(next).toMatchObject({ kind: 'sides', id: `${chapter.id}/sides`, number: i + 1, pair: chapter.sides });
			else expect(next.kind).not.toBe('sides');
		});
	});

	it('are named in the URL hash, and a hash that names none is the title', () => {
		for (const [i, slide] of slides.entries()) expect(slideIndexFromHash(hashForSlide(slide), slides)).toBe(i);
		expect(hashForSlide(slides[0]!)).toBe('');
		expect(slides[slideIndexFromHash('#sakhalin', slides)]).toMatchObject({ kind: 'chapter', id: 'sakhalin' });
		expect(slides[slideIndexFromHash('#sakhalin/sides', slides)]).toMatchObject({ kind: 'sides', id: 'sakhalin/sides' });
		expect(slideIndexFromHash('#no-such-chapter', slides)).toBe(0);
		expect(slideIndexFromHash('#%E0%A4%A', slides)).toBe(0); // malformed escape
		expect(slideIndexFromHash('#<img src=x onerror=alert(1)>', slides)).toBe(0);
	});
});

describe('presenter keys', () => {
	it('move on with →, ↓, Space and PageDown, and back with ←, ↑, Shift+Space and PageUp', () => {
		for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) expect(press(initialState(3), key).index).toBe(4);
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(press(initialState(3), key).index).toBe(2);
		expect(press(initialState(3), { key: ' ', shiftKey: true }).index).toBe(2);
	});

	it('stop at the first and last slides, and Home / End go there', () => {
		expect(press(initialState(0), 'ArrowLeft').index).toBe(0);
		expect(press(initialState(count - 1), 'PageDown').index).toBe(count - 1);
		expect(press(initialState(5), 'End').index).toBe(count - 1);
		expect(press(initialState(5), 'Home').index).toBe(0);
	});

	it('jump to chapter N with its number and Enter, and say so when there is no such chapter', () => {
		const at = (n: number) => slides.findIndex((s) => s.kind === 'chapter' && s.number === n);
		expect(at(7)).toBeGreaterThan(7); // two-sided slides come before chapter 7
		expect(press(initialState(0), '7', 'Enter').index).toBe(at(7));
		expect(press(initialState(0), '1', '0', 'Enter').index).toBe(at(10));
		expect(press(initialState(4), '0', 'Enter').index).toBe(0);
		const typed = press(initialState(2), '4');
		expect(typed).toMatchObject({ index: 2, typed: '4' });
		const wrong = press(initialState(2), '4', '2', 'Enter');
		expect(wrong.index).toBe(2);
		expect(wrong.notice).toBe(`There is no chapter 42: the chapters are 1 to ${chapters.length}.`);
		expect(press(initialState(2), '4', 'Escape')).toMatchObject({ index: 2, typed: '' });
		expect(press(initialState(2), 'Enter').index).toBe(2);
	});

	it('toggle the overview, the black screen and the key list; Escape closes them', () => {
		expect(press(initialState(), 'o').overlay).toBe('overview');
		expect(press(initialState(), 'o', 'O').overlay).toBe('none');
		expect(press(initialState(), 'b').overlay).toBe('black');
		expect(press(initialState(), '.').overlay).toBe('black');
		expect(press(initialState(), '?').overlay).toBe('help');
		expect(press(initialState(), 'b', 'Escape').overlay).toBe('none');
		// Moving on from a blacked-out screen shows the next slide.
		expect(press(initialState(1), 'b', 'ArrowRight')).toMatchObject({ index: 2, overlay: 'none' });
	});

	it('leave fullscreen and the speaker window to the page, and ignore shortcuts with modifiers', () => {
		expect(actionForKey({ key: 'f' })).toEqual({ type: 'fullscreen' } satisfies PresenterAction);
		expect(actionForKey({ key: 'S' })).toEqual({ type: 'speaker' } satisfies PresenterAction);
		expect(reduce(initialState(3), { type: 'fullscreen' }, slides)).toEqual(initialState(3));
		expect(actionForKey({ key: 'ArrowRight', altKey: true })).toBeNull(); // Alt+→ is the browser's Forward
		expect(actionForKey({ key: 'f', ctrlKey: true })).toBeNull(); // Ctrl+F finds in the page
		expect(actionForKey({ key: 'Tab' })).toBeNull();
	});

	it('leave Space and Enter to a focused link or button, unless a chapter’s number is being typed', () => {
		const on = (key: string, typing = false) => actionForKeyIn({ key, defaultPrevented: false }, { onControl: true, typing });
		expect(on(' ')).toBeNull();
		expect(on('Enter')).toBeNull();
		expect(on('Enter', true)).toEqual({ type: 'enter' });
		expect(on('ArrowRight')).toEqual({ type: 'next' });
		expect(actionForKeyIn({ key: ' ', defaultPrevented: false }, { onControl: false, typing: false })).toEqual({ type: 'next' });
		expect(actionForKeyIn({ key: ' ', defaultPrevented: true }, { onControl: false, typing: false })).toBeNull();
	});
});

describe('the overview grid', () => {
	it('moves the focus across rows and between them, staying inside the grid', () => {
		// 12 cards in 4 columns: 0 1 2 3 / 4 5 6 7 / 8 9 10 11
		expect(gridMove(5, 'ArrowRight', 4, 12)).toBe(6);
		expect(gridMove(5, 'ArrowLeft', 4, 12)).toBe(4);
		expect(gridMove(5, 'ArrowDown', 4, 12)).toBe(9);
		expect(gridMove(5, 'ArrowUp', 4, 12)).toBe(1);
		expect(gridMove(1, 'ArrowUp', 4, 12)).toBe(1);
		expect(gridMove(9, 'ArrowDown', 4, 12)).toBe(9);
		expect(gridMove(11, 'ArrowRight', 4, 12)).toBe(11);
		expect(gridMove(6, 'End', 4, 12)).toBe(11);
	});
});

describe('the speaker window’s clock', () => {
	it('shows minutes and seconds, and hours past the hour', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(65_400)).toBe('1:05');
		expect(formatElapsed(12 * 60_000)).toBe('12:00');
		expect(formatElapsed(3_723_000)).toBe('1:02:03');
		expect(formatElapsed(-5)).toBe('0:00');
	});
});

describe('what the presenter shows of a chapter', () => {
	it('is its first paragraph in the story’s words and its key quotation', () => {
		for (const chapter of chapters) {
			expect(leadOf(chapter)).toBe(chapter.blocks.find((b) => typeof b === 'string'));
			const key = keyQuotation(chapter)!;
			const marked = chapter.blocks.filter((b) => typeof b !== 'string' && b.key);
			expect(key.quotation).toBe(marked[0] ?? chapter.blocks.find((b) => typeof b !== 'string'));
		}
		const nsr = chapters.find((c) => c.id === 'northern-sea-route')!;
		expect(keyQuotation(nsr)!.quotation.text).toMatch(/^Putting it into regular operation/);
		expect(keyQuotation(nsr)!.index).toBe(1);
	});

	it('has speaker notes for every chapter', () => {
		for (const chapter of chapters) expect(chapter.notes?.length, chapter.id).toBeGreaterThan(0);
	});
});

describe('short citations', () => {
	it('name one author without a bracketed note, and a team by its first author "et al."', async () => {
		const { authorName, citedDate, getDocument } = await import('../../src/lib/content/documents');
		expect(authorName(getDocument('togo-mgimo')!)).toBe('Kazuhiko Togo');
		expect(authorName(getDocument('riac-2012')!)).toBe('A.N. Panov et al.');
		expect(authorName(getDocument('bely-2011')!)).toBe('Mikhail M. Bely (outline by JFIR)');
		// Togo's text gives 2009 but speaks of 2010 and 2011: the citation says both.
		expect(citedDate(getDocument('togo-mgimo')!)).toBe('dated 2009 (content 2011 or later)');
		expect(citedDate(getDocument('imamura-2010')!)).toBe('5 August 2010');
	});
});

describe('messages between the presenter and the speaker window', () => {
	it('are read only when well formed: anything else is dropped', async () => {
		const { readMessage } = await import('../../src/lib/state/present-sync');
		const show = { type: 'show', slide: 'sakhalin', startedAt: 1_700_000_000_000, black: false, from: 'a1' };
		expect(readMessage(show)).toEqual(show);
		expect(readMessage({ type: 'hello', from: 'b2' })).toEqual({ type: 'hello', from: 'b2' });
		expect(readMessage({ ...show, slide: '' })).toMatchObject({ slide: '' }); // the title
		expect(readMessage({ ...show, slide: 'sakhalin/sides' })).toMatchObject({ slide: 'sakhalin/sides' }); // a chapter's two sides
		for (const bad of [
			null,
			'show',
			{ ...show, from: 3 },
			{ ...show, slide: '<img src=x onerror=alert(1)>' },
			{ ...show, slide: 'sakhalin/other' },
			{ ...show, slide: '../sakhalin/sides' },
			{ ...show, slide: 4 },
			{ ...show, startedAt: Infinity },
			{ ...show, startedAt: '1' },
			{ ...show, black: 'yes' },
			{ ...show, type: 'goto' }
		])
			expect(readMessage(bad)).toBeNull();
	});
});

describe('quotation indexes', () => {
	it('number each chapter’s quotations in order, and mark its paragraphs -1', async () => {
		const { quotationIndexes } = await import('../../src/lib/content/chapters');
		const q = { doc: 'riac-2012' as const, text: 'words' };
		expect(quotationIndexes({ blocks: ['a', q, 'b', q, q] })).toEqual([-1, 0, -1, 1, 2]);
	});
});

describe('counting the slides', () => {
	it('counts by chapter, the number a teacher types, and names the title and the sources', () => {
		const [title, first, second] = slides;
		expect(slidePosition(second!, chapters.length)).toEqual({ long: `Chapter 2 of ${chapters.length}`, short: `2 / ${chapters.length}` });
		expect(slidePosition(first!, chapters.length).short).toBe(`1 / ${chapters.length}`);
		expect(slidePosition(title!, chapters.length)).toEqual({ long: 'Title', short: 'Title' });
		expect(slidePosition(slides.at(-1)!, chapters.length)).toEqual({ long: 'Sources', short: 'Sources' });
		const sides = slides.find((s) => s.kind === 'sides')!;
		expect(slidePosition(sides, chapters.length).long).toMatch(/^Chapter \d+ of \d+: both sides$/);
		// The chapter a position names is the one typing its number opens.
		const opened = press(initialState(0), '2', 'Enter');
		expect(slidePosition(slides[opened.index]!, chapters.length).long).toBe(`Chapter 2 of ${chapters.length}`);
	});
});
