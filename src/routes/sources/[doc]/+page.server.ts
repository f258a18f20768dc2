import { error } from '@sveltejs/kit';
import { chapters } from '$lib/content/chapters';
import { documents, getDocument } from '$lib/content/documents';
import { locateQuote, type IndexedPassage } from '$lib/corpus/corpus';
import type { Mark } from '$lib/corpus/segments';
import { corpus } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => documents.map((d) => ({ doc: d.id }));

export interface QuotedIn {
	chapterId: string;
	chapterTitle: string;
	chapterNumber: number;
}

export interface ReaderPassage {
	anchor: string;
	label: string;
	kind: IndexedPassage['kind'];
	spans: IndexedPassage['spans'];
	marks: Mark[];
	places: string[];
	rejoined: boolean;
	quotedIn: QuotedIn[];
}

export const load: PageServerLoad = ({ params }) => {
	const meta = getDocument(params.doc);
	const doc = meta && corpus().get(meta.id);
	if (!meta || !doc) error(404, `There is no document "${params.doc}".`);

	// Where the story quotes this document: the quoted words are marked in the text.
	const quoted = new Map<string, { marks: Mark[]; quotedIn: QuotedIn[] }>();
	chapters.forEach((chapter, i) => {
		for (const b of chapter.blocks) {
			if (typeof b === 'string' || b.doc !== meta.id) continue;
			const at = locateQuote(doc, b.text);
			const entry = quoted.get(at.passage.anchor) ?? { marks: [], quotedIn: [] };
			for (const [start, end] of at.parts) entry.marks.push({ start, end, tag: 'quoted' });
			if (!entry.quotedIn.some((q) => q.chapterId === chapter.id))
				entry.quotedIn.push({ chapterId: chapter.id, chapterTitle: chapter.title, chapterNumber: i + 1 });
			quoted.set(at.passage.anchor, entry);
		}
	});

	const view = (p: IndexedPassage): ReaderPassage => ({
		anchor: p.anchor,
		label: p.label,
		kind: p.kind,
		spans: p.spans,
		marks: [
			...(quoted.get(p.anchor)?.marks ?? []),
			...p.mentions.map((m) => ({ start: m.start, end: m.end, tag: 'mention', value: m.place }))
		],
		places: p.places,
		rejoined: p.rejoined ?? false,
		quotedIn: quoted.get(p.anchor)?.quotedIn ?? []
	});

	return { id: meta.id, blocks: doc.blocks.map(view), footnotes: doc.footnotes.map(view) };
};
