/**
 * Stable passage ids (lib/server/passage-ids.ts): the documents as they split now against the
 * record made when the ids were first given out (src/content/passages.json). With
 * RECORD_PASSAGES=1 (npm run record:passages) this file writes the record instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpus, documentTexts, mentionFinder } from '../../src/lib/server/content';
import { documents } from '../../src/lib/content/documents';
import { indexDocument } from '../../src/lib/corpus/corpus';
import { PASSAGES_FILE, passageIdProblems, recordPassages, type PassageRecord } from '../../src/lib/server/passage-ids';

const RECORDING = process.env.RECORD_PASSAGES === '1';

describe('passage ids', () => {
	// npm run record:passages: this file records the ids instead of checking them
	if (RECORDING) {
		it('are recorded', () => {
			writeFileSync(PASSAGES_FILE, `${JSON.stringify(recordPassages(corpus()), null, '\t')}\n`);
		});
		return;
	}

	it('point at the words they pointed at when they were recorded', () => {
		const record = JSON.parse(readFileSync(PASSAGES_FILE, 'utf8')) as PassageRecord;
		expect(Object.keys(record).sort()).toEqual(documents.map((d) => d.id).sort());
		expect(passageIdProblems(corpus(), record)).toEqual([]);
	});

	it('fail when a document is split differently: every id after the change names its new words', () => {
		const record = JSON.parse(readFileSync(PASSAGES_FILE, 'utf8')) as PassageRecord;
		const doc = documents.find((d) => d.id === 'bely-2011')!;
		// A paragraph break added inside the document's second paragraph
		const raw = documentTexts.get(doc.id)!;
		const second = corpus().get(doc.id)!.blocks[1]!.text;
		const cut = second.indexOf(' ', 40);
		const at = raw.indexOf(second.slice(cut - 20, cut));
		expect(at).toBeGreaterThan(0);
		const split = `${raw.slice(0, at + 20)}\n\n${raw.slice(at + 21)}`;
		const changed = new Map(corpus());
		changed.set(doc.id, indexDocument({ id: doc.id, raw: split, format: doc.format }, mentionFinder));
		const problems = passageIdProblems(changed, record);
		expect(problems.length).toBeGreaterThan(1);
		// The split paragraph now ends sooner, and the next id points at its second half
		expect(problems[0]).toBe(
			`${PASSAGES_FILE}: bely-2011#p2 was “${record['bely-2011']!.p2}” and would now be “${second.slice(0, cut)}”: if the change is meant, and no lesson or link needs the old ids, run npm run record:passages`
		);
		expect(problems[1]).toMatch(new RegExp(`^${PASSAGES_FILE}: bely-2011#p3 was “${record['bely-2011']!.p3}” and would now be “${second.slice(cut + 1, cut + 21)}`));
		expect(problems.at(-1)).toMatch(/bely-2011#p\d+ is not recorded: run npm run record:passages$/);
	});
});
