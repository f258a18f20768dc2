import { describe, expect, it } from 'vitest';
import { findQuote, PassageNotFoundError, quoteParts } from '../../src/lib/corpus/quote';

const text = `First paragraph about   the Kuril
Islands and Sakhalin.

Second paragraph: the humanitarian help toJapanfrom theRussia softened hearts. The Kuril Islands again.`;

function problemOf(fn: () => unknown) {
	try {
		fn();
	} catch (e) {
		if (e instanceof PassageNotFoundError) return e.problem;
		throw e;
	}
	return 'found';
}

describe('findQuote', () => {
	it('finds an exact quotation and returns its span in the original text', () => {
		const m = findQuote(text, 'Islands and Sakhalin.');
		expect(text.slice(m.start, m.end)).toBe('Islands and Sakhalin.');
	});

	it('ignores differences of whitespace, including line breaks', () => {
		const m = findQuote(text, 'about the Kuril Islands and Sakhalin');
		expect(text.slice(m.start, m.end)).toBe('about   the Kuril\nIslands and Sakhalin');
	});

	it('keeps run-together words: the cleaned-up spelling is not the document', () => {
		expect(problemOf(() => findQuote(text, 'help to Japan from the Russia'))).toBe('not-found');
		const m = findQuote(text, 'help toJapanfrom theRussia');
		expect(text.slice(m.start, m.end)).toBe('help toJapanfrom theRussia');
	});

	it('treats an ellipsis as an omission, finding each part in order', () => {
		const m = findQuote(text, 'First paragraph … and Sakhalin.');
		expect(m.parts).toHaveLength(2);
		expect(text.slice(m.parts[0]![0], m.parts[0]![1])).toBe('First paragraph');
		expect(text.slice(m.parts[1]![0], m.parts[1]![1])).toBe('and Sakhalin.');
		// Only the ellipsis character marks an omission: three full stops are the document's own.
		expect(quoteParts('a … b...c')).toEqual(['a', 'b...c']);
	});

	it('never lets an omission stitch two paragraphs together', () => {
		expect(() => findQuote(text, 'First paragraph … softened hearts.')).toThrow(/within one paragraph/);
	});

	it('starts and ends a quotation on word boundaries', () => {
		expect(problemOf(() => findQuote(text, 'ril Islands and'))).toBe('not-found');
		expect(problemOf(() => findQuote(text, 'Second paragra'))).toBe('not-found');
		expect(problemOf(() => findQuote(text, 'humanitarian help toJapan'))).toBe('not-found');
		expect(findQuote(text, 'humanitarian help toJapanfrom theRussia').parts).toHaveLength(1);
	});

	it('reports parts that are present but out of order', () => {
		expect(() => findQuote(text, 'Second paragraph … First paragraph')).toThrow(/not in this order/);
	});

	it('reports a quotation that is not in the document, naming the missing words', () => {
		expect(() => findQuote(text, 'the Habomai islets')).toThrow(/Not found in the document: "the Habomai islets"/);
		expect(problemOf(() => findQuote(text, 'Kuril islands'))).toBe('not-found');
	});

	it('reports a quotation found more than once', () => {
		expect(problemOf(() => findQuote(text, 'Kuril Islands'))).toBe('ambiguous');
		expect(() => findQuote(text, 'Kuril')).toThrow(/Found 2 times/);
	});

	it('rejects an empty quotation', () => {
		expect(problemOf(() => findQuote(text, '  … '))).toBe('empty');
	});
});
