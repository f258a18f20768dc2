/**
 * The slides an address asks the presenter to play: `?lesson=…` (a lesson, lesson.ts) or
 * `?chapters=a,b,c` (those chapters, in that order); none is the story. A lesson's passages come
 * from the prerendered /data/passages.json, fetched only when a lesson has passages. What the
 * address names that Passages lacks is said, and the rest plays.
 */
import type { Chapter } from '../content/chapters';
import { slidesForLesson, type Slide, type SlidePassage } from '../state/presenter';
import { decodeLesson, lessonFromChapters, resolveLesson, unknownSentence, type Lesson } from './lesson';

export interface Played {
	/** The lesson's slides, or null for the story */
	slides: Slide[] | null;
	/** The lesson as the address gives it (for the speaker window's and the handout's links) */
	lesson: Lesson | null;
	/** Said on screen: what could not be read or found */
	notice: string;
}

/** The documents' passages by id, from /data/passages.json. */
export async function fetchPassages(base: string): Promise<Map<string, SlidePassage>> {
	const response = await fetch(`${base}/data/passages.json`);
	if (!response.ok) throw new Error(`the server answered ${response.status} for data/passages.json`);
	const { passages } = (await response.json()) as { passages: SlidePassage[] };
	return new Map(passages.map((p) => [p.id, { id: p.id, doc: p.doc, anchor: p.anchor, label: p.label, text: p.text, places: p.places }]));
}

export async function slidesFromAddress(
	search: string,
	base: string,
	chapters: readonly Chapter[],
	passagesOf = fetchPassages
): Promise<Played> {
	const params = new URLSearchParams(search);
	const encoded = params.get('lesson');
	const list = params.get('chapters');
	let lesson: Lesson;
	if (encoded !== null) {
		const read = await decodeLesson(encoded);
		if (!read.lesson) return { slides: null, lesson: null, notice: `${read.error} The story plays instead.` };
		lesson = read.lesson;
	} else if (list !== null) lesson = lessonFromChapters(list);
	else return { slides: null, lesson: null, notice: '' };

	let passages = new Map<string, SlidePassage>();
	let problem = '';
	if (lesson.items.some((i) => i.kind === 'passage'))
		try {
			passages = await passagesOf(base);
		} catch (e) {
			problem = ` The lesson’s passages could not be loaded (${e instanceof Error ? e.message : String(e)}).`;
		}
	const byId = new Map(chapters.map((c) => [c.id, c]));
	const { items, unknown } = resolveLesson(lesson, { chapter: (id) => byId.has(id), passage: (id) => passages.has(id) });
	const notice = (unknown.length && !problem ? unknownSentence(unknown) : '') + problem;
	if (!items.length) return { slides: null, lesson, notice: `${notice || 'This lesson has no slides.'} The story plays instead.`.trim() };
	return { slides: slidesForLesson(items, { chapter: (id) => byId.get(id), passage: (id) => passages.get(id) }, lesson.title), lesson, notice };
}
