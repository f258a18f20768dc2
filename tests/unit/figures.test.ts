import { describe, expect, it } from 'vitest';
import { figures, type Figure } from '../../src/lib/content/figures';
import { events } from '../../src/lib/content/events';
import { chapters } from '../../src/lib/server/chapters';
import { places } from '../../src/lib/content/places';
import { readFigure, yenToDollarBillions, YEN_PER_DOLLAR } from '../../src/lib/content/numbers';
import { contentProblems } from '../../src/lib/server/validate';
import { locateQuote } from '../../src/lib/corpus/corpus';
import { layoutChart } from '../../src/lib/charts/layout';
import { corpus, regionLandIds } from '../../src/lib/server/content';

const input = { chapters, places, landIds: regionLandIds(), corpus: corpus(), events, figures };

describe('reading figures as the documents write them', () => {
	it('reads dollars, yen and percentages, with their scale words', () => {
		expect(readFigure('$30.8 billion')).toEqual({ amount: 30.8e9, unit: 'USD' });
		expect(readFigure('\\$30.8 billion')).toEqual({ amount: 30.8e9, unit: 'USD' });
		expect(readFigure('20 billion dollars')).toEqual({ amount: 20e9, unit: 'USD' });
		expect(readFigure('2.1 trillion yen')).toEqual({ amount: 2.1e12, unit: 'JPY' });
		expect(readFigure('about 2 percent')).toEqual({ amount: 2, unit: 'percent' });
		expect(readFigure('22.5%')).toEqual({ amount: 22.5, unit: 'percent' });
		expect(readFigure('$283.8 million')).toEqual({ amount: 283.8e6, unit: 'USD' });
	});
	it('reads a comma as English writes it, a thousands separator', () => {
		// The RIAC report's "$9,022 billion" means 9.022 billion (a decimal comma): a note says so.
		expect(readFigure('$9,022 billion').amount).toBe(9.022e12);
	});
	it('says what it cannot read', () => {
		expect(() => readFigure('many')).toThrow(/no number/);
		expect(() => readFigure('30 apples')).toThrow(/no unit/);
	});
});

describe('the JFIR talk’s conversion', () => {
	it('is ten times too large: 2.1 trillion yen was about 24 billion dollars in 2010', () => {
		// The collection's notes (and the 2010 annual average of about 88 yen to the dollar) put it at
		// "about 24 billion dollars"; the talk says "more than 240 billion dollars".
		const dollars = yenToDollarBillions(2.1e12, YEN_PER_DOLLAR[2010]!);
		expect(dollars).toBeGreaterThan(23.5);
		expect(dollars).toBeLessThan(24.5);
		expect(240 / dollars).toBeGreaterThan(9.5);
		const trade = figures.find((f) => f.id === 'trade-volume')!;
		expect(trade.notes[0]).toContain('“more than 240 billion dollars”');
		expect(trade.notes[0]).toContain('23.9 billion dollars');
	});
	it('is shown as the documents write it, beside the corrected value', () => {
		const trade = figures.find((f) => f.id === 'trade-volume')!;
		const converted = trade.data.filter((d) => d.convertedAt);
		expect(converted.map((d) => d.source.figure)).toEqual(['1.1 trillion yen', '2.1 trillion yen']);
	});
});

describe('every charted value', () => {
	it('comes from words found verbatim in its document, which state that very value', () => {
		for (const figure of figures) {
			for (const d of figure.data) {
				const where = `${figure.id} / ${d.label} ${d.series ?? ''}`;
				const { passage, parts } = locateQuote(corpus().get(d.source.doc)!, d.source.words);
				const quoted = passage.text.slice(parts[0]![0], parts.at(-1)![1]);
				expect(quoted, where).toContain(d.source.figure);
				// Independently of the reader: the value charted is written in the words (for a conversion,
				// the yen amount is, and the rate is one of the cited ones).
				if (d.convertedAt) expect(Object.values(YEN_PER_DOLLAR), where).toContain(d.convertedAt);
				else expect(quoted.replace(/\\/g, ''), where).toMatch(new RegExp(`(^|[^\\d.])${String(d.value).replace('.', '\\.')}(?![\\d])`));
				const read = readFigure(d.source.figure);
				const value =
					read.unit === 'percent' ? read.amount : read.unit === 'USD' ? read.amount / 1e9 : read.amount / d.convertedAt! / 1e9;
				expect(d.value, where).toBeCloseTo(value, 9);
			}
		}
	});

	it('is charted in at least four charts, across the chapters on trade, Sakhalin and opinion', () => {
		expect(figures.length).toBeGreaterThanOrEqual(4);
		expect(new Set(figures.map((f) => f.chapter))).toEqual(new Set(['trade', 'sakhalin', 'public-opinion']));
	});
});

describe('what does not add up', () => {
	it('is stated with its arithmetic', () => {
		const sectors = figures.find((f) => f.id === 'investment-sectors')!;
		// 86.7 + 5.1 + 4.4 + 1.1 = 97.3 (by hand), leaving 2.7.
		expect(sectors.notes[0]).toContain('= 97.3%');
		expect(sectors.notes[0]).toContain('2.7% is not accounted for');
		// 9.022 / 114.746 ≈ 0.0786 (114.746 × 0.0786 = 9.019), not the 3% the report gives.
		expect(sectors.notes.join(' ')).toContain('= 7.9%');
	});
});

describe('the charts’ geometry', () => {
	it('draws every value at a length proportional to it, on one scale per chart', () => {
		for (const figure of figures) {
			const layout = layoutChart(figure);
			expect(layout.marks).toHaveLength(figure.data.length);
			for (const m of layout.marks) {
				const drawn =
					layout.kind === 'bars' ? m.width : layout.kind === 'columns' ? m.height : layout.zero - m.y;
				expect(drawn / layout.unitsPerValue, `${figure.id}: ${m.label}`).toBeCloseTo(figure.data[m.index]!.value, 6);
				expect(m.x).toBeGreaterThanOrEqual(0);
				expect(m.x + m.width).toBeLessThanOrEqual(layout.width);
				expect(m.y).toBeGreaterThanOrEqual(0);
				expect(m.y + m.height).toBeLessThanOrEqual(layout.height);
			}
			// The value axis starts at zero, where the bars start.
			expect(['0%', '$0 bn']).toContain(layout.ticks[0]!.label);
			expect(layout.ticks[0]!.pos).toBeCloseTo(layout.zero, 9);
		}
	});

	it('draws a converted value hollow, and says so in its label', () => {
		const layout = layoutChart(figures.find((f) => f.id === 'trade-volume')!);
		expect(layout.marks.filter((m) => m.hollow).map((m) => m.label)).toEqual(['2009', '2010']);
		expect(layout.marks.find((m) => m.label === '2010')!.text).toBe('≈ $23.9 bn');
		expect(layout.marks.find((m) => m.label === '2011')!.text).toBe('$30.8 bn');
	});

	it('runs a vertical value axis’s grid under every mark, inside the chart, with its labels to the left', () => {
		for (const figure of figures) {
			const layout = layoutChart(figure);
			if (layout.valueAxis === 'x') {
				expect(layout.grid).toBeNull();
				continue;
			}
			const grid = layout.grid!;
			for (const m of layout.marks) {
				expect(m.x, `${figure.id}: ${m.label}`).toBeGreaterThanOrEqual(grid.from);
				expect(m.x + m.width).toBeLessThanOrEqual(grid.to);
			}
			expect(grid.labelX).toBeLessThan(grid.from);
			expect(grid.labelX).toBeGreaterThan(0);
			expect(grid.to).toBeLessThanOrEqual(layout.width);
		}
	});

	it('puts shares of a whole on a scale to 100%', () => {
		const layout = layoutChart(figures.find((f) => f.id === 'sakhalin-stakes')!);
		expect(layout.ticks.at(-1)!.label).toBe('100%');
		expect(layout.far - layout.zero).toBeCloseTo(100 * layout.unitsPerValue, 6);
	});
});

describe('the build’s checks of figures and events', () => {
	it('find no problem in the story as it is', () => {
		expect(contentProblems(input)).toEqual([]);
	});

	const changed = (figure: Figure, change: Partial<Figure['data'][number]>): Figure => ({
		...figure,
		data: figure.data.map((d, i) => (i === 0 ? { ...d, ...change } : d))
	});

	it('fail a value that is not what its words say, naming the file and the words', () => {
		const bad = changed(figures[0]!, { value: 21 });
		const problems = contentProblems({ ...input, figures: [bad] });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('src/lib/content/figures.ts');
		expect(problems[0]).toContain('"20 billion dollars"');
	});

	it('fail words that are not in the document, and a figure not in its words', () => {
		const notThere = changed(figures[0]!, { source: { doc: 'togo-mgimo', words: 'In 2007, trade reached 20 billion dollars.', figure: '20 billion dollars' } });
		expect(contentProblems({ ...input, figures: [notThere] }).join('\n')).toMatch(/Not found in the document: "In 2007, trade reached/);
		const wrongFigure = changed(figures[0]!, { source: { ...figures[0]!.data[0]!.source, figure: '21 billion dollars' } });
		expect(contentProblems({ ...input, figures: [wrongFigure] }).join('\n')).toMatch(/"21 billion dollars" is not in its words/);
	});

	it('fail a yen figure charted without its rate', () => {
		const trade = figures.find((f) => f.id === 'trade-volume')!;
		const noRate = { ...trade, data: trade.data.map((d) => ({ ...d, convertedAt: undefined })) };
		expect(contentProblems({ ...input, figures: [noRate] }).join('\n')).toMatch(/needs the rate it is converted at/);
	});

	it('fail words put in quotation marks in a note that the documents do not have', () => {
		const note = { ...figures[0]!, notes: ['The talk says “more than 250 billion dollars”.'] };
		expect(contentProblems({ ...input, figures: [note] }).join('\n')).toMatch(/“more than 250 billion dollars” in quotation marks/);
	});

	it('fail an event with a bad date, an unknown place, words not found, or a year no passage states', () => {
		const base = events[0]!;
		const problems = contentProblems({
			...input,
			events: [
				{ ...base, id: 'a', date: '1855-13' },
				{ ...base, id: 'b', places: ['atlantis'] },
				{ ...base, id: 'c', passages: [{ doc: 'riac-2012', words: 'signed in 1856' }] },
				{ ...base, id: 'd', date: '1854', note: undefined }
			]
		});
		expect(problems.join('\n')).toMatch(/event "a": "1855-13" is not a date/);
		expect(problems.join('\n')).toMatch(/event "b" is placed at "atlantis"/);
		expect(problems.join('\n')).toMatch(/event "c" cites riac-2012: Not found in the document: "signed in 1856"/);
		expect(problems.join('\n')).toMatch(/event "d": no passage it cites states the year 1854/);
	});

	it('fail a chapter span whose ends are not years that hold events (the scrubber stops only there)', () => {
		const [first, ...rest] = chapters;
		for (const span of [
			{ from: 1900, to: 1910 },
			{ from: 1999, to: 2010 },
			{ from: 2010, to: 2009 }
		]) {
			const problems = contentProblems({ ...input, chapters: [{ ...first!, timeline: span }, ...rest] });
			expect(problems.join('\n'), `${span.from}–${span.to}`).toMatch(new RegExp(`timeline span ${span.from}–${span.to} must`));
		}
	});

	it('fail a date conflict whose words are not in the text, or whose stated words lack the year', async () => {
		const { documents } = await import('../../src/lib/content/documents');
		const togo = documents.find((d) => d.id === 'togo-mgimo')!;
		const broken = {
			...togo,
			dateConflict: { ...togo.dateConflict!, stated: 'the 9th conference of Russian and Japanese scientists', evidence: [{ words: 'in July 2012', says: 'x' }] }
		};
		const problems = contentProblems({ ...input, documents: documents.map((d) => (d.id === 'togo-mgimo' ? broken : d)) }).join('\n');
		expect(problems).toMatch(/date conflict cites words not in the text: Not found in the document: "in July 2012"/);
		expect(problems).toMatch(/do not state the year 2009/);
	});
});
