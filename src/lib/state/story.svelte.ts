/**
 * The story page's state: only what a person chose (the chapter they are reading, the panel's view,
 * a span of years, an event, the passage under the pointer) or what the page loaded (the corpus, the
 * shipping lanes, the geodesic code). Everything else is derived from it through pure functions,
 * and nothing derived is written back. The panel's view is read from the address and written to it
 * here, and only here.
 */
import { borders, type BorderLine } from '../content/borders';
import type { ChapterOutline, Quotation } from '../content/chapters';
import { fetchChapters } from './chapter-texts';
import type { PlaceKind } from '../content/place';
import type { LoadedCorpus } from '../corpus/client';
import type { Router } from '../geo/network-client';
import type { LonLat } from '../geo/format';
import type { Narrowed } from '../corpus/narrow';
import { cameraTarget, fitAfter, type CameraTarget, type Fit, type Opening } from './camera-target';
import { Loadable } from './loadable.svelte';
import { emphasisIds } from './emphasis';
import { MAX_POINTS, searchForView, viewFromSearch, type PanelView } from './panel';
import { chapterSpan, eventMarkers, shownBorders, fullSpan, widenSpan, type Span, type TimelineData } from './timeline';
import { overlayFeatures, routeQuery, type GeodesicPath } from './tools';

/** How a new view is written in the address: a new history entry, in place of the current one, or not at all (it came from there). */
export type History = 'push' | 'replace' | 'none';

export interface StoryOptions {
	/** The story's chapters, in order (the page's data) */
	chapters: readonly ChapterOutline[];
	/** A place's kind (the page's data), which decides how closely the camera comes to it */
	placeKind: (id: string) => PlaceKind | undefined;
	timeline: TimelineData;
	/** The site's base path, for the data files */
	base: string;
	/** Writes the address (SvelteKit's pushState and replaceState in the page) */
	address: { push(url: string): void; replace(url: string): void };
	/** The address as it is now */
	here: () => { pathname: string; search: string; hash: string };
}

/** The reader's own span and open event, until they move to another chapter (which brings its own). */
interface TimelineChoice {
	span?: Span;
	event?: string | null;
}

export class Story {
	// ---- chosen ----
	chapterId = $state('');
	view = $state.raw<PanelView>({ kind: 'closed' });
	/** What the reader asked the map to show by opening a view; a new chapter takes the map back */
	fit = $state.raw<Fit | null>(null);
	timelineChoice = $state.raw<TimelineChoice>({});
	/** How the panel's view was shown: one opened by the address the page loaded with leaves the keyboard's focus alone */
	opening = $state<Opening>('page');
	/** Places the passage under the pointer or the keyboard's focus names */
	hovered = $state.raw<readonly string[]>([]);

	// ---- loaded on first use ----
	readonly corpus: Loadable<LoadedCorpus>;
	readonly router: Loadable<Router>;
	readonly geodesic: Loadable<GeodesicPath>;
	/** The chapters whole (their words are in the page's HTML), for a place's panel: the quotations of the chapters that show it */
	readonly texts: Loadable<ReadonlyMap<string, readonly Quotation[]>>;

	readonly timeline: TimelineData;
	readonly chapters: readonly ChapterOutline[];
	readonly #options: StoryOptions;
	/** What the map showed before an event's card took it over */
	#beforeEvent: Fit | null = null;

	constructor(options: StoryOptions) {
		this.#options = options;
		this.timeline = options.timeline;
		this.chapters = options.chapters;
		this.chapterId = options.chapters[0]!.id;
		const { base } = options;
		this.corpus = new Loadable(() => import('../corpus/client').then((m) => m.loadCorpus(base)));
		this.router = new Loadable(() => import('../geo/network-client').then((m) => m.loadRouter(base)));
		this.geodesic = new Loadable(() => import('../geo/geodesic').then((m) => m.geodesicPath));
		this.texts = new Loadable(async () => {
			const chapters = await fetchChapters(base);
			return new Map(chapters.map((c) => [c.id, c.blocks.filter((b): b is Quotation => typeof b !== 'string')]));
		});
	}

	// ---- derived ----
	readonly chapter: ChapterOutline = $derived.by(() => this.chapters.find((c) => c.id === this.chapterId) ?? this.chapters[0]!);
	readonly index: number = $derived.by(() => this.chapters.indexOf(this.chapter));
	readonly allYears: Span = $derived.by(() => fullSpan(this.timeline.years.map((y) => y.year)));
	readonly span: Span = $derived(this.timelineChoice.span ?? chapterSpan(this.chapter, this.allYears));
	readonly eventId: string | null = $derived(this.timelineChoice.event ?? null);
	readonly event = $derived.by(() => this.timeline.events.find((e) => e.id === this.eventId) ?? null);
	readonly markers = $derived.by(() => eventMarkers(this.timeline.events, this.span, this.eventId));
	/** The settlements' borders the map draws: those in the span, where the chapter draws them or the reader chose a span or an event */
	readonly treatyBorders: readonly BorderLine[] = $derived.by(() =>
		shownBorders(borders, this.chapter, this.timeline, { span: this.span, chosen: !!(this.timelineChoice.span || this.timelineChoice.event) })
	);
	/** The place open in the panel */
	readonly selected: string | null = $derived(this.view.kind === 'place' ? this.view.id : null);
	/** What narrows the search: a side's voices, a Perspectives question (the address may name one that does not exist) */
	readonly searchNarrowing = $derived.by(() =>
		this.view.kind === 'search' && this.corpus.value ? this.corpus.value.narrowed(this.view) : ({} as Narrowed)
	);
	readonly searchHits = $derived.by(() =>
		this.view.kind === 'search' && this.corpus.value ? this.corpus.value.find(this.view.query, undefined, this.searchNarrowing.keep) : []
	);
	readonly searchPlaces: readonly string[] = $derived(this.searchHits.flatMap((h) => this.corpus.value?.passagePlaces(h.passage) ?? []));
	readonly route = $derived.by(() => (this.view.kind === 'route' ? routeQuery(this.view, this.router.value) : null));
	/** What the ruler or the route tool draws on the map */
	readonly overlay = $derived.by(() => overlayFeatures(this.view, this.geodesic.value, this.route?.result ?? null));
	/** Places the map marks: those the hovered passage names, else the search results', else the open event's */
	readonly emphasis: readonly string[] = $derived(
		emphasisIds({
			hovered: this.hovered,
			searching: this.view.kind === 'search',
			searchPlaces: this.searchPlaces,
			eventPlaces: this.event?.places.map((p) => p.id) ?? []
		})
	);
	/** Where the map should be (null: stay where it is) */
	readonly target: CameraTarget | null = $derived.by(() =>
		cameraTarget(this.chapter, this.fit, {
			placeBounds: this.corpus.value?.bounds ?? null,
			placeKind: this.#options.placeKind,
			route: this.route?.result ?? null,
			searchPlaces: this.searchPlaces,
			eventPlaces: (id) => this.timeline.events.find((e) => e.id === id)?.places.map((p) => p.id) ?? []
		})
	);

	// ---- what a person does ----

	/** The reader reached a chapter (by scrolling, a link, Back or Forward); null is the introduction. */
	enter(id: string | null): void {
		const next = id ?? this.chapters[0]!.id;
		if (next === this.chapterId) return;
		this.chapterId = next;
		// A new chapter takes the map back, and brings its own span of years.
		this.fit = null;
		this.#beforeEvent = null;
		this.timelineChoice = {};
	}

	/** Show a view in the panel and write it in the address. */
	show(view: PanelView, { history = 'push', opening = 'page' }: { history?: History; opening?: Opening } = {}): void {
		const previous = this.view;
		this.fit = fitAfter(previous, view, this.fit, opening);
		this.view = view;
		this.opening = opening;
		this.hovered = [];
		this.#loadFor(view);
		if (history === 'none') return;
		const here = this.#options.here();
		const url = here.pathname + searchForView(view) + here.hash;
		if (url === here.pathname + here.search + here.hash) return;
		if (history === 'replace') this.#options.address.replace(url);
		else this.#options.address.push(url);
	}

	/** The address changed under the page (it loaded, or Back or Forward): show what it says, if that is new. */
	fromAddress(search: string, { load = false } = {}): void {
		const view = viewFromSearch(search);
		if (searchForView(view) === searchForView(this.view)) return;
		this.show(view, { history: 'none', opening: load ? 'load' : 'address' });
	}

	close(): void {
		this.show({ kind: 'closed' });
	}

	/** A point clicked on the map while the ruler is open. */
	addPoint(point: LonLat): void {
		if (this.view.kind === 'measure' && this.view.points.length < MAX_POINTS)
			this.show({ ...this.view, points: [...this.view.points, point] }, { history: 'replace' });
	}

	setSpan(span: Span): void {
		this.timelineChoice = { ...this.timelineChoice, span };
	}

	/** Open an event's card (null closes it); an event outside the span widens the span to show it, and the map shows its places. */
	openEvent(id: string | null): void {
		const year = this.timeline.events.find((e) => e.id === id)?.year;
		this.timelineChoice = { span: year === undefined ? this.span : widenSpan(this.span, year), event: id };
		// The map shows the event's places; closing its card gives the map back to what it showed before.
		if (id) {
			this.corpus.ensure();
			if (this.fit?.kind !== 'event') this.#beforeEvent = this.fit;
			this.fit = { kind: 'event', id };
		} else if (this.fit?.kind === 'event') this.fit = this.#beforeEvent;
	}

	hover(ids: readonly string[]): void {
		this.hovered = ids;
	}

	/** Start loading what a view needs. */
	#loadFor(view: PanelView): void {
		if (view.kind === 'place') this.texts.ensure();
		if (view.kind === 'places' || view.kind === 'place' || view.kind === 'search') this.corpus.ensure();
		else if (view.kind === 'route') this.router.ensure();
		else if (view.kind === 'measure') this.geodesic.ensure();
	}
}
