/**
 * The Perspectives view's data, assigned when the site is built: each question's passages, by
 * side and in time order, with the words, the places they name and a link into the reader.
 */
import { locateQuote, passagesOf } from '../corpus/corpus';
import {
	assignmentCounts,
	assignQuestions,
	inTimeOrder,
	perspectiveProblems,
	perspectivesReport,
	type AssignablePassage,
	type Assignment,
	type Side
} from '../corpus/perspectives';
import type { MentionTuple } from '../corpus/payload';
import { documents } from '../content/documents';
import { FRAME, PERSPECTIVES_FILE, questions, REPORTED, TIME_ORDER, VOICE_KINDS } from '../content/perspectives';
import { DOCUMENTS_IN_TIME, sideOf } from '../content/voices';
import { places } from '../content/places';
import { chapterLocation, chapters } from './chapters';
import type { FeatureCollection } from 'geojson';
import { locatorBackground, placesMap } from '../geo/places-map';
import { corpus } from './documents';
import type { HandoutQuestion, PerspectiveColumn, PerspectivePassage, PerspectiveView, QuestionSummary } from '../shared/perspectives';
import landSimpleRaw from '../../../static/geo/land-region-simple.geojson?raw';
import landWorldRaw from '../../../static/geo/land-world.geojson?raw';

/** Document id → its side, from the documents' metadata */
export const SIDES: Readonly<Record<string, Side>> = Object.fromEntries(documents.map((d) => [d.id, sideOf(d.id)!]));

let assignable: AssignablePassage[] | undefined;

/** Every passage of the five documents, in each document's reading order, with the places it names. Built once per process. */
export function assignablePassages(): AssignablePassage[] {
	assignable ??= [...corpus().values()].flatMap((doc) =>
		passagesOf(doc).map((p) => ({ id: `${doc.id}#${p.anchor}`, doc: doc.id, anchor: p.anchor, kind: p.kind, text: p.text, places: p.places }))
	);
	return assignable;
}

let cached: Assignment | undefined;

/** Question id → its passages' ids, in time order. Computed once per process. */
export function perspectiveAssignment(): Assignment {
	cached ??= assignQuestions(assignablePassages(), questions, { frame: FRAME, timeOrder: TIME_ORDER });
	return cached;
}

/** The problems with the questions, for the content check (file and words named). */
export function perspectivesProblems(): string[] {
	return perspectiveProblems({
		questions,
		passages: assignablePassages(),
		assignment: perspectiveAssignment(),
		sides: SIDES,
		frame: FRAME,
		reported: REPORTED,
		file: PERSPECTIVES_FILE,
		pairs: chapters.flatMap((c) => (c.sides ? [{ chapter: c.id, pair: c.sides }] : [])),
		locate: (id) => chapterLocation(id, 'sides')
	});
}

/** The build's table of counts. */
export function perspectivesCountReport(): string {
	return perspectivesReport(questions, perspectiveAssignment(), documents.map((d) => ({ id: d.id, side: SIDES[d.id]! })));
}

export function questionSummaries(): QuestionSummary[] {
	const counts = assignmentCounts(perspectiveAssignment());
	return questions.map((q) => {
		const byDoc = counts[q.id] ?? {};
		const side = (s: Side) => Object.entries(byDoc).reduce((n, [doc, c]) => n + (SIDES[doc] === s ? c : 0), 0);
		return { id: q.id, title: q.title, short: q.short, description: q.description, counts: { russian: side('russian'), japanese: side('japanese') }, byDoc };
	});
}

/** The comparison page's data for one question, or undefined for an unknown id. */
export function perspectiveView(id: string): PerspectiveView | undefined {
	const question = questionSummaries().find((q) => q.id === id);
	if (!question) return undefined;
	const byId = new Map([...corpus().values()].flatMap((doc) => passagesOf(doc).map((p): [string, (typeof p)] => [`${doc.id}#${p.anchor}`, p])));
	const passages = perspectiveAssignment()[id]!.map((pid): PerspectivePassage => {
		const p = byId.get(pid)!;
		return {
			id: pid,
			doc: p.doc,
			anchor: p.anchor,
			label: p.label,
			text: p.text,
			spans: p.spans,
			mentions: p.mentions.map((m): MentionTuple => [m.start, m.end, m.place]),
			places: p.places,
			...(REPORTED[pid] && { reported: REPORTED[pid] })
		};
	});
	const column = (side: Side): PerspectiveColumn => ({
		side,
		docs: DOCUMENTS_IN_TIME.filter((d) => SIDES[d] === side).map((d) => ({ id: d, count: question.byDoc[d] ?? 0, voiceKind: VOICE_KINDS[d] })),
		passages: passages.filter((p) => SIDES[p.doc] === side)
	});
	const named = [...new Set(passages.flatMap((p) => p.places))];
	const map = placesMap(named, { landRegion: landSimple(), places }, PERSPECTIVE_MAP_SIZE.width, PERSPECTIVE_MAP_SIZE.height);
	return { question, columns: [column('russian'), column('japanese')], map, others: questions.filter((q) => q.id !== id).map((q) => ({ id: q.id, short: q.short })) };
}

/** The locator map's size in CSS pixels. */
export const PERSPECTIVE_MAP_SIZE = { width: 560, height: 460 };

let land: FeatureCollection | undefined;
const landSimple = () => (land ??= JSON.parse(landSimpleRaw) as FeatureCollection);

/** The locator's shared background (sea, graticule, land) as an SVG document. */
export function locatorSvg(): string {
	return locatorBackground({ landRegion: landSimple(), landWorld: JSON.parse(landWorldRaw) }, PERSPECTIVE_MAP_SIZE.width, PERSPECTIVE_MAP_SIZE.height);
}

export function handoutPerspectives(): HandoutQuestion[] {
	const summaries = questionSummaries();
	return questions.map((q, i) => {
		const located = inTimeOrder(
			q.keys.map((k) => ({ doc: k.doc, text: k.text, label: locateQuote(corpus().get(k.doc)!, k.text).passage.label })),
			TIME_ORDER
		);
		return { ...summaries[i]!, keys: { russian: located.filter((k) => SIDES[k.doc] === 'russian'), japanese: located.filter((k) => SIDES[k.doc] === 'japanese') } };
	});
}
