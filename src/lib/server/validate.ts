/**
 * Build-time checks of the story's content. Every problem is reported with the file and the
 * words involved, so that a bad edit fails the build with a message that says what to fix.
 */
import { unlistedRunTogether } from '../content/as-published';
import { locateQuote, type CorpusDocument } from '../corpus/corpus';
import { PassageNotFoundError } from '../corpus/quote';
import { ALIASES, PART_OF } from '../content/gazetteer';
import { getPort } from '../content/ports';
import { findQuote } from '../corpus/quote';
import { MAX_PITCH } from '../geo/camera';
import type { Chapter } from '../content/chapters';
import { LAYER_DEFAULTS } from '../content/chapters';
import type { Place } from '../content/places';
import { documents as allDocuments, type SourceDocument } from '../content/documents';
import { EVENTS_FILE, type StoryEvent } from '../content/events';
import { FIGURES_FILE, type Figure } from '../content/figures';
import { parseDate, DateError } from '../content/dates';
import { readFigure, yenToDollarBillions } from '../content/numbers';
import { balanceProblems } from '../content/balance';
import { borders as allBorders, type BorderLine } from '../content/borders';
import { geographyProblems } from './validate-geo';
import type { Land } from '../geo/land';

export const CHAPTERS_FILE = 'src/content/chapters';
export const PLACES_FILE = 'src/lib/content/places.ts';
export const GAZETTEER_FILE = 'src/lib/content/gazetteer.ts';
export const LAND_FILE = 'static/geo/land-region.geojson';

export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(`The story's content has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
		this.name = 'ContentError';
	}
}

export interface ContentInput {
	chapters: readonly Chapter[];
	places: readonly Place[];
	/** Ids of the named polygons in the region's land file */
	landIds: ReadonlySet<string>;
	/** Document id → the document's passages */
	corpus: ReadonlyMap<string, CorpusDocument>;
	/** The timeline's events (events.ts) */
	events?: readonly StoryEvent[];
	/** The charts' figures (figures.ts) */
	figures?: readonly Figure[];
	/** The documents' metadata (documents.ts), whose date conflicts cite the texts */
	documents?: readonly SourceDocument[];
	/** The border lines of the timeline's settlements (borders.ts); by default all of them when
	 * events are given, none otherwise, since each is drawn by an event */
	borders?: readonly BorderLine[];
	/** The map's land, which sea routes must stay off (none: not checked) */
	land?: Land;
	/** Where a chapter's field is written, "file:line" (a dotted path: `places.2`, `blocks.3`); by default the chapters' folder */
	locate?: (chapterId: string, path?: string) => string;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every problem found in the content, as sentences naming the file and the words; empty when all is well. */
export function contentProblems({
	chapters,
	places,
	landIds,
	corpus,
	events,
	figures = [],
	documents = allDocuments,
	borders = events ? allBorders : [],
	land,
	locate = () => CHAPTERS_FILE
}: ContentInput): string[] {
	events ??= [];
	const problems: string[] = [];
	/** Whether words are found, verbatim, in a document; a sentence saying why not otherwise */
	const findWords = (doc: string, words: string): string | null => {
		const document = corpus.get(doc);
		if (!document) return `there is no document "${doc}"`;
		try {
			locateQuote(document, words);
			return null;
		} catch (e) {
			if (!(e instanceof PassageNotFoundError)) throw e;
			return e.message;
		}
	};
	/** A document's words, whitespace collapsed, read once per document. */
	const flatTexts = new Map<string, string>();
	const flatText = (id: string): string => {
		let text = flatTexts.get(id);
		if (text === undefined) {
			const d = corpus.get(id);
			text = d ? [...d.blocks, ...d.footnotes].map((p) => p.text).join('\n').replace(/\s+/g, ' ') : '';
			flatTexts.set(id, text);
		}
		return text;
	};
	/** Words in “curly quotes” in the story's own text must be the documents' words too. */
	const checkQuoted = (where: string, text: string, docs: string[]) => {
		for (const [, phrase] of text.matchAll(/“([^”]+)”/g)) {
			const words = phrase!.replace(/\s+/g, ' ');
			if (!docs.some((d) => flatText(d).includes(words)))
				problems.push(`${where} puts “${phrase}” in quotation marks, but those words are not in ${docs.join(' or ')}`);
		}
	};
	/** Run-together words are marked as the document's: each must be listed, with its reading. */
	const checkRunTogether = (where: string, text: string) => {
		for (const words of unlistedRunTogether(text))
			problems.push(`${where} quotes “${words}”, which looks run together: list it with its reading in src/lib/content/as-published.ts (or among the words written so)`);
	};
	const allDocumentIds = [...corpus.keys()];
	const placeIds = new Set<string>();
	for (const place of places) {
		if (placeIds.has(place.id)) problems.push(`${PLACES_FILE}: place id "${place.id}" is used twice`);
		placeIds.add(place.id);
		if (place.geometry.type === 'Land') {
			for (const id of place.geometry.ids) {
				if (!landIds.has(id))
					problems.push(
						`${PLACES_FILE}: place "${place.id}" is drawn from the land polygon "${id}", which is not in ${LAND_FILE}`
					);
			}
		}
	}

	const chapterIds = new Set<string>();
	for (const chapter of chapters) {
		const where = `${locate(chapter.id)}: chapter "${chapter.id}"`;
		/** The same, at a field's own line */
		const at = (path: string) => `${locate(chapter.id, path)}: chapter "${chapter.id}"`;
		if (!KEBAB.test(chapter.id)) problems.push(`${where}: its id must be kebab-case (a-z, 0-9 and hyphens)`);
		if (chapterIds.has(chapter.id)) problems.push(`${where}: the id is used by another chapter`);
		chapterIds.add(chapter.id);
		if (!chapter.title.trim()) problems.push(`${where} has no title`);
		// The story's own paragraphs and map description quote only the documents; the speaker
		// notes may quote the primary sources an event cites, so they are left to the events.
		checkQuoted(at('mapDescription'), chapter.mapDescription, allDocumentIds);
		chapter.blocks.forEach((b, i) => typeof b === 'string' && checkQuoted(at(`blocks.${i}`), b, allDocumentIds));
		// Its two sides' speaker notes quote only the documents (which question each pair is on is
		// checked with the questions: server/perspectives.ts).
		if (chapter.sides) {
			for (const note of chapter.sides.notes) checkQuoted(`${where}'s two sides`, note, allDocumentIds);
			for (const side of ['russian', 'japanese'] as const) {
				const q = chapter.sides[side];
				const problem = findWords(q.doc, q.text);
				if (problem) problems.push(`${at(`sides.${side}.text`)}'s two sides quote ${q.doc}: ${problem}`);
				checkRunTogether(`${at(`sides.${side}.text`)}'s two sides`, q.text);
			}
		}

		for (const [i, id] of chapter.places.entries()) {
			if (!placeIds.has(id))
				problems.push(`${at(`places.${i}`)} names the place "${id}", which does not exist in ${PLACES_FILE}`);
		}

		const { center, zoom, pitch, bearing } = chapter.camera;
		const [lon, lat] = center;
		if (!(lon >= -180 && lon <= 180 && lat >= -85 && lat <= 85))
			problems.push(`${where}: camera center [${center.join(', ')}] is not a valid longitude, latitude`);
		if (!(zoom >= 0 && zoom <= 22)) problems.push(`${where}: camera zoom ${zoom} is outside 0–22`);
		if (!(pitch >= 0 && pitch <= MAX_PITCH)) problems.push(`${where}: camera pitch ${pitch} is outside 0–${MAX_PITCH}`);
		if (!(bearing >= -180 && bearing <= 360)) problems.push(`${where}: camera bearing ${bearing} is outside -180–360`);

		for (const layer of Object.keys(chapter.layers ?? {})) {
			if (!Object.hasOwn(LAYER_DEFAULTS, layer))
				problems.push(`${where} switches the layer group "${layer}", which does not exist`);
		}

		for (const d of chapter.distances ?? []) {
			for (const id of [d.from, d.to])
				if (!placeIds.has(id)) problems.push(`${where} measures a distance to the place "${id}", which does not exist in ${PLACES_FILE}`);
		}

		const comparison = chapter.routeComparison;
		if (comparison) {
			for (const port of [comparison.from, comparison.to])
				if (!getPort(port)) problems.push(`${where} compares routes from the port "${port}", which is not in src/lib/content/ports.ts`);
			const doc = corpus.get(comparison.claim.doc);
			const text = doc && [...doc.blocks, ...doc.footnotes].map((p) => p.text).join('\n\n');
			try {
				if (text === undefined) throw new PassageNotFoundError('not-found', comparison.claim.words, `no document "${comparison.claim.doc}"`);
				findQuote(text, comparison.claim.words);
			} catch (e) {
				if (!(e instanceof PassageNotFoundError)) throw e;
				problems.push(`${where}: the claim its route comparison cites is not in ${comparison.claim.doc}: ${e.message}`);
			}
		}

		if (chapter.notes?.some((n) => !n.trim())) problems.push(`${where} has an empty speaker note`);

		const quotations = chapter.blocks.filter((b) => typeof b !== 'string');
		if (quotations.filter((q) => q.key).length > 1)
			problems.push(`${where} marks ${quotations.filter((q) => q.key).length} quotations as its key quotation; mark one`);
		if (quotations.length < 2)
			problems.push(`${where} quotes ${quotations.length} passage(s); every chapter quotes at least two`);
		for (const [i, q] of chapter.blocks.entries()) {
			if (typeof q === 'string') continue;
			if (!corpus.has(q.doc)) {
				problems.push(`${at(`blocks.${i}`)} quotes the document "${q.doc}", which does not exist`);
				continue;
			}
			const problem = findWords(q.doc, q.text);
			if (problem) problems.push(`${at(`blocks.${i}`)} quotes ${q.doc}: ${problem}`);
			checkRunTogether(at(`blocks.${i}`), q.text);
		}
	}

	for (const doc of documents) {
		const conflict = doc.dateConflict;
		if (!conflict) continue;
		const where = `src/lib/content/documents.ts: document "${doc.id}"'s date conflict`;
		for (const words of [conflict.stated, ...conflict.evidence.map((e) => e.words)]) {
			const problem = findWords(doc.id, words);
			if (problem) problems.push(`${where} cites words not in the text: ${problem}`);
		}
		if (!conflict.stated.includes(doc.date.slice(0, 4)))
			problems.push(`${where}: the words "${conflict.stated}" do not state the year ${doc.date.slice(0, 4)} the document is dated`);
	}

	const eventIds = new Set<string>();
	const eventYears: number[] = [];
	for (const event of events) {
		const where = `${EVENTS_FILE}: event "${event.id}"`;
		if (!KEBAB.test(event.id)) problems.push(`${where}: its id must be kebab-case`);
		if (eventIds.has(event.id)) problems.push(`${where}: the id is used by another event`);
		eventIds.add(event.id);
		let year: number | undefined;
		try {
			year = parseDate(event.date).year;
			eventYears.push(year);
		} catch (e) {
			if (!(e instanceof DateError)) throw e;
			problems.push(`${where}: ${e.message}`);
		}
		if (!event.title.trim()) problems.push(`${where} has no title`);
		if (!event.places.length) problems.push(`${where} is placed nowhere: give it at least one place`);
		for (const id of event.places)
			if (!placeIds.has(id)) problems.push(`${where} is placed at "${id}", which does not exist in ${PLACES_FILE}`);
		if (!event.passages.length && !event.sources?.length)
			problems.push(`${where} cites neither a passage nor a source: give the documents' words about it, or a primary source`);
		for (const source of event.sources ?? [])
			if (!source.title.trim() || !source.publisher.trim()) problems.push(`${where} cites a source without its title or publisher`);
		for (const p of event.passages) {
			const problem = findWords(p.doc, p.words);
			if (problem) problems.push(`${where} cites ${p.doc}: ${problem}`);
			checkRunTogether(where, p.words);
		}
		if (year !== undefined && !event.passages.some((p) => p.words.includes(String(year))) && !event.note?.trim())
			problems.push(`${where}: no passage it cites states the year ${year}; say in a note how the date is known`);
		const docs = [...new Set(event.passages.map((p) => p.doc))];
		for (const text of [event.title, event.note ?? '', event.conflict ?? '']) checkQuoted(where, text, docs);
	}

	const figureIds = new Set<string>();
	for (const figure of figures) {
		const where = `${FIGURES_FILE}: figure "${figure.id}"`;
		if (figureIds.has(figure.id)) problems.push(`${where}: the id is used by another figure`);
		figureIds.add(figure.id);
		if (!chapterIds.has(figure.chapter)) problems.push(`${where} is shown in the chapter "${figure.chapter}", which does not exist`);
		if (figure.data.length < 2) problems.push(`${where} charts ${figure.data.length} value(s); a chart needs at least two`);
		for (const d of figure.data) {
			const what = `${where}, value "${d.label}${d.series ? ` (${d.series})` : ''}"`;
			if (!Number.isFinite(d.value) || d.value < 0) problems.push(`${what}: ${d.value} cannot be charted`);
			if (figure.max !== undefined && d.value > figure.max) problems.push(`${what}: ${d.value} is above the chart's maximum ${figure.max}`);
			const problem = findWords(d.source.doc, d.source.words);
			if (problem) problems.push(`${what} cites ${d.source.doc}: ${problem}`);
			if (!d.source.words.includes(d.source.figure))
				problems.push(`${what}: the figure "${d.source.figure}" is not in its words "${d.source.words}"`);
			let read;
			try {
				read = readFigure(d.source.figure);
			} catch (e) {
				problems.push(`${what}: ${(e as Error).message}`);
				continue;
			}
			const expected =
				read.unit === 'JPY'
					? d.convertedAt
						? yenToDollarBillions(read.amount, d.convertedAt)
						: NaN
					: read.unit === 'USD'
						? read.amount / 1e9
						: read.amount;
			const unitFits = figure.unit === 'percent' ? read.unit === 'percent' : read.unit !== 'percent';
			if (!unitFits || !(Math.abs(expected - d.value) < 1e-9))
				problems.push(
					`${what}: the chart says ${d.value} but its words "${d.source.figure}" make it ${Number.isNaN(expected) ? 'a yen amount, which needs the rate it is converted at (convertedAt)' : `${+expected.toPrecision(6)}${figure.unit === 'percent' ? '%' : ' billion dollars'}`}`
				);
		}
		const docs = [...new Set(figure.data.map((d) => d.source.doc))];
		for (const text of [figure.title, figure.summary, ...figure.notes]) checkQuoted(where, text, docs);
	}

	for (const chapter of chapters) {
		const span = chapter.timeline;
		if (!span) continue;
		const where = `${locate(chapter.id, 'timeline')}: chapter "${chapter.id}"`;
		if (!(Number.isInteger(span.from) && Number.isInteger(span.to) && span.from <= span.to))
			problems.push(`${where}: its timeline span ${span.from}–${span.to} must be two whole years, the first not after the second`);
		else if (events.length && !(eventYears.includes(span.from) && eventYears.includes(span.to)))
			problems.push(
				`${where}: its timeline span ${span.from}–${span.to} must start and end on years that hold an event of ${EVENTS_FILE} (${[...new Set(eventYears)].sort((a, b) => a - b).join(', ')}), the stops of the timeline's scrubber`
			);
	}

	problems.push(...balanceProblems(chapters, CHAPTERS_FILE));
	problems.push(...geographyProblems(places, borders, eventIds, land ?? null, PLACES_FILE));

	for (const [id, names] of Object.entries(ALIASES)) {
		if (!placeIds.has(id)) problems.push(`${GAZETTEER_FILE}: names are given for "${id}", which is not a place in ${PLACES_FILE}`);
		for (const name of names) if (!name.trim()) problems.push(`${GAZETTEER_FILE}: place "${id}" has an empty name`);
	}
	for (const [id, groups] of Object.entries(PART_OF)) {
		for (const g of [id, ...groups])
			if (!placeIds.has(g)) problems.push(`${GAZETTEER_FILE}: "${g}" in PART_OF is not a place in ${PLACES_FILE}`);
	}
	return problems;
}

/** Throw a ContentError listing every problem, or return quietly. */
export function assertContentValid(input: ContentInput): void {
	const problems = contentProblems(input);
	if (problems.length > 0) throw new ContentError(problems);
}
