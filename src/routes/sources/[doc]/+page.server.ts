import { error } from '@sveltejs/kit';
import { chapters } from '$lib/server/chapters';
import { documents, getDocument } from '$lib/content/documents';
import { locateQuote, type IndexedPassage } from '$lib/corpus/corpus';
import type { Mark } from '$lib/corpus/segments';
import { corpus } from '$lib/server/content';
import type { QuotedIn, ReaderPassage } from '$lib/shared/reader';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => documents.map((d) => ({ doc: d.id }));

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

	// Where the text's content contradicts its stated date: the words, marked in the text and listed.
	const dateMarks = new Map<string, Mark[]>();
	const locate = (words: string) => {
		const at = locateQuote(doc, words);
		const marks = dateMarks.get(at.passage.anchor) ?? [];
		for (const [start, end] of at.parts) marks.push({ start, end, tag: 'date' });
		dateMarks.set(at.passage.anchor, marks);
		return { words, anchor: at.passage.anchor, label: at.passage.label };
	};
	const conflict = meta.dateConflict;
	const dateConflict = conflict && {
		stated: locate(conflict.stated),
		// In the order a reader meets them in the text.
		evidence: conflict.evidence
			.map((e) => ({ ...locate(e.words), says: e.says }))
			.sort((a, b) => doc.blocks.findIndex((p) => p.anchor === a.anchor) - doc.blocks.findIndex((p) => p.anchor === b.anchor)),
		summary: conflict.summary
	};

	const view = (p: IndexedPassage): ReaderPassage => ({
		anchor: p.anchor,
		label: p.label,
		kind: p.kind,
		spans: p.spans,
		marks: [
			...(quoted.get(p.anchor)?.marks ?? []),
			...(dateMarks.get(p.anchor) ?? []),
			...p.mentions.map((m) => ({ start: m.start, end: m.end, tag: 'mention', value: m.place }))
		],
		places: p.places,
		rejoined: p.rejoined ?? false,
		quotedIn: quoted.get(p.anchor)?.quotedIn ?? []
	});

	return { id: meta.id, blocks: doc.blocks.map(view), footnotes: doc.footnotes.map(view), dateConflict };
};
