/** The data for download (/data), parsed by a CSV parser and set against the app's own data. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { events } from '../../src/lib/content/events';
import { figures } from '../../src/lib/content/figures';
import { csv, eventsCsv, figuresCsv, passagesJson } from '../../src/lib/server/downloads';
import { EVENT_COLUMNS, FIGURE_COLUMNS } from '../../src/lib/data-fields';

const rows = (text: string) => parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

describe('the CSV writer', () => {
	it('quotes what needs quoting, so a parser reads back the same fields', () => {
		const fields = ['plain', 'a, comma', 'a "quote"', 'two\nlines', '', '¶ 12 · 北方領土'];
		expect(parse(csv([fields]))).toEqual([fields]);
	});
});

describe('events.csv', () => {
	const text = eventsCsv('');
	const parsed = rows(text);
	it('parses, with the columns the data page describes', () => {
		expect(Object.keys(parsed[0]!)).toEqual([...EVENT_COLUMNS]);
	});
	it('has every event, each of its passages with the document’s exact words and a link to its paragraph, and each primary source', () => {
		for (const e of events) {
			const own = parsed.filter((r) => r.event_id === e.id);
			expect(own.length, e.id).toBe(e.passages.length + (e.sources?.length ?? 0));
			for (const p of e.passages) {
				const row = own.find((r) => r.source_kind === 'document' && r.words === p.words)!;
				expect(row, `${e.id} ${p.words}`).toBeTruthy();
				// a paragraph (#p12, "¶ 12") or a footnote (#fn-26, "note 26")
				const url = row.url ?? '';
				const [, kind, n] = /^\/sources\/[a-z0-9-]+#(p|fn-)(\d+)$/.exec(url) ?? [];
				expect(url.startsWith(`/sources/${p.doc}#`) && n, url).toBeTruthy();
				expect(row.paragraph).toBe(kind === 'p' ? `¶ ${n}` : `note ${n}`);
			}
			expect(own.every((r) => r.date === e.date && r.title === e.title && r.place_ids === e.places.join(';'))).toBe(true);
		}
		// the outline of Ambassador Bely's talk is cited as the story cites it
		expect(parsed.filter((r) => r.doc === 'bely-2011').every((r) => r.author === 'Mikhail M. Bely (outline by JFIR)')).toBe(true);
	});
});

describe('figures.csv', () => {
	const parsed = rows(figuresCsv(''));
	it('parses, with every charted value and the words that state it', () => {
		expect(Object.keys(parsed[0]!)).toEqual([...FIGURE_COLUMNS]);
		const values = figures.flatMap((f) => f.data.map((d) => [f.id, d.label, d.series ?? '', d.value, d.source.words]));
		expect(parsed.map((r) => [r.figure_id, r.label, r.series, Number(r.value), r.words])).toEqual(values);
		for (const r of parsed) expect(r.words, r.figure_id).toContain(r.figure_as_written);
	});
});

describe('passages.json', () => {
	const { documents, passages } = passagesJson('');
	it('has the five documents and their passages, each with the places it names and a link', () => {
		expect(documents.map((d) => d.id).sort()).toEqual(['bely-2011', 'imamura-2010', 'kishida-2016', 'riac-2012', 'togo-mgimo']);
		expect(passages.length).toBeGreaterThan(200);
		const named = passages.filter((p) => p.places.includes('kunashir'));
		expect(named.length).toBeGreaterThan(0);
		for (const p of passages) expect(p.url).toBe(`/sources/${p.doc}#${p.anchor}`);
	});
});
