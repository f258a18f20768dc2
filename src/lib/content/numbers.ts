/**
 * Reading a figure as a document writes it ("$30.8 billion", "20 billion dollars", "2.1 trillion
 * yen", "about 2 percent", "69%"), and converting yen to dollars at a cited rate. The charts'
 * values are checked against what these functions read from the documents' own words.
 */

export type FigureUnit = 'percent' | 'USD' | 'JPY';

export interface ReadFigure {
	/** The amount: a percentage as written (69 for "69%"), money in whole units (30.8e9 for "$30.8 billion") */
	amount: number;
	unit: FigureUnit;
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * Read one figure. A comma is read as a thousands separator ("$9,022 billion" is 9,022 billion),
 * which is how English writes numbers; where a document means a decimal comma, a note says so.
 * @throws Error when the words hold no figure this function knows how to read
 */
export function readFigure(written: string): ReadFigure {
	const text = written.replace(/\\\$/g, '$').trim();
	const number = /(\d[\d,]*(?:\.\d+)?)/.exec(text);
	if (!number) throw new Error(`"${written}" holds no number`);
	const base = Number(number[1]!.replace(/,/g, ''));
	const after = text.slice(number.index + number[1]!.length).trim().toLowerCase();
	if (after.startsWith('%') || after.startsWith('percent')) return { amount: base, unit: 'percent' };
	const scaleWord = /^(thousand|million|billion|trillion)\b/.exec(after)?.[1];
	const amount = base * (scaleWord ? SCALE[scaleWord]! : 1);
	if (text.includes('$') || /\bdollars?\b/.test(after)) return { amount, unit: 'USD' };
	if (/\byen\b/.test(after)) return { amount, unit: 'JPY' };
	throw new Error(`"${written}" gives no unit this story knows (%, percent, $, dollars, yen)`);
}

/** A yen amount in billions of US dollars at a rate in yen per dollar. */
export function yenToDollarBillions(yen: number, yenPerDollar: number): number {
	return yen / yenPerDollar / 1e9;
}

/**
 * The yen's annual average rate against the US dollar, in yen per dollar: Board of Governors of
 * the Federal Reserve System, statistical release G.5A, Foreign Exchange Rates (Annual).
 */
export const YEN_PER_DOLLAR: Readonly<Record<number, number>> = { 2009: 93.68, 2010: 87.78 };

export const RATE_SOURCE =
	'Federal Reserve statistical release G.5A, Foreign Exchange Rates (Annual): yen per US dollar, annual average';

/** A number as the story prints it: at most one decimal, the decimal point a point ("23.9", "2.7"). */
export function formatNumber(value: number, decimals = 1): string {
	const fixed = value.toFixed(decimals);
	return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
