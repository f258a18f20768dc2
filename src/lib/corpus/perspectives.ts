/**
 * Which passages speak to which question (content/perspectives.ts): a passage of the documents'
 * argument (not a heading, a footnote or the frame around it) belongs to a question when the
 * question's rules match its words or the places it names, unless the question excludes it; a
 * question may also include a passage by name. Each question's passages are kept in time order:
 * by document date, then in reading order. Pure, so the build, the tests and the pages share it.
 */
import type { Question } from '../content/perspectives';
import type { SidesPair } from '../content/chapters';
import { findQuote, PassageNotFoundError } from './quote';

export type { Side } from '../content/voices';
import type { Side } from '../content/voices';

export interface AssignablePassage {
	/** "riac-2012#p12" */
	id: string;
	doc: string;
	anchor: string;
	kind: 'heading' | 'paragraph' | 'list' | 'footnote';
	text: string;
	/** The places it names (place ids) */
	places: readonly string[];
}

export interface AssignOptions {
	/** Document id → anchors of its frame (no question takes them) */
	frame: Readonly<Record<string, readonly string[]>>;
	/** Document id → a sortable date: the columns' order */
	timeOrder: Readonly<Record<string, string>>;
}

/** Question id → the ids of its passages, in time order. */
export type Assignment = Record<string, string[]>;

/** Whether a question's rules (not its exceptions) take a passage. */
export function rulesMatch(question: Question, passage: AssignablePassage, frame: AssignOptions['frame']): boolean {
	if (passage.kind === 'heading' || passage.kind === 'footnote') return false;
	if (frame[passage.doc]?.includes(passage.anchor)) return false;
	const { words, places } = question.rules;
	return !!words?.test(passage.text) || !!places?.some((id) => passage.places.includes(id));
}

/** The passages in time order: by their document's date, then as the document reads. */
export function inTimeOrder<P extends { doc: string }>(passages: readonly P[], timeOrder: AssignOptions['timeOrder']): P[] {
	const key = (doc: string) => timeOrder[doc] ?? '9999';
	return passages
		.map((p, i) => ({ p, i }))
		.sort((a, b) => key(a.p.doc).localeCompare(key(b.p.doc)) || a.i - b.i)
		.map(({ p }) => p);
}

/** Every question's passages. `passages` in each document's reading order. */
export function assignQuestions(passages: readonly AssignablePassage[], questions: readonly Question[], options: AssignOptions): Assignment {
	const ordered = inTimeOrder(passages, options.timeOrder);
	const out: Assignment = {};
	for (const q of questions) {
		const include = new Set(q.include ?? []);
		const exclude = new Set(q.exclude ?? []);
		out[q.id] = ordered.filter((p) => include.has(p.id) || (!exclude.has(p.id) && rulesMatch(q, p, options.frame))).map((p) => p.id);
	}
	return out;
}

/** The questions a passage belongs to, in the questions' order. */
export function questionsOf(passageId: string, assignment: Assignment): string[] {
	return Object.keys(assignment).filter((q) => assignment[q]!.includes(passageId));
}

/** Question id → document id → how many of its passages come from that document. */
export function assignmentCounts(assignment: Assignment): Record<string, Record<string, number>> {
	const counts: Record<string, Record<string, number>> = {};
	for (const [q, ids] of Object.entries(assignment)) {
		const row: Record<string, number> = {};
		for (const id of ids) {
			const doc = id.split('#')[0]!;
			row[doc] = (row[doc] ?? 0) + 1;
		}
		counts[q] = row;
	}
	return counts;
}

export interface PerspectiveInput {
	questions: readonly Question[];
	passages: readonly AssignablePassage[];
	assignment: Assignment;
	/** Document id → its side */
	sides: Readonly<Record<string, Side>>;
	frame: AssignOptions['frame'];
	/** Passages marked as reporting another's view */
	reported: Readonly<Record<string, string>>;
	/** The file the content is in, for the messages */
	file: string;
	/** The chapters' two-sided pairs (chapters.ts), each checked against its question */
	pairs?: readonly { chapter: string; pair: SidesPair }[];
	/** The folder the chapters are in */
	chaptersFile?: string;
	/** Where a chapter's two sides are written, "file:line" (by default the folder) */
	locate?: (chapterId: string) => string;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every problem with the questions and their passages, as sentences naming the file and the words. */
export function perspectiveProblems({
	questions,
	passages,
	assignment,
	sides,
	frame,
	reported,
	file,
	pairs = [],
	chaptersFile = 'src/content/chapters',
	locate = () => chaptersFile
}: PerspectiveInput): string[] {
	const problems: string[] = [];
	const byId = new Map(passages.map((p) => [p.id, p]));
	/** Whether the words are, verbatim, in a passage of `doc` that the question takes */
	const inQuestion = (question: string, doc: string, words: string) =>
		(assignment[question] ?? [])
			.map((id) => byId.get(id)!)
			.filter((p) => p.doc === doc)
			.some((p) => {
				try {
					findQuote(p.text, words);
					return true;
				} catch (e) {
					if (e instanceof PassageNotFoundError) return false;
					throw e;
				}
			});
	const known = (id: string, what: string) => {
		if (byId.has(id)) return true;
		problems.push(`${file}: ${what} names the passage "${id}", which no document has (passages are "doc#anchor", as in the readers' addresses)`);
		return false;
	};
	for (const [doc, anchors] of Object.entries(frame)) for (const a of anchors) known(`${doc}#${a}`, 'FRAME');
	const taken = new Set(Object.values(assignment).flat());
	for (const id of Object.keys(reported))
		if (known(id, 'REPORTED') && !taken.has(id)) problems.push(`${file}: REPORTED marks "${id}", which no question takes: remove it, or assign the passage`);
	const ids = new Set<string>();
	for (const q of questions) {
		const where = `${file}: question "${q.id}"`;
		if (!KEBAB.test(q.id)) problems.push(`${where}: its id must be kebab-case`);
		if (ids.has(q.id)) problems.push(`${where}: the id is used by another question`);
		ids.add(q.id);
		if (!q.title.trim().endsWith('?')) problems.push(`${where}: its title "${q.title}" must be a question`);
		for (const id of q.include ?? [])
			if (known(id, `${where} includes`) && rulesMatch(q, byId.get(id)!, frame))
				problems.push(`${where} includes "${id}", which its rules already take: remove it from include`);
		for (const id of q.exclude ?? [])
			if (known(id, `${where} excludes`) && !rulesMatch(q, byId.get(id)!, frame))
				problems.push(`${where} excludes "${id}", which its rules do not take: remove it from exclude`);
		const assigned = assignment[q.id] ?? [];
		for (const side of ['russian', 'japanese'] as const)
			if (!assigned.some((id) => sides[id.split('#')[0]!] === side))
				problems.push(`${where} has no passage from the ${side === 'russian' ? 'Russian' : 'Japanese'} documents: every question sets both sides side by side`);
		const keySides = new Set<Side>();
		for (const key of q.keys) {
			const side = sides[key.doc];
			if (side) keySides.add(side);
			if (!inQuestion(q.id, key.doc, key.text)) problems.push(`${where}: its key passage "${key.text}" is not found, word for word, in a ${key.doc} passage the question takes`);
		}
		for (const side of ['russian', 'japanese'] as const)
			if (!keySides.has(side)) problems.push(`${where} has no key passage from the ${side === 'russian' ? 'Russian' : 'Japanese'} side for the handout`);
	}
	const questionIds = new Set(questions.map((q) => q.id));
	for (const { chapter, pair } of pairs) {
		const where = `${locate(chapter)}: chapter "${chapter}"’s two sides`;
		if (!questionIds.has(pair.question)) {
			problems.push(`${where} name the question "${pair.question}", which is not in ${file}`);
			continue;
		}
		for (const side of ['russian', 'japanese'] as const) {
			const q = pair[side];
			if (sides[q.doc] !== side) problems.push(`${where}: the ${side === 'russian' ? 'Russian' : 'Japanese'} quotation is from ${q.doc}, which is not a ${side === 'russian' ? 'Russian' : 'Japanese'} voice`);
			else if (!inQuestion(pair.question, q.doc, q.text))
				problems.push(`${where}: “${q.text}” is not found, word for word, in a ${q.doc} passage the question "${pair.question}" takes`);
		}
		if (!pair.notes.length || pair.notes.some((n) => !n.trim())) problems.push(`${where} need speaker notes, the first a question for the class`);
	}
	return problems;
}

/** The counts as a table for the build to print: one line a question, its passages by document. */
export function perspectivesReport(questions: readonly Question[], assignment: Assignment, docs: readonly { id: string; side: Side }[]): string {
	const counts = assignmentCounts(assignment);
	const width = Math.max(...questions.map((q) => q.id.length));
	const lines = questions.map((q) => {
		const row = counts[q.id] ?? {};
		const side = (s: Side) => docs.filter((d) => d.side === s).map((d) => `${d.id} ${row[d.id] ?? 0}`).join(', ');
		const total = (s: Side) => docs.filter((d) => d.side === s).reduce((n, d) => n + (row[d.id] ?? 0), 0);
		return `  ${q.id.padEnd(width)}  Russian ${total('russian')} (${side('russian')})  Japanese ${total('japanese')} (${side('japanese')})`;
	});
	return [`The perspectives' passages, question by question:`, ...lines].join('\n');
}
