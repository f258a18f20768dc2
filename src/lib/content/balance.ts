/**
 * Whose voices each chapter quotes: the Russian documents (the JFIR outline of Ambassador Bely's
 * talk, the RIAC report) and the Japanese (Kishida, Imamura, Togo). A chapter about a question the
 * two sides dispute must quote both; the build reports every chapter's counts. Pure.
 */
import type { Chapter, Quotation } from './chapters';
import { getDocument } from './documents';

export interface ChapterVoices {
	id: string;
	title: string;
	contested: boolean;
	/** How many quotations each voice has in the chapter */
	Russian: number;
	Japanese: number;
	/** Which documents it quotes, each with how many quotations */
	documents: Record<string, number>;
}

/** The voices a chapter quotes. */
export function chapterVoices(chapter: Chapter): ChapterVoices {
	const quotations = chapter.blocks.filter((b): b is Quotation => typeof b !== 'string');
	const out: ChapterVoices = { id: chapter.id, title: chapter.title, contested: !!chapter.contested, Russian: 0, Japanese: 0, documents: {} };
	for (const q of quotations) {
		const voice = getDocument(q.doc)?.voice;
		if (voice) out[voice]++;
		out.documents[q.doc] = (out.documents[q.doc] ?? 0) + 1;
	}
	return out;
}

/** Problems: a contested chapter that quotes only one side. */
export function balanceProblems(chapters: readonly Chapter[], file: string): string[] {
	return chapters
		.map(chapterVoices)
		.filter((v) => v.contested && (v.Russian === 0 || v.Japanese === 0))
		.map((v) => `${file}: chapter "${v.id}" is about a disputed question but quotes only ${v.Russian ? 'Russian' : 'Japanese'} voices; quote both sides`);
}

/** The counts as a table, one line a chapter, for the build to print. */
export function balanceReport(chapters: readonly Chapter[]): string {
	const rows = chapters.map(chapterVoices);
	const width = Math.max(...rows.map((r) => r.id.length));
	const lines = rows.map(
		(r) =>
			`  ${r.id.padEnd(width)}  Russian ${r.Russian}  Japanese ${r.Japanese}${r.contested ? '  (disputed question)' : ''}  ${Object.entries(r.documents)
				.map(([d, n]) => `${d} ${n}`)
				.join(', ')}`
	);
	const total = rows.reduce((t, r) => ({ Russian: t.Russian + r.Russian, Japanese: t.Japanese + r.Japanese }), { Russian: 0, Japanese: 0 });
	return [`The story's voices, chapter by chapter (quotations):`, ...lines, `  all chapters: Russian ${total.Russian}, Japanese ${total.Japanese}`].join('\n');
}
