/**
 * The five documents at build time: their full texts, exactly as published, and their passages
 * with anchors and the places each names. Never shipped to the browser whole.
 */
import { documents } from '../content/documents';
import { ALIASES, NOT_PLACES } from '../content/gazetteer';
import { indexDocument, type CorpusDocument } from '../corpus/corpus';
import { MentionFinder } from '../corpus/mentions';

const texts = import.meta.glob('../content/documents/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Document id → full text, exactly as published. */
export const documentTexts: ReadonlyMap<string, string> = new Map(
	Object.entries(texts).map(([path, text]) => [path.replace(/^.*\/(.+)\.txt$/, '$1'), text])
);

/** Finds the places a passage names, by the documents' own spellings. */
export const mentionFinder = new MentionFinder(ALIASES, NOT_PLACES);

let built: Map<string, CorpusDocument> | undefined;

/** Document id → its passages, with anchors and the places each mentions. Built once per process. */
export function corpus(): ReadonlyMap<string, CorpusDocument> {
	built ??= new Map(
		documents.map((d) => {
			const raw = documentTexts.get(d.id);
			if (raw === undefined) throw new Error(`src/lib/content/documents/${d.id}.txt is missing`);
			return [d.id, indexDocument({ id: d.id, raw, format: d.format }, mentionFinder)];
		})
	);
	return built;
}
