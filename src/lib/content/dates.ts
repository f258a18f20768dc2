/**
 * Dates as the story gives them: a year ("1855"), a month ("2001-03"), a day ("2011-03-11") or
 * days from one to another ("1945-08-28/1945-09-05", as ISO 8601 writes an interval), never more
 * precise than what is known. A date is a span of time (a year-only date covers the whole year),
 * which is what the timeline draws and orders by.
 */

export type DatePrecision = 'year' | 'month' | 'day' | 'days';

export interface StoryDate {
	year: number;
	/** 1–12, when known */
	month?: number;
	/** 1–31, when known */
	day?: number;
	precision: DatePrecision;
	/** For days from one to another, the last day */
	until?: StoryDate;
	/** The first moment of the span, in ms since 1970 (UTC) */
	start: number;
	/** Just past the span's last moment */
	end: number;
}

const FORMAT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** Days in a month of the proleptic Gregorian calendar. */
function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export class DateError extends Error {
	constructor(readonly input: string, detail: string) {
		super(`"${input}" is not a date: ${detail}`);
		this.name = 'DateError';
	}
}

/**
 * Parse "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY-MM-DD/YYYY-MM-DD".
 * @throws DateError naming the input and what is wrong with it
 */
export function parseDate(input: string): StoryDate {
	if (input.includes('/')) {
		const [a = '', b = '', ...rest] = input.split('/');
		const from = parseDate(a);
		const to = parseDate(b);
		if (rest.length || from.precision !== 'day' || to.precision !== 'day')
			throw new DateError(input, 'write days from one to another as YYYY-MM-DD/YYYY-MM-DD');
		if (to.start <= from.start) throw new DateError(input, 'the last day must come after the first');
		return { ...from, precision: 'days', until: to, end: to.end };
	}
	const m = FORMAT.exec(input);
	if (!m) throw new DateError(input, 'write it as YYYY, YYYY-MM or YYYY-MM-DD');
	const year = Number(m[1]);
	if (m[2] === undefined) return { year, precision: 'year', start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
	const month = Number(m[2]);
	if (month < 1 || month > 12) throw new DateError(input, `there is no month ${month}`);
	if (m[3] === undefined)
		return { year, month, precision: 'month', start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
	const day = Number(m[3]);
	if (day < 1 || day > daysIn(year, month)) throw new DateError(input, `${MONTHS[month - 1]} ${year} has no day ${day}`);
	return { year, month, day, precision: 'day', start: Date.UTC(year, month - 1, day), end: Date.UTC(year, month - 1, day + 1) };
}

/** "1855", "March 2001", "11 March 2011", "28 August – 5 September 1945". */
export function formatDate(input: string | StoryDate): string {
	const d = typeof input === 'string' ? parseDate(input) : input;
	if (d.precision === 'year') return String(d.year);
	if (d.precision === 'days' && d.until) {
		const to = d.until;
		if (to.year !== d.year) return `${d.day} ${MONTHS[d.month! - 1]} ${d.year} – ${formatDate(to)}`;
		if (to.month !== d.month) return `${d.day} ${MONTHS[d.month! - 1]} – ${formatDate(to)}`;
		return `${d.day}–${formatDate(to)}`;
	}
	const month = MONTHS[d.month! - 1];
	return d.precision === 'month' ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** Chronological order: by start, then the shorter span first (11 March 2011 before "March 2011"). */
export function compareDates(a: string | StoryDate, b: string | StoryDate): number {
	const x = typeof a === 'string' ? parseDate(a) : a;
	const y = typeof b === 'string' ? parseDate(b) : b;
	return x.start - y.start || x.end - y.end;
}

/** Items sorted by their dates (a stable sort: equal dates keep their order). */
export function chronological<T extends { date: string }>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => compareDates(a.date, b.date));
}
