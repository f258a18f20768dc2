/**
 * Locating a quotation in a document by its words, never by offsets, so that a document can be
 * re-flowed without breaking the story. Matching ignores differences of whitespace only: every
 * other character (typos, run-together words, punctuation) must be exactly as in the document,
 * and a quotation starts and ends on word boundaries ("Japan" is not found inside "Japanese").
 * An ellipsis "…" in the quotation marks an omission: each part must be found, in order, within
 * one paragraph (an omission never stitches paragraphs together).
 */

export type QuoteProblem = 'not-found' | 'ambiguous' | 'empty';

export class PassageNotFoundError extends Error {
	constructor(
		readonly problem: QuoteProblem,
		readonly quote: string,
		detail: string
	) {
		super(detail);
		this.name = 'PassageNotFoundError';
	}
}

export interface QuoteMatch {
	/** Offset in the original text where the quotation's first part starts */
	start: number;
	/** Offset just past the quotation's last part */
	end: number;
	/** Each part's [start, end) in the original text */
	parts: Array<[number, number]>;
}

interface Collapsed {
	text: string;
	/** For each character of `text`, its offset in the original */
	map: number[];
}

/** Collapse every run of whitespace to one space, remembering where each character came from. */
function collapse(original: string): Collapsed {
	let text = '';
	const map: number[] = [];
	let inSpace = false;
	for (let i = 0; i < original.length; i++) {
		const ch = original[i]!;
		if (/\s/.test(ch)) {
			if (!inSpace && text.length > 0) {
				text += ' ';
				map.push(i);
			}
			inSpace = true;
		} else {
			text += ch;
			map.push(i);
			inSpace = false;
		}
	}
	if (text.endsWith(' ')) {
		text = text.slice(0, -1);
		map.pop();
	}
	return { text, map };
}

/** Every index where `needle` occurs in `haystack` from `from` on, starting and ending on a word boundary. */
function allIndexes(haystack: string, needle: string, from: number): number[] {
	const found: number[] = [];
	let i = haystack.indexOf(needle, from);
	while (i !== -1) {
		if (isBoundary(haystack, i) && isBoundary(haystack, i + needle.length)) found.push(i);
		i = haystack.indexOf(needle, i + 1);
	}
	return found;
}

const WORD = /[\p{L}\p{N}]/u;

/** True when text[at] and the character before it are not both letters or digits. */
function isBoundary(text: string, at: number): boolean {
	return at <= 0 || at >= text.length || !(WORD.test(text[at - 1]!) && WORD.test(text[at]!));
}

/** Split a quotation at its ellipses ("…", U+2026) into the parts that must appear, in order. */
export function quoteParts(quote: string): string[] {
	return quote
		.split(/\s*…\s*/u)
		.map((p) => collapse(p).text)
		.filter((p) => p.length > 0);
}

/**
 * Find `quote` in `text` exactly once.
 * @throws PassageNotFoundError when the quotation is empty, absent, or found more than once.
 */
export function findQuote(text: string, quote: string): QuoteMatch {
	const parts = quoteParts(quote);
	if (parts.length === 0) throw new PassageNotFoundError('empty', quote, 'The quotation is empty.');
	const doc = collapse(text);
	const first = parts[0]!;
	const starts = allIndexes(doc.text, first, 0);
	const matches: Array<Array<[number, number]>> = [];
	for (const s of starts) {
		const spans: Array<[number, number]> = [[s, s + first.length]];
		let cursor = s + first.length;
		let ok = true;
		for (const part of parts.slice(1)) {
			const at = allIndexes(doc.text, part, cursor)[0];
			// The omitted words must not cross a paragraph break (a blank line in the original).
			if (at === undefined || /\n[^\S\n]*\n/.test(text.slice(doc.map[cursor - 1]!, doc.map[at]!))) {
				ok = false;
				break;
			}
			spans.push([at, at + part.length]);
			cursor = at + part.length;
		}
		if (ok) matches.push(spans);
	}
	if (matches.length === 0) {
		const missing = parts.find((p) => allIndexes(doc.text, p, 0).length === 0);
		throw new PassageNotFoundError(
			'not-found',
			quote,
			missing === undefined
				? `The parts of the quotation are in the document but not in this order within one paragraph: "${quote}"`
				: `Not found in the document: "${missing}"`
		);
	}
	if (matches.length > 1) {
		throw new PassageNotFoundError(
			'ambiguous',
			quote,
			`Found ${matches.length} times; quote more words so it is found once: "${quote}"`
		);
	}
	const spans = matches[0]!.map(
		([a, b]) => [doc.map[a]!, doc.map[b - 1]! + 1] as [number, number]
	);
	return { start: spans[0]![0], end: spans[spans.length - 1]![1], parts: spans };
}
