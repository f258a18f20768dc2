/**
 * The timeline's geometry, computed with d3-scale when the site is built. Time runs left to right
 * at one rate, except that long empty stretches (1855 to 1956, 1956 to 1997) are cut short and
 * drawn as breaks in the axis, so that the crowded recent years get the room. Which years to label
 * and how to stack dots that would touch depend on the width the page has, so the page decides
 * those (src/lib/state/timeline.ts).
 */
import { scaleLinear } from 'd3-scale';
import { parseDate } from '$lib/content/dates';
import type { StoryEvent } from '$lib/content/events';

export const TIMELINE_WIDTH = 1000;

export interface TimelineLayout {
	width: number;
	/** The years that hold events: the scrubber's stops, with where each year starts and ends */
	years: { year: number; x0: number; x1: number }[];
	/** Where the axis is cut short, in x */
	breaks: number[];
	/** Small ticks at the start of each year without events, outside the breaks */
	minor: number[];
	/** Each event's dot: where it sits along the axis */
	dots: { id: string; x: number }[];
}

/** A longer run of years than this without an event is drawn as a break. */
const LONG_GAP = 12;
/** How much room a break takes, in years' worth of width */
const BREAK_YEARS = 3;

export function layoutTimeline(events: readonly StoryEvent[], width = TIMELINE_WIDTH): TimelineLayout {
	const dated = events.map((e) => ({ event: e, date: parseDate(e.date) }));
	const years = [...new Set(dated.map((d) => d.date.year))].sort((a, b) => a - b);
	// A piecewise-linear scale: one unit per year, and a short stretch for each long gap.
	const domain: number[] = [years[0]!];
	const range: number[] = [0];
	const breaks: number[] = [];
	for (let i = 1; i < years.length; i++) {
		const gap = years[i]! - years[i - 1]!;
		const at = range.at(-1)!;
		if (gap > LONG_GAP) {
			domain.push(years[i - 1]! + 1, years[i]!);
			range.push(at + 1, at + 1 + BREAK_YEARS);
			breaks.push(at + 1 + BREAK_YEARS / 2);
		} else {
			domain.push(years[i]!);
			range.push(at + gap);
		}
	}
	domain.push(years.at(-1)! + 1);
	range.push(range.at(-1)! + 1);
	const pad = 24;
	const units = scaleLinear()
		.domain([0, range.at(-1)!])
		.range([pad, width - pad]);
	const x = scaleLinear()
		.domain(domain)
		.range(range.map((r) => units(r)));
	const breakX = breaks.map((b) => units(b));

	/** A date's position: its year's start plus the fraction of the year at the span's middle */
	const at = (d: (typeof dated)[number]['date']) => {
		const yearStart = Date.UTC(d.year, 0, 1);
		const yearEnd = Date.UTC(d.year + 1, 0, 1);
		const middle = (d.start + d.end) / 2;
		return x(d.year + (middle - yearStart) / (yearEnd - yearStart));
	};
	const minor: number[] = [];
	for (let i = 1; i < years.length; i++) {
		const [a, b] = [years[i - 1]!, years[i]!];
		if (b - a > LONG_GAP) continue;
		for (let y = a + 1; y < b; y++) minor.push(x(y));
	}
	minor.push(x(years.at(-1)! + 1));
	return {
		width,
		minor,
		years: years.map((year) => ({ year, x0: x(year), x1: x(year + 1) })),
		breaks: breakX,
		dots: dated.map(({ event, date }) => ({ id: event.id, x: at(date) }))
	};
}
