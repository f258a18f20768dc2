/**
 * Cutting a passage's styled spans at marked ranges (quoted words, place names, search matches)
 * so a component can render each piece with its marks, without any HTML strings.
 */
import type { Span } from './parse';

export interface Mark {
	start: number;
	end: number;
	/** What the range is: "quoted", "mention", "match"… */
	tag: string;
	/** e.g. the place a mention names */
	value?: string;
}

export interface Segment extends Span {
	marks: Mark[];
}

export function segment(spans: readonly Span[], marks: readonly Mark[]): Segment[] {
	const cuts = new Set<number>();
	for (const m of marks) {
		cuts.add(m.start);
		cuts.add(m.end);
	}
	const out: Segment[] = [];
	let offset = 0;
	for (const span of spans) {
		const end = offset + span.text.length;
		if (span.text.length === 0) {
			out.push({ ...span, marks: [] });
			continue;
		}
		const points = [offset, ...[...cuts].filter((c) => c > offset && c < end).sort((a, b) => a - b), end];
		for (let i = 0; i < points.length - 1; i++) {
			const a = points[i]!;
			const b = points[i + 1]!;
			out.push({
				...span,
				text: span.text.slice(a - offset, b - offset),
				marks: marks.filter((m) => m.start <= a && m.end >= b)
			});
		}
		offset = end;
	}
	return out;
}

/** The sentence(s) of `text` around [start, end): a verbatim excerpt and where it lies. */
export function excerpt(text: string, start: number, end: number, max = 420): { from: number; to: number } {
	const boundary = /[.!?»”"]\s+(?=[\p{Lu}“"«(\d])/gu;
	let from = 0;
	let to = text.length;
	for (const m of text.matchAll(boundary)) {
		const cut = m.index + 1;
		if (cut <= start) from = m.index + m[0].length;
		else if (cut >= end) {
			to = cut;
			break;
		}
	}
	if (to - from > max) {
		// A very long sentence: keep a window around the match, cut at spaces.
		const a = Math.max(from, text.lastIndexOf(' ', Math.max(from, start - 160)) + 1);
		const b = Math.min(to, (text.indexOf(' ', Math.min(to, end + 200)) + 1 || to + 1) - 1);
		return { from: a, to: b };
	}
	return { from, to };
}

export interface Excerpt {
	/** The passage's words that are shown, verbatim */
	text: string;
	/** Words are left out before and after */
	before: boolean;
	after: boolean;
	/** The marks within the excerpt, their ranges in its own text */
	marks: Mark[];
}

/**
 * A passage cut to the sentences around the first of the marks it is shown for (or its opening
 * words when there are none), with the marks that fall in the excerpt.
 */
export function excerptWithMarks(text: string, marks: readonly Mark[], max = 420): Excerpt {
	const first = marks[0];
	const span = first ? excerpt(text, first.start, first.end, max) : { from: 0, to: Math.min(text.length, max) };
	const shown = text.slice(span.from, span.to);
	return {
		text: shown,
		before: span.from > 0,
		after: span.to < text.length,
		marks: marks
			.filter((m) => m.end > span.from && m.start < span.to)
			.map((m) => ({ ...m, start: Math.max(0, m.start - span.from), end: Math.min(shown.length, m.end - span.from) }))
	};
}
