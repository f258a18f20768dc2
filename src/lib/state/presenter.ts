/**
 * The classroom presenter as pure data: its slides (a title, one per chapter, the sources), what a
 * key press means, and how an action changes what is on screen. The presenter page and the
 * speaker window both run these, so a key means the same in either window.
 */
import type { Chapter, SidesPair } from '../content/chapters';

/** A teacher's words for a slide of a lesson (lesson/lesson.ts) */
export interface TeacherNote {
	notes: string;
	question: string;
}

/** A passage of the documents, as a lesson's slide shows it */
export interface SlidePassage {
	/** "riac-2012#p63" */
	id: string;
	doc: string;
	anchor: string;
	label: string;
	text: string;
	/** The places it names, marked on the map */
	places: string[];
}

export type Slide =
	| { kind: 'title'; id: ''; lessonTitle?: string }
	| { kind: 'chapter'; id: string; chapter: Chapter; number: number; teacher?: TeacherNote }
	/** A chapter's two sides, one quotation from each, after the chapter's own slide */
	| { kind: 'sides'; id: string; chapter: Chapter; number: number; pair: SidesPair }
	/** A passage a teacher added to a lesson */
	| { kind: 'passage'; id: string; number: number; passage: SlidePassage; teacher: TeacherNote }
	| { kind: 'sources'; id: 'sources' };

/** A passage slide's id, safe in an address's hash: "riac-2012#p63" → "riac-2012.p63". */
export const passageSlideId = (passageId: string) => passageId.replace('#', '.');

/** The hash suffix of a chapter's two-sided slide: "#four-islands/sides". */
export const SIDES_SUFFIX = '/sides';

/** The title, then each chapter (numbered from 1) and its two sides where it has them, then the list of sources. */
export function slidesFor(chapters: readonly Chapter[]): Slide[] {
	return [
		{ kind: 'title', id: '' },
		...chapters.flatMap((chapter, i): Slide[] => {
			const own: Slide = { kind: 'chapter', id: chapter.id, chapter, number: i + 1 };
			return chapter.sides ? [own, { kind: 'sides', id: chapter.id + SIDES_SUFFIX, chapter, number: i + 1, pair: chapter.sides }] : [own];
		}),
		{ kind: 'sources', id: 'sources' }
	];
}

/**
 * A lesson's slides: the title (with the lesson's), then each of its chapters (with its two sides)
 * and passages, numbered in the lesson's order, then the sources.
 */
export function slidesForLesson(
	items: readonly { kind: 'chapter' | 'passage'; ref: string; notes: string; question: string }[],
	find: { chapter: (id: string) => Chapter | undefined; passage: (id: string) => SlidePassage | undefined },
	title = ''
): Slide[] {
	const slides: Slide[] = [{ kind: 'title', id: '', ...(title.trim() && { lessonTitle: title.trim() }) }];
	let number = 0;
	for (const item of items) {
		const teacher = { notes: item.notes, question: item.question };
		if (item.kind === 'chapter') {
			const chapter = find.chapter(item.ref);
			if (!chapter) continue;
			number++;
			slides.push({ kind: 'chapter', id: chapter.id, chapter, number, ...((teacher.notes || teacher.question) && { teacher }) });
			if (chapter.sides) slides.push({ kind: 'sides', id: chapter.id + SIDES_SUFFIX, chapter, number, pair: chapter.sides });
		} else {
			const passage = find.passage(item.ref);
			if (!passage) continue;
			number++;
			slides.push({ kind: 'passage', id: passageSlideId(passage.id), number, passage, teacher });
		}
	}
	slides.push({ kind: 'sources', id: 'sources' });
	return slides;
}

/** What a slide is called in the overview and the window's title. */
export function slideTitle(slide: Slide): string {
	switch (slide.kind) {
		case 'chapter':
			return slide.chapter.title;
		case 'sides':
			return `Both sides: ${slide.chapter.title}`;
		case 'passage':
			return `${slide.passage.label} of ${slide.passage.doc}`;
		case 'title':
			return 'Title';
		case 'sources':
			return 'The five documents';
	}
}

/** How many numbered slides (chapters and passages) there are: the numbers a teacher types. */
export function itemCount(slides: readonly Slide[]): number {
	return slides.filter((s) => s.kind === 'chapter' || s.kind === 'passage').length;
}

/** Whether the slides are a lesson's (a passage in them, or a title of their own), counted as slides rather than chapters */
export function isLesson(slides: readonly Slide[]): boolean {
	return slides.some((s) => s.kind === 'passage' || (s.kind === 'title' && !!s.lessonTitle));
}

/**
 * How a slide is counted, the one way the header, the controls and the speaker window all say it:
 * by chapter, the number a teacher types to jump to it ("Chapter 3 of 14", short "3 / 14"); the
 * title and the sources, which are no chapter, by name.
 */
export function slidePosition(slide: Slide, chapterCount: number, unit: 'Chapter' | 'Slide' = 'Chapter'): { long: string; short: string } {
	if (slide.kind === 'chapter' || slide.kind === 'passage') return { long: `${unit} ${slide.number} of ${chapterCount}`, short: `${slide.number} / ${chapterCount}` };
	if (slide.kind === 'sides') return { long: `${unit} ${slide.number} of ${chapterCount}: both sides`, short: `${slide.number} / ${chapterCount} · sides` };
	const name = slide.kind === 'title' ? 'Title' : 'Sources';
	return { long: name, short: name };
}

/** The slide a URL hash names ("#sakhalin", "#sources"; none is the title). Hash text is data. */
export function slideIndexFromHash(hash: string, slides: readonly Slide[]): number {
	let id = hash.replace(/^#/, '');
	try {
		id = decodeURIComponent(id);
	} catch {
		return 0;
	}
	const index = slides.findIndex((s) => s.id === id);
	return index < 0 ? 0 : index;
}

/** The hash that names a slide: "" for the title. */
export function hashForSlide(slide: Slide): string {
	return slide.id ? `#${slide.id}` : '';
}

export type Overlay = 'none' | 'overview' | 'black' | 'help';

export interface PresenterState {
	index: number;
	overlay: Overlay;
	/** Digits typed so far, to jump to a chapter by its number with Enter */
	typed: string;
	/** Said when a typed number names no chapter */
	notice: string;
}

export const initialState = (index = 0): PresenterState => ({ index, overlay: 'none', typed: '', notice: '' });

export type PresenterAction =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'digit'; digit: string }
	| { type: 'enter' }
	| { type: 'goto'; index: number }
	| { type: 'toggle'; overlay: Exclude<Overlay, 'none'> }
	| { type: 'escape' }
	| { type: 'fullscreen' }
	| { type: 'speaker' };

/** The parts of a keyboard event that decide what it means. */
export interface KeyPress {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

/** What can hold the keyboard's focus and has keys of its own: the page leaves Space (and Enter) to it. */
export const CONTROLS = 'a, button, input, select, textarea, summary, [role="dialog"]';

/**
 * What a key means to a presenter window: nothing when another handler took it, nor for Space on
 * a control (a link, a button), nor Enter there unless a chapter's number is being typed.
 */
export function actionForKeyIn(press: KeyPress & { defaultPrevented: boolean }, { onControl, typing }: { onControl: boolean; typing: boolean }): PresenterAction | null {
	if (press.defaultPrevented) return null;
	if (onControl && (press.key === ' ' || (press.key === 'Enter' && !typing))) return null;
	return actionForKey(press);
}

/**
 * What a key means to the presenter, or null when it means nothing here (and the browser should
 * have it). Presentation clickers send PageDown / PageUp (some send arrows, "b" or "." to black
 * the screen out, and F5 / Escape for their "start" button).
 */
export function actionForKey(press: KeyPress): PresenterAction | null {
	if (press.ctrlKey || press.metaKey || press.altKey) return null;
	const { key } = press;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return { type: 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return { type: 'previous' };
		case ' ':
		case 'Spacebar':
			return press.shiftKey ? { type: 'previous' } : { type: 'next' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'Enter':
			return { type: 'enter' };
		case 'Escape':
			return { type: 'escape' };
	}
	if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
	switch (key.toLowerCase()) {
		case 'o':
			return { type: 'toggle', overlay: 'overview' };
		case 'b':
		case '.':
			return { type: 'toggle', overlay: 'black' };
		case '?':
		case 'h':
			return { type: 'toggle', overlay: 'help' };
		case 'f':
			return { type: 'fullscreen' };
		case 's':
			return { type: 'speaker' };
	}
	return null;
}

/**
 * The state after an action on these slides. Fullscreen and the speaker window are the page's
 * business (they touch the browser), so they leave the state as it was. Moving on from a
 * blacked-out screen brings the picture back, as presentation software does.
 */
export function reduce(state: PresenterState, action: PresenterAction, slides: readonly Slide[]): PresenterState {
	const last = slides.length - 1;
	const clamp = (i: number) => Math.max(0, Math.min(last, i));
	const moveTo = (index: number): PresenterState => ({ index: clamp(index), overlay: 'none', typed: '', notice: '' });
	switch (action.type) {
		case 'next':
			return moveTo(state.index + 1);
		case 'previous':
			return moveTo(state.index - 1);
		case 'first':
			return moveTo(0);
		case 'last':
			return moveTo(last);
		case 'goto':
			return moveTo(action.index);
		case 'digit': {
			const typed = (state.typed + action.digit).slice(-3);
			return { ...state, typed, notice: '' };
		}
		case 'enter': {
			if (!state.typed) return state;
			// Typing N opens chapter N's own slide; "0" goes back to the title.
			const n = Number(state.typed);
			if (n === 0) return moveTo(0);
			const index = slides.findIndex((s) => (s.kind === 'chapter' || s.kind === 'passage') && s.number === n);
			const unit = isLesson(slides) ? 'slide' : 'chapter';
			if (index < 0) return { ...state, typed: '', notice: `There is no ${unit} ${n}: the ${unit}s are 1 to ${itemCount(slides)}.` };
			return moveTo(index);
		}
		case 'toggle':
			return { ...state, overlay: state.overlay === action.overlay ? 'none' : action.overlay, typed: '', notice: '' };
		case 'escape':
			return { ...state, overlay: 'none', typed: '', notice: '' };
		case 'fullscreen':
		case 'speaker':
			return state;
	}
}

/**
 * Where the focus goes in the overview's grid of cards after an arrow key: across a row, or a row
 * up or down (staying put at the edges).
 */
export function gridMove(index: number, key: string, columns: number, count: number): number {
	const to = (i: number) => (i >= 0 && i < count ? i : index);
	switch (key) {
		case 'ArrowRight':
			return to(index + 1);
		case 'ArrowLeft':
			return to(index - 1);
		case 'ArrowDown':
			return to(index + columns);
		case 'ArrowUp':
			return to(index - columns);
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
	}
	return index;
}

/** "1:05", "12:00", "1:02:03": elapsed time for the speaker window. */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const two = (n: number) => String(n).padStart(2, '0');
	return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
