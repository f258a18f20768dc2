/**
 * The story's data for download (/data): the events and the charted figures as CSV, each row with
 * the documents' words and a link to the paragraph, and every passage with the places it names as
 * JSON. Built from the same content the pages show; the build writes the files (src/routes/data/).
 */
import { events } from '$lib/content/events';
import { figures } from '$lib/content/figures';
import { displayName, getPlace } from '$lib/content/places';
import { getDocument } from '$lib/content/documents';
import { labelPoint } from '$lib/geo/place-features';
import { EVENT_COLUMNS, FIGURE_COLUMNS } from '../data-fields';
import { corpus } from './content';
import { payloadPassages } from './payload';
import { passageLink } from './story-data';

/** One CSV record per row (RFC 4180): fields quoted where they hold a comma, a quote or a line break. */
export function csv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	const field = (v: string | number | null | undefined) => {
		const s = v === null || v === undefined ? '' : String(v);
		return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
	};
	return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Who a document's words are by, as the story cites them: "Mikhail M. Bely (outline by JFIR)". */
const byline = (doc: string) => {
	const d = getDocument(doc)!;
	return d.byline ?? d.author;
};

/** A link into the reader for a document's words: "/sources/riac-2012#p88", and its "¶ 88". */
function paragraph(base: string, doc: string, words: string) {
	const { anchor, label } = passageLink(doc, words);
	return { label, url: `${base}/sources/${doc}#${anchor}` };
}

/** Every event, one row for each of its passages and primary sources (the event's fields repeated). */
export function eventsCsv(base: string): string {
	const rows: (string | number | null)[][] = [[...EVENT_COLUMNS]];
	for (const e of events) {
		const places = e.places.map((id) => getPlace(id)!);
		const [lon, lat] = labelPoint(places[0]!);
		const common = [e.id, e.date, e.title, e.places.join(';'), places.map(displayName).join('; '), lon!, lat!];
		const note = [e.note, e.conflict].filter(Boolean).join(' ');
		for (const p of e.passages) {
			const at = paragraph(base, p.doc, p.words);
			rows.push([...common, 'document', p.doc, byline(p.doc), p.words, at.label, at.url, null, null, null, note]);
		}
		for (const s of e.sources ?? [])
			rows.push([...common, 'primary source', null, null, s.words ?? null, null, s.url ?? null, s.title, s.article ?? null, s.publisher, note]);
	}
	return csv(rows);
}

/** Every value the charts show, one row each, with the words that state it. */
export function figuresCsv(base: string): string {
	const rows: (string | number | null)[][] = [[...FIGURE_COLUMNS]];
	for (const f of figures)
		for (const d of f.data) {
			const at = paragraph(base, d.source.doc, d.source.words);
			rows.push([
				f.id, f.chapter, f.title, f.unit, f.category, d.label, d.series ?? null, d.value, d.convertedAt ?? null,
				d.source.doc, byline(d.source.doc), d.source.figure, d.source.words, at.label, at.url
			]);
		}
	return csv(rows);
}

export interface PassageRecord {
	id: string;
	doc: string;
	anchor: string;
	/** "¶ 12" */
	label: string;
	kind: string;
	text: string;
	/** Ids of the places the passage names (see /geo/places.geojson) */
	places: string[];
	url: string;
}

/** Every passage of the five documents, with the places it names. */
export function passagesJson(base: string): { documents: { id: string; title: string; author: string }[]; passages: PassageRecord[] } {
	const documents = [...corpus().keys()].map((id) => ({ id, title: getDocument(id)!.title, author: byline(id) }));
	const passages = payloadPassages()
		.filter((p) => p.text.trim())
		.map(({ mentions, ...p }): PassageRecord => ({
			...p,
			places: [...new Set(mentions.map(([, , place]) => place))],
			url: `${base}/sources/${p.doc}#${p.anchor}`
		}));
	return { documents, passages };
}
