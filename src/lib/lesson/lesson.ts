/**
 * A teacher's own lesson: a title and slides, each a chapter of the story or a passage of the
 * documents, with the teacher's notes and a question for the class. Kept in the browser, saved
 * and opened as a small JSON file (checked on the way in with valibot), and written into a link
 * (`/present?lesson=…`: the lesson compressed with the browser's own deflate, in base64url).
 * Pure apart from the platform's CompressionStream, so the builder, the presenter, the handout and
 * the tests share it.
 */
import * as v from 'valibot';

export const LESSON_FORMAT = 'passages-lesson';
export const LESSON_VERSION = 1;
export const MAX_ITEMS = 60;
export const MAX_TITLE = 200;
export const MAX_NOTES = 4000;
export const MAX_QUESTION = 1000;

export type ItemKind = 'chapter' | 'passage';

export interface LessonItem {
	kind: ItemKind;
	/** A chapter's id ("sakhalin"), or a passage's ("riac-2012#p63") */
	ref: string;
	/** The teacher's speaker notes for the slide */
	notes: string;
	/** A question for the class, shown on the slide */
	question: string;
}

export interface Lesson {
	title: string;
	items: LessonItem[];
}

export const emptyLesson = (): Lesson => ({ title: '', items: [] });

const CHAPTER_REF = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PASSAGE_REF = /^[a-z0-9]+(?:-[a-z0-9]+)*#(?:p|fn-)\d{1,4}$/;

const Text = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`)), '');

const Item = v.pipe(
	v.object({
		kind: v.picklist(['chapter', 'passage'], 'must be "chapter" or "passage"'),
		ref: v.pipe(v.string('must be a text'), v.maxLength(80, 'is too long')),
		notes: Text(MAX_NOTES),
		question: Text(MAX_QUESTION)
	}),
	v.check(
		(item) => (item.kind === 'chapter' ? CHAPTER_REF : PASSAGE_REF).test(item.ref),
		'names its chapter or passage in a form Passages does not use ("sakhalin", "riac-2012#p63")'
	)
);

const LessonFile = v.object({
	format: v.literal(LESSON_FORMAT, `is not "${LESSON_FORMAT}"`),
	version: v.literal(LESSON_VERSION, `is not ${LESSON_VERSION}, the version this Passages reads`),
	title: Text(MAX_TITLE),
	items: v.pipe(v.array(Item, 'must be a list'), v.maxLength(MAX_ITEMS, `has more than ${MAX_ITEMS} slides`))
});

export type Checked = { lesson: Lesson; error?: undefined } | { lesson?: undefined; error: string };

/** A sentence for the first thing wrong with a file, naming where it is. */
function explain(issues: readonly v.BaseIssue<unknown>[]): string {
	const issue = issues[0]!;
	const path = (issue.path ?? []).map((p) => p.key);
	if (path[0] === 'format' || (path.length === 0 && issue.kind === 'schema'))
		return 'This is not a Passages lesson: a lesson file says "format": "passages-lesson". Nothing was changed.';
	const where =
		path[0] === 'items' && typeof path[1] === 'number'
			? `Slide ${path[1] + 1}${path[2] ? `’s ${String(path[2])}` : ''}`
			: path.length
				? `The lesson’s ${path.join('.')}`
				: 'The lesson';
	return `${where} ${issue.message}. Nothing was changed.`;
}

/** Check a lesson file's contents (already parsed from JSON). */
export function checkLesson(data: unknown): Checked {
	const result = v.safeParse(LessonFile, data);
	if (!result.success) return { error: explain(result.issues) };
	return { lesson: { title: result.output.title, items: result.output.items } };
}

/** Read a lesson file's text: JSON, then checked. */
export function readLessonFile(text: string): Checked {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { error: 'This file is not a Passages lesson: it is not JSON. Nothing was changed.' };
	}
	return checkLesson(data);
}

/** The lesson as a file's text. */
export function lessonFileText(lesson: Lesson): string {
	return JSON.stringify({ format: LESSON_FORMAT, version: LESSON_VERSION, title: lesson.title, items: lesson.items }, null, 2) + '\n';
}

// ---- the link ----

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The lesson for a link: compact JSON (kinds as "c" and "p"), deflated, base64url. */
export async function encodeLesson(lesson: Lesson): Promise<string> {
	const compact = [LESSON_VERSION, lesson.title, lesson.items.map((i) => [i.kind === 'chapter' ? 'c' : 'p', i.ref, ...(i.notes || i.question ? [i.notes, i.question] : [])])];
	return toBase64Url(await through(new TextEncoder().encode(JSON.stringify(compact)), new CompressionStream('deflate-raw')));
}

/** A link's lesson, checked as a file's is. */
export async function decodeLesson(text: string): Promise<Checked> {
	const broken: Checked = { error: 'The lesson in this link could not be read (it may have been cut short when it was copied).' };
	if (!/^[A-Za-z0-9_-]{1,20000}$/.test(text)) return broken;
	let compact: unknown;
	try {
		compact = JSON.parse(new TextDecoder().decode(await through(fromBase64Url(text), new DecompressionStream('deflate-raw'))));
	} catch {
		return broken;
	}
	if (!Array.isArray(compact) || compact[0] !== LESSON_VERSION || !Array.isArray(compact[2])) return broken;
	const items = (compact[2] as unknown[]).map((i) =>
		Array.isArray(i) ? { kind: i[0] === 'c' ? 'chapter' : i[0] === 'p' ? 'passage' : i[0], ref: i[1], notes: i[2] ?? '', question: i[3] ?? '' } : i
	);
	return checkLesson({ format: LESSON_FORMAT, version: LESSON_VERSION, title: compact[1], items });
}

/** `?chapters=a,b,c`: a lesson of those chapters, in that order. */
export function lessonFromChapters(list: string): Lesson {
	const items = list
		.split(',')
		.map((id) => id.trim().slice(0, 80))
		.filter(Boolean)
		.slice(0, MAX_ITEMS)
		.map((ref): LessonItem => ({ kind: 'chapter', ref, notes: '', question: '' }));
	return { title: '', items };
}

/** The items Passages has, and those it does not (an unknown chapter, a passage no document has). */
export function resolveLesson(lesson: Lesson, has: { chapter: (id: string) => boolean; passage: (id: string) => boolean }): { items: LessonItem[]; unknown: LessonItem[] } {
	const known = (i: LessonItem) => (i.kind === 'chapter' ? has.chapter(i.ref) : has.passage(i.ref));
	// A slide named twice plays once, where it first comes.
	const seen = new Set<string>();
	const once = lesson.items.filter((i) => !seen.has(`${i.kind} ${i.ref}`) && !!seen.add(`${i.kind} ${i.ref}`));
	return { items: once.filter(known), unknown: once.filter((i) => !known(i)) };
}

/** "the chapter “x” and the passage “y#p9”": what a link names that Passages does not have. */
export function unknownSentence(unknown: readonly LessonItem[]): string {
	const names = unknown.map((i) => `the ${i.kind} “${i.ref}”`);
	const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
	return `This lesson names ${list}, which Passages does not have; the rest plays.`;
}
