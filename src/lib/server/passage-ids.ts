/**
 * Passage ids that do not move. A passage's id (`riac-2012#p47`) is its place in its document, and
 * lessons, shared links and the readers' anchors all point at it. src/content/passages.json records
 * the opening words of every passage under its id; the build fails when an id would now point at
 * other words (the paragraphs were split differently, a document was replaced), or when a passage
 * has no record yet. To record the passages deliberately, after checking that no lesson needs the
 * old ids: `npm run record:passages`.
 */
import type { CorpusDocument } from '../corpus/corpus';

export const PASSAGES_FILE = 'src/content/passages.json';
/** How many characters of a passage's opening the record keeps: enough to tell passages apart */
export const OPENING_LENGTH = 60;

/** Document id → passage anchor → the passage's opening words */
export type PassageRecord = Record<string, Record<string, string>>;

const opening = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, OPENING_LENGTH);

/** The record of every passage as the documents split now. */
export function recordPassages(corpus: ReadonlyMap<string, CorpusDocument>): PassageRecord {
	const out: PassageRecord = {};
	for (const [id, doc] of [...corpus].sort(([a], [b]) => a.localeCompare(b)))
		out[id] = Object.fromEntries([...doc.blocks, ...doc.footnotes].map((p) => [p.anchor, opening(p.text)]));
	return out;
}

/** Every id that would point at other words than it did, or is not recorded; empty when all hold. */
export function passageIdProblems(corpus: ReadonlyMap<string, CorpusDocument>, record: PassageRecord): string[] {
	const problems: string[] = [];
	const now = recordPassages(corpus);
	const fix = `if the change is meant, and no lesson or link needs the old ids, run npm run record:passages`;
	for (const [doc, passages] of Object.entries(record)) {
		for (const [anchor, words] of Object.entries(passages)) {
			const current = now[doc]?.[anchor];
			if (current === undefined) problems.push(`${PASSAGES_FILE}: ${doc}#${anchor} (“${words}”) no longer exists: ${fix}`);
			else if (current !== words) problems.push(`${PASSAGES_FILE}: ${doc}#${anchor} was “${words}” and would now be “${current}”: ${fix}`);
		}
	}
	for (const [doc, passages] of Object.entries(now))
		for (const anchor of Object.keys(passages))
			if (record[doc]?.[anchor] === undefined) problems.push(`${PASSAGES_FILE}: ${doc}#${anchor} is not recorded: run npm run record:passages`);
	return problems;
}
