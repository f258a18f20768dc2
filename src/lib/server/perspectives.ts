/**
 * The Perspectives view's data, assigned when the site is built: each question's passages, by
 * side and in time order, with the words, the places they name and a link into the reader.
 */
import { passagesOf } from '../corpus/corpus';
import { assignQuestions, perspectiveProblems, perspectivesReport, type AssignablePassage, type Assignment, type Side } from '../corpus/perspectives';
import { documents } from '../content/documents';
import { FRAME, PERSPECTIVES_FILE, questions, REPORTED, TIME_ORDER } from '../content/perspectives';
import { corpus } from './content';

/** Document id → its side, from the documents' metadata */
export const SIDES: Readonly<Record<string, Side>> = Object.fromEntries(documents.map((d) => [d.id, d.voice === 'Russian' ? 'russian' : 'japanese']));

/** Every passage of the five documents, in each document's reading order, with the places it names. */
export function assignablePassages(): AssignablePassage[] {
	return [...corpus().values()].flatMap((doc) =>
		passagesOf(doc).map((p) => ({ id: `${doc.id}#${p.anchor}`, doc: doc.id, anchor: p.anchor, kind: p.kind, text: p.text, places: p.places }))
	);
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
		file: PERSPECTIVES_FILE
	});
}

/** The build's table of counts. */
export function perspectivesCountReport(): string {
	return perspectivesReport(questions, perspectiveAssignment(), documents.map((d) => ({ id: d.id, side: SIDES[d.id]! })));
}
