/**
 * What every page that shows the chapters needs from the build: each quotation's passage (for its
 * link and its "¶ N"), the measured sea routes and the measured distances. Computing it checks the
 * story's content first, so bad content fails the build with a message naming the file and words.
 */
import { chapters } from '$lib/server/chapters';
import type { Chapter } from '$lib/content/chapters';
import { questions } from '$lib/content/perspectives';
import { locateQuote } from '$lib/corpus/corpus';
import { checkStoryContent, corpus } from './content';
import { compareRoutes } from './routes';
import { chapterDistances } from './distances';
import type { ComparisonFigures, MeasuredDistance } from '$lib/geo/comparison';
import { events } from '$lib/content/events';
import { figures, type Figure } from '$lib/content/figures';
import { formatDate, parseDate, chronological } from '$lib/content/dates';
import { authorName, citedDate, getDocument } from '$lib/content/documents';
import { displayName, getPlace } from '$lib/content/places';
import { labelPoint } from '$lib/geo/place-features';
import { layoutChart, type ChartLayout } from '$lib/charts/layout';
import { layoutTimeline } from '$lib/charts/timeline';
import type { TimelineData } from '$lib/state/timeline';
import type { FigureData, QuoteLink, SidesLinks, StoryData } from '$lib/shared/story';

let cached: StoryData | undefined;

export function storyData(): StoryData {
	if (cached) return cached;
	checkStoryContent();
	const quoteLinks: Record<string, QuoteLink[]> = {};
	const comparisons: Record<string, ComparisonFigures> = {};
	const distances: Record<string, MeasuredDistance[]> = {};
	const sides: Record<string, SidesLinks> = {};
	for (const chapter of chapters) {
		quoteLinks[chapter.id] = chapter.blocks.flatMap((b) => (typeof b === 'string' ? [] : [passageLink(b.doc, b.text)]));
		if (chapter.routeComparison) comparisons[chapter.id] = compareRoutes(chapter.routeComparison);
		if (chapter.distances?.length) distances[chapter.id] = chapterDistances(chapter);
		if (chapter.sides) {
			const q = questions.find((q) => q.id === chapter.sides!.question)!;
			sides[chapter.id] = {
				question: { id: q.id, title: q.title, short: q.short },
				russian: passageLink(chapter.sides.russian.doc, chapter.sides.russian.text),
				japanese: passageLink(chapter.sides.japanese.doc, chapter.sides.japanese.text)
			};
		}
	}
	cached = { chapters, quoteLinks, comparisons, distances, sides, figures: figureData(), timeline: timelineData() };
	return cached;
}

/** The short citation of a document: "A.N. Panov et al., 2012". */
function cite(docId: string): string {
	const doc = getDocument(docId)!;
	return `${authorName(doc)}, ${citedDate(doc)}`;
}

/** The passage that holds a document's words: its anchor in the reader and its "¶ N". */
export function passageLink(docId: string, words: string): QuoteLink {
	const { passage } = locateQuote(corpus().get(docId)!, words);
	return { anchor: passage.anchor, label: passage.label };
}

function link(docId: string, words: string): QuoteLink & { cite: string } {
	return { ...passageLink(docId, words), cite: cite(docId) };
}

function figureData(): Record<string, FigureData[]> {
	const out: Record<string, FigureData[]> = {};
	for (const figure of figures) {
		(out[figure.chapter] ??= []).push({
			figure,
			layout: layoutChart(figure),
			links: figure.data.map((d) => link(d.source.doc, d.source.words))
		});
	}
	return out;
}

function timelineData(): TimelineData {
	const layout = layoutTimeline(events);
	const xOf = new Map(layout.dots.map((d) => [d.id, d.x]));
	return {
		width: layout.width,
		years: layout.years,
		breaks: layout.breaks,
		minor: layout.minor,
		events: chronological(events).map((e) => ({
			id: e.id,
			date: e.date,
			when: formatDate(e.date),
			year: parseDate(e.date).year,
			title: e.title,
			places: e.places.map((id) => {
				const place = getPlace(id)!;
				const [lon, lat] = labelPoint(place);
				return { id, name: displayName(place), at: [lon!, lat!] as [number, number] };
			}),
			...(e.note ? { note: e.note } : {}),
			...(e.conflict ? { conflict: e.conflict } : {}),
			passages: e.passages.map((p) => ({ doc: p.doc, words: p.words, ...link(p.doc, p.words) })),
			sources: e.sources ?? [],
			x: xOf.get(e.id)!
		}))
	};
}
