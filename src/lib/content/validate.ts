/**
 * Build-time checks of the story's content. Every problem is reported with the file and the
 * words involved, so that a bad edit fails the build with a message that says what to fix.
 */
import { locateQuote, type CorpusDocument } from '../corpus/corpus';
import { PassageNotFoundError } from '../corpus/quote';
import { ALIASES, PART_OF } from './gazetteer';
import { getPort } from './ports';
import { findQuote } from '../corpus/quote';
import { MAX_PITCH } from '../geo/camera';
import type { Chapter } from './chapters';
import { LAYER_DEFAULTS } from './chapters';
import type { Place } from './places';

export const CHAPTERS_FILE = 'src/lib/content/chapters.ts';
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
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every problem found in the content, as sentences naming the file and the words; empty when all is well. */
export function contentProblems({ chapters, places, landIds, corpus }: ContentInput): string[] {
	const problems: string[] = [];
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
		const where = `${CHAPTERS_FILE}: chapter "${chapter.id}"`;
		if (!KEBAB.test(chapter.id)) problems.push(`${where}: its id must be kebab-case (a-z, 0-9 and hyphens)`);
		if (chapterIds.has(chapter.id)) problems.push(`${where}: the id is used by another chapter`);
		chapterIds.add(chapter.id);
		if (!chapter.title.trim()) problems.push(`${where} has no title`);

		for (const id of chapter.places) {
			if (!placeIds.has(id))
				problems.push(`${where} names the place "${id}", which does not exist in ${PLACES_FILE}`);
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
		for (const q of quotations) {
			const doc = corpus.get(q.doc);
			if (doc === undefined) {
				problems.push(`${where} quotes the document "${q.doc}", which does not exist`);
				continue;
			}
			try {
				locateQuote(doc, q.text);
			} catch (e) {
				if (!(e instanceof PassageNotFoundError)) throw e;
				problems.push(`${where} quotes ${q.doc}: ${e.message}`);
			}
		}
	}

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
