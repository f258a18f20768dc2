/**
 * The five documents' words, read here from their files (src/lib/content/documents) independently
 * of the app's parser, for checking that what a page shows is word for word the document's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
export const DOCS = ['bely-2011', 'kishida-2016', 'imamura-2010', 'riac-2012', 'togo-mgimo'];
export const collapse = (s) => s.replace(/\s+/g, ' ').trim();
/** A document's words as a reader sees them: Markdown emphasis, escapes and footnote markers taken out. */
export const docWords = Object.fromEntries(
	DOCS.map((id) => {
		const raw = readFileSync(join(root, 'src/lib/content/documents', `${id}.txt`), 'utf8');
		const words = raw
			.replace(/<sup>\d+<\/sup>/g, '')
			.replace(/\*\*/g, '')
			.replace(/\\([$_*[\]\\])/g, '$1')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/<(https?:[^>]+)>/g, '$1');
		return [id, collapse(words)];
	})
);

/**
 * Whether the words are the document's: found whole, or, for a paragraph the reader rejoins across
 * a page break (the RIAC report's footnotes sit between its halves), as two runs found in order.
 */
export function inDocument(doc, words) {
	const text = collapse(words);
	const full = docWords[doc];
	if (full.includes(text)) return true;
	// The longest opening run the document has, then the rest, after it.
	let lo = 0;
	let hi = text.length;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (full.includes(text.slice(0, mid))) lo = mid;
		else hi = mid - 1;
	}
	const head = text.slice(0, lo);
	const rest = text.slice(lo).trim();
	const at = full.indexOf(head);
	return head.length >= 40 && rest.length >= 10 && full.indexOf(rest, at + head.length) > at;
}
