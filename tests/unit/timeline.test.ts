import { describe, expect, it } from 'vitest';
import { chronological, compareDates, DateError, formatDate, parseDate } from '../../src/lib/content/dates';
import { events } from '../../src/lib/content/events';
import { chapters } from '../../src/lib/server/chapters';
import { layoutTimeline } from '../../src/lib/charts/timeline';
import {
	axisLayout,
	chapterSpan,
	dotFor,
	dragSpan,
	eventMarkers,
	eventsInSpan,
	labelledYears,
	nearerThumb,
	nearestYear,
	spanText,
	stackDots,
	stepSpan,
	widenSpan,
	yearsLabel,
	type TimelineEvent
} from '../../src/lib/state/timeline';
import { storyData } from '../../src/lib/server/story-data';

describe('dates', () => {
	it('reads a year, a month or a day as a span of time', () => {
		const year = parseDate('1855');
		expect(year).toMatchObject({ year: 1855, precision: 'year' });
		expect(year.end - year.start).toBe(365 * 86400e3);
		// 2012 was a leap year: 366 days (Gregorian rule: divisible by 4, century years by 400).
		expect(parseDate('2012').end - parseDate('2012').start).toBe(366 * 86400e3);
		expect(parseDate('2001-03')).toMatchObject({ year: 2001, month: 3, precision: 'month' });
		expect(parseDate('2001-03').end - parseDate('2001-03').start).toBe(31 * 86400e3);
		expect(parseDate('2011-03-11')).toMatchObject({ year: 2011, month: 3, day: 11, precision: 'day' });
		expect(new Date(parseDate('2011-03-11').start).toISOString()).toBe('2011-03-11T00:00:00.000Z');
	});

	it('refuses what is not a date, and says why', () => {
		expect(() => parseDate('2010-13')).toThrow(/no month 13/);
		expect(() => parseDate('2011-02-29')).toThrow(/February 2011 has no day 29/);
		expect(() => parseDate('2012-02-29')).not.toThrow();
		expect(() => parseDate('1900-02-29')).toThrow(DateError); // 1900 was not a leap year
		expect(() => parseDate('March 2011')).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD/);
		expect(() => parseDate('201')).toThrow(DateError);
	});

	it('prints dates as a reader writes them', () => {
		expect(formatDate('1956')).toBe('1956');
		expect(formatDate('2001-03')).toBe('March 2001');
		expect(formatDate('2011-03-11')).toBe('11 March 2011');
		expect(formatDate('1997-11-01/1997-11-02')).toBe('1–2 November 1997');
		expect(formatDate('1945-08-28/1945-09-05')).toBe('28 August – 5 September 1945');
		expect(formatDate('1999-12-31/2000-01-01')).toBe('31 December 1999 – 1 January 2000');
	});

	it('reads days from one to another as one span, and refuses one that runs backwards', () => {
		const d = parseDate('1945-08-28/1945-09-05');
		expect(d).toMatchObject({ year: 1945, month: 8, day: 28, precision: 'days' });
		expect(d.end - d.start).toBe(9 * 86400e3);
		expect(() => parseDate('1945-09-05/1945-08-28')).toThrow(/after the first/);
		expect(() => parseDate('1945-08/1945-09')).toThrow(/YYYY-MM-DD\/YYYY-MM-DD/);
	});

	it('orders by time, a shorter span first where two start together', () => {
		expect(compareDates('1855', '1956')).toBeLessThan(0);
		expect(compareDates('2010-11', '2010-06')).toBeGreaterThan(0);
		expect(compareDates('2010', '2010-01')).toBeGreaterThan(0); // January 2010 ends before the year does
		expect(compareDates('2011-03-11', '2011-03-11')).toBe(0);
		const sorted = chronological([{ date: '2016-09' }, { date: '1855' }, { date: '2010-11-01' }, { date: '2010-06' }]);
		expect(sorted.map((d) => d.date)).toEqual(['1855', '2010-06', '2010-11-01', '2016-09']);
	});
});

describe('the events', () => {
	it('include those the documents speak of, in order, from the 1855 treaty to the 2016 forum', () => {
		const ordered = chronological(events);
		expect(ordered[0]!.id).toBe('treaty-1855');
		expect(ordered.at(-1)!.id).toBe('eastern-economic-forum-2016');
		const years = new Set(events.map((e) => parseDate(e.date).year));
		for (const y of [1855, 1956, 1997, 2000, 2001, 2003, 2007, 2009, 2010, 2011, 2012, 2016]) expect(years).toContain(y);
	});

	it('say where the documents disagree on a date: Heiligendamm, 2006 or 2007', () => {
		const heiligendamm = events.find((e) => e.id === 'heiligendamm-2007')!;
		expect(heiligendamm.passages.some((p) => p.words.includes('2006'))).toBe(true);
		expect(heiligendamm.passages.some((p) => p.words.includes('2007'))).toBe(true);
		expect(heiligendamm.conflict).toMatch(/2006/);
	});

	it('give every chapter’s span at least one event', () => {
		for (const c of chapters.filter((c) => c.timeline))
			expect(eventsInSpan(events.map((e) => ({ year: parseDate(e.date).year })), c.timeline!).length, c.id).toBeGreaterThan(0);
	});
});

describe('the timeline’s layout', () => {
	const layout = layoutTimeline(events);

	it('keeps time in order left to right, and cuts the long empty stretches short', () => {
		const xs = chronological(events).map((e) => layout.dots.find((d) => d.id === e.id)!.x);
		for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThanOrEqual(xs[i - 1]!);
		// A break for every run of more than twelve years without an event (1857–1996 holds none).
		const years = [...new Set(events.map((e) => parseDate(e.date).year))].sort((a, b) => a - b);
		const long = years.slice(1).filter((y, i) => y - years[i]! > 12);
		expect(long).toContain(1997);
		expect(layout.breaks).toHaveLength(long.length);
		// One year's width is the same everywhere outside the breaks.
		const width = (y: number) => layout.years.find((v) => v.year === y)!;
		const year = width(2010).x1 - width(2010).x0;
		expect(year).toBeCloseTo(width(1855).x1 - width(1855).x0, 9);
		// The 101 years from 1855 to 1956 take less than half the room they would at that width.
		expect(width(1956).x0 - width(1855).x0).toBeLessThan((101 * year) / 2);
		expect(layout.years[0]!.x0).toBeGreaterThanOrEqual(0);
		expect(layout.years.at(-1)!.x1).toBeLessThanOrEqual(layout.width);
	});

	it('stacks dots that would touch, and no others', () => {
		expect(stackDots([0, 5, 30, 31, 100], 10)).toEqual([0, 1, 0, 1, 0]);
		expect(stackDots([0, 20, 40], 10)).toEqual([0, 0, 0]);
	});

	it('labels years no closer than the gap asked for', () => {
		expect(labelledYears([{ year: 1, x: 0 }, { year: 2, x: 20 }, { year: 3, x: 40 }, { year: 4, x: 45 }], 30)).toEqual([1, 3]);
	});

	it('finds the year under a point of the axis, the nearest where none is', () => {
		const years = [
			{ year: 1956, x0: 10, x1: 20 },
			{ year: 1997, x0: 50, x1: 60 }
		];
		expect(nearestYear(15, years)).toBe(1956);
		expect(nearestYear(30, years)).toBe(1956);
		expect(nearestYear(45, years)).toBe(1997);
		expect(nearestYear(999, years)).toBe(1997);
	});
});

describe('the scrubber’s keys', () => {
	const years = [1855, 1956, 1997, 2000, 2001, 2003, 2007, 2009, 2010, 2011, 2012, 2015, 2016];
	const span = { from: 2000, to: 2010 };
	it('step from one event year to the next, a decade at a time, or to the ends', () => {
		expect(stepSpan(span, 'from', 'ArrowRight', years)).toEqual({ from: 2001, to: 2010 });
		expect(stepSpan(span, 'from', 'ArrowLeft', years)).toEqual({ from: 1997, to: 2010 });
		expect(stepSpan(span, 'to', 'ArrowUp', years)).toEqual({ from: 2000, to: 2011 });
		expect(stepSpan(span, 'to', 'PageDown', years)).toEqual({ from: 2000, to: 2000 });
		expect(stepSpan(span, 'from', 'PageDown', years)).toEqual({ from: 1956, to: 2010 });
		expect(stepSpan(span, 'from', 'Home', years)).toEqual({ from: 1855, to: 2010 });
		expect(stepSpan(span, 'to', 'End', years)).toEqual({ from: 2000, to: 2016 });
		expect(stepSpan(span, 'to', 'Tab', years)).toBeNull();
	});
	it('never let one end pass the other, nor leave the years', () => {
		expect(stepSpan(span, 'from', 'End', years)).toEqual({ from: 2010, to: 2010 });
		expect(stepSpan(span, 'to', 'Home', years)).toEqual({ from: 2000, to: 2000 });
		expect(stepSpan({ from: 1855, to: 2016 }, 'from', 'ArrowLeft', years)).toEqual({ from: 1855, to: 2016 });
		expect(stepSpan({ from: 1855, to: 2016 }, 'to', 'ArrowRight', years)).toEqual({ from: 1855, to: 2016 });
	});
});

describe('the scrubber’s pointer and the dots’ keys', () => {
	const years = [
		{ year: 1956, x0: 0, x1: 100 },
		{ year: 2001, x0: 400, x1: 500 },
		{ year: 2010, x0: 800, x1: 900 }
	];
	it('give the pointer the nearer end of the span, or the end on its side outside it', () => {
		const span = { from: 1956, to: 2010 };
		expect(nearerThumb(-50, span, years)).toBe('from');
		expect(nearerThumb(300, span, years)).toBe('from');
		expect(nearerThumb(600, span, years)).toBe('to');
		expect(nearerThumb(950, { from: 1956, to: 2001 }, years)).toBe('to');
	});
	it('never drag one end past the other', () => {
		expect(dragSpan({ from: 2001, to: 2001 }, 'from', 2010)).toEqual({ from: 2001, to: 2001 });
		expect(dragSpan({ from: 1956, to: 2001 }, 'to', 2010)).toEqual({ from: 1956, to: 2010 });
		expect(dragSpan({ from: 2001, to: 2010 }, 'to', 1956)).toEqual({ from: 2001, to: 2001 });
	});
	it('move through the dots with the arrows, Home and End, and stop at the ends', () => {
		expect(dotFor('ArrowRight', 2, 5)).toBe(3);
		expect(dotFor('ArrowUp', 0, 5)).toBe(0);
		expect(dotFor('ArrowDown', 4, 5)).toBe(4);
		expect(dotFor('End', 1, 5)).toBe(4);
		expect(dotFor('Home', 3, 5)).toBe(0);
		expect(dotFor('Enter', 3, 5)).toBeNull();
	});
	it('say a span in words', () => {
		expect(spanText({ from: 2011, to: 2011 })).toBe('2011');
		expect(spanText({ from: 2007, to: 2011 })).toBe('2007 to 2011');
	});
	it('take a chapter’s own span, or every year, and widen a span to an event outside it', () => {
		const all = { from: 1855, to: 2016 };
		expect(chapterSpan({ timeline: { from: 2007, to: 2011 } }, all)).toEqual({ from: 2007, to: 2011 });
		expect(chapterSpan({}, all)).toBe(all);
		expect(widenSpan({ from: 2007, to: 2011 }, 2003)).toEqual({ from: 2003, to: 2011 });
		expect(widenSpan({ from: 2007, to: 2011 }, 2015)).toEqual({ from: 2007, to: 2015 });
		const span = { from: 2007, to: 2011 };
		expect(widenSpan(span, 2009)).toBe(span);
	});
	it('draw the axis at the width it has: the span’s band from its first year’s start to its last year’s end', () => {
		const data = { events: [], years, breaks: [], minor: [], width: 1000 };
		const layout = axisLayout(data, { from: 2001, to: 2010 }, 500);
		expect(layout.px(1000)).toBe(500);
		expect(layout.band).toEqual([200, 450]);
		expect(layout.height).toBe(layout.axisY + 22);
	});
});

describe('the map’s event markers', () => {
	const at: [number, number] = [37.6, 55.8];
	const ev = (id: string, year: number, place = 'moscow'): TimelineEvent => ({
		id,
		date: String(year),
		when: String(year),
		year,
		title: id,
		places: [{ id: place, name: place, at }],
		passages: [],
		sources: [],
		x: 0
	});
	const list = [ev('a', 1956), ev('b', 2003), ev('c', 2011), ev('d', 2015), ev('e', 2001, 'irkutsk')];

	it('hold only the events in the span, one marker per place', () => {
		const markers = eventMarkers(list, { from: 2000, to: 2011 });
		expect(markers.features.map((f) => f.properties!.place).sort()).toEqual(['irkutsk', 'moscow']);
		const moscow = markers.features.find((f) => f.properties!.place === 'moscow')!;
		expect(moscow.properties!.events).toBe('b,c');
		expect(moscow.properties!.label).toBe('2003 · 2011');
		expect(eventMarkers(list, { from: 1990, to: 1999 }).features).toEqual([]);
	});

	it('mark the place of the chosen event', () => {
		const markers = eventMarkers(list, { from: 1855, to: 2016 }, 'e');
		expect(markers.features.find((f) => f.properties!.place === 'irkutsk')!.properties!.selected).toBe(true);
		expect(markers.features.find((f) => f.properties!.place === 'moscow')!.properties!.selected).toBe(false);
	});

	it('give a busy place a count instead of a long list of years', () => {
		expect(yearsLabel([2001])).toBe('2001');
		expect(yearsLabel([2010, 2010])).toBe('2010');
		expect(yearsLabel([1956, 2003, 2011])).toBe('3 events');
	});
});

describe('what the build gives the page', () => {
	const { timeline } = storyData();
	it('links every event’s passages into the reader, in date order, and names a source where the documents are silent', () => {
		expect(timeline.events.map((e) => e.id)).toEqual(chronological(events).map((e) => e.id));
		for (const e of timeline.events) {
			expect(e.passages.length + e.sources.length, e.id).toBeGreaterThan(0);
			for (const s of e.sources) expect(s.title && s.publisher, e.id).toBeTruthy();
			for (const p of e.passages) expect(p.anchor, `${e.id}: ${p.words}`).toMatch(/^(p\d+|fn-\d+)$/);
			for (const p of e.places) expect(p.at.every(Number.isFinite), `${e.id} at ${p.id}`).toBe(true);
		}
	});
});

describe('the markers’ events', () => {
	it('are read from markers holding several events each, once each, sorted', async () => {
		const { markerEventIds } = await import('../../src/lib/state/timeline');
		const { markFirst } = await import('../../src/lib/geo/place-features');
		const markers = {
			type: 'FeatureCollection' as const,
			features: [
				{ type: 'Feature' as const, properties: { place: 'moscow', events: 'b-2003,a-2001' }, geometry: { type: 'Point' as const, coordinates: [37.6, 55.8] } },
				{ type: 'Feature' as const, properties: { place: 'sochi', events: 'a-2001' }, geometry: { type: 'Point' as const, coordinates: [39.7, 43.6] } }
			]
		};
		expect(markerEventIds(markers.features)).toBe('a-2001,b-2003');
		expect(markerEventIds([])).toBe('');
		// A chapter's own places marked by the property that names their place.
		expect(markFirst(markers, ['sochi'], 'place').features.map((f) => (f.properties as { first?: boolean }).first ?? false)).toEqual([false, true]);
	});
});
