/**
 * The charts' geometry, computed with d3-scale and d3-shape when the site is built: scales,
 * ticks, bars, lines and label positions in a fixed coordinate space (an SVG viewBox). The page
 * only draws what this returns, so d3 never ships to the browser, and the same numbers serve the
 * story, the handout and the tests (which check that drawn lengths are proportional to values).
 */
import { scaleBand, scaleLinear, scalePoint, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Figure } from '$lib/content/figures';
import { formatNumber } from '$lib/content/numbers';

export const CHART_WIDTH = 480;

export interface Tick {
	/** Position along the value axis, in viewBox units */
	pos: number;
	label: string;
}

/** One value drawn as a bar (or, in a slope chart, a point: width and height 0). */
export interface Mark {
	/** Index of the datum in the figure's data */
	index: number;
	x: number;
	y: number;
	width: number;
	height: number;
	value: number;
	label: string;
	series?: string;
	seriesIndex: number;
	/** Drawn hollow: a value converted from the written figure */
	hollow: boolean;
	/** The value as printed on the chart (with its series' name where several share a row) */
	text: string;
	/** The value alone, as the table prints it */
	valueText: string;
	textX: number;
	textY: number;
	textAnchor: 'start' | 'middle' | 'end';
}

export interface ChartLayout {
	kind: Figure['kind'];
	width: number;
	height: number;
	marks: Mark[];
	/** For a slope chart: one path per series, with its name at the end */
	lines: { series: string; seriesIndex: number; d: string; labelX: number; labelY: number }[];
	valueAxis: 'x' | 'y';
	ticks: Tick[];
	/** Where the value axis's zero lies (x for bars, y for columns and slopes) */
	zero: number;
	/** The far end of the value axis */
	far: number;
	/** The category labels */
	categories: { label: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' }[];
	/** The series, in order, for the legend */
	series: string[];
	/** Value-axis units per viewBox unit: a bar's length divided by this is its value */
	unitsPerValue: number;
	/**
	 * For a vertical value axis: where its grid lines (and, for columns, the zero line) start and end,
	 * and where the tick labels end
	 */
	grid: { from: number; to: number; labelX: number } | null;
}

/** A value as the chart prints it: "22.5%", "$30.8 bn", "≈ $23.9 bn" for a converted one. */
export function formatValue(figure: Pick<Figure, 'unit'>, value: number, converted = false): string {
	if (figure.unit === 'percent') return `${formatNumber(value)}%`;
	return `${converted ? '≈ ' : ''}$${formatNumber(value)} bn`;
}

function valueTicks(scale: ScaleLinear<number, number>, figure: Figure): Tick[] {
	return scale.ticks(5).map((t) => ({ pos: scale(t), label: figure.unit === 'percent' ? `${t}%` : `$${t} bn` }));
}

function seriesOf(figure: Figure): string[] {
	return [...new Set(figure.data.flatMap((d) => (d.series ? [d.series] : [])))];
}

const LEGEND_ROW = 20;

/** Horizontal bars, one row per category (grouped by series when there are several). */
function bars(figure: Figure): ChartLayout {
	const series = seriesOf(figure);
	const legend = series.length ? series.length * LEGEND_ROW + 6 : 0;
	const labels = [...new Set(figure.data.map((d) => d.label))];
	const rows = Math.max(1, series.length);
	const bar = 18;
	const gap = 3;
	const labelHeight = 18;
	const groupHeight = labelHeight + rows * bar + (rows - 1) * gap + 14;
	const top = legend + 4;
	const plotRight = CHART_WIDTH - 64;
	const max = figure.max ?? Math.max(...figure.data.map((d) => d.value));
	const x = scaleLinear().domain([0, max]).range([0, plotRight]);
	if (figure.max === undefined) x.nice(5);
	const inner = scaleBand<string>()
		.domain(series.length ? series : [''])
		.range([0, rows * bar + (rows - 1) * gap])
		.paddingInner(gap / (bar + gap));
	const height = top + labels.length * groupHeight + 22;
	const marks: Mark[] = figure.data.map((d, index) => {
		const row = labels.indexOf(d.label);
		const y = top + row * groupHeight + labelHeight + inner(d.series ?? '')!;
		const width = x(d.value) - x(0);
		return {
			index,
			x: x(0),
			y,
			width,
			height: inner.bandwidth(),
			value: d.value,
			label: d.label,
			series: d.series,
			seriesIndex: d.series ? series.indexOf(d.series) : 0,
			hollow: d.convertedAt !== undefined,
			// Where bars of several series sit together, each also names its series: colour alone
			// would not tell them apart.
			text: formatValue(figure, d.value, d.convertedAt !== undefined) + (series.length > 1 && d.series ? ` · ${d.series}` : ''),
			valueText: formatValue(figure, d.value, d.convertedAt !== undefined),
			textX: x(d.value) + 5,
			textY: y + inner.bandwidth() / 2,
			textAnchor: 'start'
		};
	});
	return {
		kind: 'bars',
		width: CHART_WIDTH,
		height,
		marks,
		lines: [],
		valueAxis: 'x',
		ticks: valueTicks(x, figure),
		zero: x(0),
		far: x.range()[1]!,
		categories: labels.map((label, row) => ({ label, x: 0, y: top + row * groupHeight + 12, anchor: 'start' })),
		series,
		unitsPerValue: x(1) - x(0),
		grid: null
	};
}

/** Vertical columns along a category (time) axis. */
function columns(figure: Figure): ChartLayout {
	const height = 240;
	const left = 52;
	const bottom = height - 24;
	const top = 22;
	const max = figure.max ?? Math.max(...figure.data.map((d) => d.value));
	const y = scaleLinear().domain([0, max]).range([bottom, top]);
	if (figure.max === undefined) y.nice(5);
	const x = scaleBand<string>()
		.domain(figure.data.map((d) => d.label))
		.range([left, CHART_WIDTH - 8])
		.padding(0.35);
	const marks: Mark[] = figure.data.map((d, index) => ({
		index,
		x: x(d.label)!,
		y: y(d.value),
		width: x.bandwidth(),
		height: y(0) - y(d.value),
		value: d.value,
		label: d.label,
		series: d.series,
		seriesIndex: 0,
		hollow: d.convertedAt !== undefined,
		text: formatValue(figure, d.value, d.convertedAt !== undefined),
		valueText: formatValue(figure, d.value, d.convertedAt !== undefined),
		textX: x(d.label)! + x.bandwidth() / 2,
		textY: y(d.value) - 6,
		textAnchor: 'middle'
	}));
	return {
		kind: 'columns',
		width: CHART_WIDTH,
		height,
		marks,
		lines: [],
		valueAxis: 'y',
		ticks: valueTicks(y, figure),
		zero: y(0),
		far: y.range()[1]!,
		categories: figure.data.map((d) => ({ label: d.label, x: x(d.label)! + x.bandwidth() / 2, y: bottom + 17, anchor: 'middle' })),
		series: [],
		unitsPerValue: y(0) - y(1),
		grid: { from: left - 4, to: CHART_WIDTH - 4, labelX: left - 10 }
	};
}

/** A slope chart: each series a line from the first category to the last. */
function slope(figure: Figure): ChartLayout {
	const series = seriesOf(figure);
	const height = 250;
	const bottom = height - 26;
	const top = 16;
	const y = scaleLinear()
		.domain([0, figure.max ?? Math.max(...figure.data.map((d) => d.value))])
		.range([bottom, top]);
	// The first category's values are labelled on its left, the last's and the series' names on its right.
	const [left, right] = [110, CHART_WIDTH - 210];
	const x = scalePoint<string>()
		.domain([...new Set(figure.data.map((d) => d.label))])
		.range([left, right]);
	const [first, last] = [x.domain()[0], x.domain().at(-1)];
	const marks: Mark[] = figure.data.map((d, index) => {
		const atEnd = d.label === last;
		return {
			index,
			x: x(d.label)!,
			y: y(d.value),
			width: 0,
			height: 0,
			value: d.value,
			label: d.label,
			series: d.series,
			seriesIndex: d.series ? series.indexOf(d.series) : 0,
			hollow: d.convertedAt !== undefined,
			text: formatValue(figure, d.value),
			valueText: formatValue(figure, d.value),
			textX: x(d.label)! + (atEnd ? 9 : -9),
			textY: y(d.value),
			textAnchor: atEnd ? 'start' : d.label === first ? 'end' : 'middle'
		};
	});
	const path = line<Mark>()
		.x((m) => m.x)
		.y((m) => m.y);
	const lines = series.map((s, seriesIndex) => {
		const points = marks.filter((m) => m.series === s).sort((a, b) => a.x - b.x);
		const end = points.at(-1)!;
		return { series: s, seriesIndex, d: path(points) ?? '', labelX: end.x + 52, labelY: end.y };
	});
	return {
		kind: 'slope',
		width: CHART_WIDTH,
		height,
		marks,
		lines,
		valueAxis: 'y',
		ticks: valueTicks(y, figure),
		zero: y(0),
		far: y.range()[1]!,
		categories: x.domain().map((label) => ({ label, x: x(label)!, y: bottom + 19, anchor: 'middle' })),
		series,
		unitsPerValue: y(0) - y(1),
		grid: { from: left - 50, to: right + 30, labelX: left - 56 }
	};
}

/** The geometry of a figure's chart. */
export function layoutChart(figure: Figure): ChartLayout {
	if (figure.kind === 'columns') return columns(figure);
	if (figure.kind === 'slope') return slope(figure);
	return bars(figure);
}
