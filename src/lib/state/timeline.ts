/**
 * The timeline's behaviour, pure so that it can be unit-tested: which events a span of years
 * holds, how the scrubber's keys move its two ends, where the dots and labels go at a given width,
 * and the map's markers (one per place, listing the years of the events shown there).
 */
import type { FeatureCollection, Point } from 'geojson';
import { layerVisibility, type ChapterOutline } from '../content/chapters';
import type { PrimarySource } from '../content/events';

export interface Span {
	/** First year shown */
	from: number;
	/** Last year shown (included) */
	to: number;
}

/** What the page knows of an event (computed at build time: see story-data.ts). */
export interface TimelineEvent {
	id: string;
	date: string;
	/** "March 2001" */
	when: string;
	year: number;
	title: string;
	places: { id: string; name: string; at: [number, number] }[];
	note?: string;
	conflict?: string;
	passages: { doc: string; words: string; anchor: string; label: string; cite: string }[];
	/** Primary sources for what the documents do not say (content/events.ts) */
	sources: PrimarySource[];
	/** Position along the axis, 0–1000 (the build's layout) */
	x: number;
}

export interface TimelineData {
	events: TimelineEvent[];
	/** The years that hold events, with where each starts and ends on the axis (0–1000) */
	years: { year: number; x0: number; x1: number }[];
	breaks: number[];
	/** Small ticks for the years without events (0–1000) */
	minor: number[];
	width: number;
}

export function eventsInSpan<T extends { year: number }>(events: readonly T[], span: Span): T[] {
	return events.filter((e) => e.year >= span.from && e.year <= span.to);
}

export function fullSpan(years: readonly number[]): Span {
	return { from: years[0]!, to: years.at(-1)! };
}

/**
 * The settlements' border lines in a span, oldest first: those whose event (borders.ts `event`)
 * falls in it. Pure.
 */
export function bordersInSpan<T extends { event: string }>(lines: readonly T[], events: readonly { id: string; year: number }[], span: Span): T[] {
	const year = new Map(events.map((e) => [e.id, e.year]));
	return lines
		.filter((l) => {
			const y = year.get(l.event);
			return y !== undefined && y >= span.from && y <= span.to;
		})
		.sort((a, b) => year.get(a.event)! - year.get(b.event)!);
}

/**
 * The settlements' borders a map of a chapter draws: those in the span (by default the chapter's
 * own), where the chapter switches 'treaty-borders' on or the reader chose a span or an event.
 * The story, the presenter and the handout all draw them by this.
 */
export function shownBorders<T extends { event: string }>(
	lines: readonly T[],
	chapter: ChapterOutline,
	timeline: { events: readonly { id: string; year: number }[]; years: readonly { year: number }[] },
	choice: { span?: Span; chosen?: boolean } = {}
): T[] {
	if (!choice.chosen && !layerVisibility(chapter)['treaty-borders']) return [];
	const span = choice.span ?? chapterSpan(chapter, fullSpan(timeline.years.map((y) => y.year)));
	return bordersInSpan(lines, timeline.events, span);
}

/** The span a chapter shows as the reader arrives: its own, or every year. */
export function chapterSpan(chapter: { timeline?: Span }, all: Span): Span {
	return chapter.timeline ?? all;
}

/** The span widened, if need be, to take in a year (an event opened outside the span shows on the map). */
export function widenSpan(span: Span, year: number): Span {
	return year < span.from || year > span.to ? { from: Math.min(span.from, year), to: Math.max(span.to, year) } : span;
}

export type Thumb = 'from' | 'to';

/**
 * A key on one of the scrubber's thumbs: arrows step to the next or previous year that holds an
 * event, Page Up and Page Down jump a decade, Home and End go to the ends. One thumb never passes
 * the other. Returns null for a key the scrubber does not use.
 */
export function stepSpan(span: Span, thumb: Thumb, key: string, years: readonly number[]): Span | null {
	const value = span[thumb];
	const i = years.indexOf(value);
	let next: number;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowUp':
			next = years[Math.min(years.length - 1, i + 1)]!;
			break;
		case 'ArrowLeft':
		case 'ArrowDown':
			next = years[Math.max(0, i - 1)]!;
			break;
		case 'PageUp':
			next = years.find((y) => y >= value + 10) ?? years.at(-1)!;
			break;
		case 'PageDown':
			next = [...years].reverse().find((y) => y <= value - 10) ?? years[0]!;
			break;
		case 'Home':
			next = years[0]!;
			break;
		case 'End':
			next = years.at(-1)!;
			break;
		default:
			return null;
	}
	return dragSpan(span, thumb, next);
}

/** The year whose stretch of the axis is nearest a point on it (in the same units). */
export function nearestYear(x: number, years: readonly { year: number; x0: number; x1: number }[]): number {
	let best = years[0]!;
	let distance = Infinity;
	for (const y of years) {
		const d = x < y.x0 ? y.x0 - x : x > y.x1 ? x - y.x1 : 0;
		if (d < distance) {
			distance = d;
			best = y;
		}
	}
	return best.year;
}

/** Dots stacked so that none is closer than `spacing` to another in its row (events in date order). */
export function stackDots(xs: readonly number[], spacing: number): number[] {
	const rows: number[] = [];
	const placed: { x: number; row: number }[] = [];
	for (const x of xs) {
		let row = 0;
		while (placed.some((p) => p.row === row && Math.abs(p.x - x) < spacing)) row++;
		placed.push({ x, row });
		rows.push(row);
	}
	return rows;
}

/** The years to label: every year that holds events, leaving out any too close to the last labelled. */
export function labelledYears(years: readonly { year: number; x: number }[], minGap: number): number[] {
	const out: { year: number; x: number }[] = [];
	for (const y of years) if (!out.length || y.x - out.at(-1)!.x >= minGap) out.push(y);
	return out.map((y) => y.year);
}

/**
 * What a place's label says of its events: their years, or for more than two (Moscow's five), how
 * many, so that one busy place's label does not crowd out its neighbours' names.
 */
export function yearsLabel(years: readonly number[]): string {
	const distinct = [...new Set(years)].sort((a, b) => a - b);
	return years.length > 2 ? `${years.length} events` : distinct.join(' · ');
}

/** The map's markers for the events in a span: one per place, its label the years of its events. */
export function eventMarkers(events: readonly TimelineEvent[], span: Span, selected: string | null = null): FeatureCollection<Point> {
	const byPlace = new Map<string, { at: [number, number]; events: TimelineEvent[] }>();
	for (const event of eventsInSpan(events, span)) {
		for (const place of event.places) {
			const entry = byPlace.get(place.id) ?? { at: place.at, events: [] };
			entry.events.push(event);
			byPlace.set(place.id, entry);
		}
	}
	return {
		type: 'FeatureCollection',
		features: [...byPlace].map(([place, { at, events: here }]) => ({
			type: 'Feature',
			properties: {
				place,
				events: here.map((e) => e.id).join(','),
				label: yearsLabel(here.map((e) => e.year)),
				selected: selected !== null && here.some((e) => e.id === selected)
			},
			geometry: { type: 'Point', coordinates: at }
		}))
	};
}

/** The events of some markers (eventMarkers' features, or those the map drew): sorted ids, comma-separated. */
export function markerEventIds(markers: readonly { properties: Record<string, unknown> | null }[]): string {
	return [...new Set(markers.flatMap((f) => String(f.properties?.events ?? '').split(',').filter(Boolean)))].sort().join(',');
}

/** The years' stretches of the axis (0–1000 in the build's layout), as TimelineData holds them. */
type YearStretch = { year: number; x0: number; x1: number };

/**
 * Which end of the span a pointer at `x` (axis units) takes: outside the span, the end on that side;
 * inside it, the nearer end.
 */
export function nearerThumb(x: number, span: Span, years: readonly YearStretch[]): Thumb {
	const from = years.find((y) => y.year === span.from)!.x0;
	const to = years.find((y) => y.year === span.to)!.x1;
	if (x <= from) return 'from';
	if (x >= to) return 'to';
	return x - from <= to - x ? 'from' : 'to';
}

/** The span with one end dragged to a year (never past the other end). */
export function dragSpan(span: Span, thumb: Thumb, year: number): Span {
	return thumb === 'from' ? { from: Math.min(year, span.to), to: span.to } : { from: span.from, to: Math.max(year, span.from) };
}

/** The event dot a key moves the keyboard to, among `count` dots from dot `i`; null for other keys. */
export function dotFor(key: string, i: number, count: number): number | null {
	const moves: Record<string, number> = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: count - 1 };
	return key in moves ? Math.max(0, Math.min(count - 1, moves[key]!)) : null;
}

/** "2011" or "2007 to 2011", as the scrubber announces a span. */
export function spanText(span: Span): string {
	return span.from === span.to ? String(span.from) : `${span.from} to ${span.to}`;
}

export interface AxisLayout {
	/** An axis position (0–1000) in pixels */
	px: (x: number) => number;
	/** Each event's row, stacked so that no two dots in a row are closer than a dot */
	rows: number[];
	/** Where the axis line is, and the SVG's height */
	axisY: number;
	height: number;
	/** The years whose labels fit */
	labelled: Set<number>;
	/** Where the span's band starts and ends, in pixels */
	band: [number, number];
}

export const DOT = 11;

/** The axis drawn at a width in pixels: dots stacked in rows, labels thinned, the span's band. */
export function axisLayout(data: TimelineData, span: Span, width: number): AxisLayout {
	const px = (x: number) => (x / data.width) * width;
	const rows = stackDots(data.events.map((e) => px(e.x)), DOT + 2);
	const rowCount = Math.max(1, ...rows.map((r) => r + 1));
	const axisY = 8 + rowCount * DOT + 6;
	const labelled = new Set(labelledYears(data.years.map((y) => ({ year: y.year, x: px((y.x0 + y.x1) / 2) })), 38));
	const at = (year: number) => data.years.find((y) => y.year === year)!;
	return { px, rows, axisY, height: axisY + 22, labelled, band: [px(at(span.from).x0), px(at(span.to).x1)] };
}
