/**
 * Narrowing a search to one side's voices or to one Perspectives question: which passages it
 * keeps, and what to tell the reader when the address names a question that does not exist.
 */
import { sideOf, type Side } from '../content/voices';
import type { PayloadPassage, PayloadQuestion } from './payload';

export interface Narrowing {
	side?: Side;
	question?: string;
}

export interface Narrowed {
	/** Keeps the passages the narrowing allows; undefined when nothing narrows */
	keep?: (passage: PayloadPassage) => boolean;
	/** The question, when the address named one that exists */
	question?: PayloadQuestion;
	/** The question id the address named when no question has it */
	unknownQuestion?: string;
}

export function narrowed({ side, question }: Narrowing, questions: readonly PayloadQuestion[]): Narrowed {
	const found = question ? questions.find((q) => q.id === question) : undefined;
	const ids = found && new Set(found.passages);
	const tests: ((p: PayloadPassage) => boolean)[] = [];
	if (side) tests.push((p) => sideOf(p.doc) === side);
	if (ids) tests.push((p) => ids.has(p.id));
	return {
		...(tests.length && { keep: (p: PayloadPassage) => tests.every((t) => t(p)) }),
		...(found && { question: found }),
		...(question && !found && { unknownQuestion: question })
	};
}
