/**
 * The five documents as one searchable corpus: every passage with its anchor and the places it
 * mentions, and a way to find where a quotation sits. Pure (no file access), so the build, the
 * tests and any script share it; src/lib/server/content.ts feeds it the texts.
 */
import { allPassages, parseDocument, type DocumentFormat, type Passage } from './parse';
import { findQuote, PassageNotFoundError } from './quote';
import { mentionedPlaces, type Mention, type MentionFinder } from './mentions';

export interface IndexedPassage extends Passage {
	doc: string;
	mentions: Mention[];
	/** Distinct places mentioned, in order of first mention */
	places: string[];
}

export interface CorpusDocument {
	id: string;
	blocks: IndexedPassage[];
	footnotes: IndexedPassage[];
}

export interface DocumentSource {
	id: string;
	raw: string;
	format: DocumentFormat;
}

export function indexDocument(source: DocumentSource, finder: MentionFinder): CorpusDocument {
	const parsed = parseDocument(source.raw, source.format);
	const index = (p: Passage): IndexedPassage => {
		const mentions = finder.find(p.text);
		return { ...p, doc: source.id, mentions, places: mentionedPlaces(mentions) };
	};
	return { id: source.id, blocks: parsed.blocks.map(index), footnotes: parsed.footnotes.map(index) };
}

export function passagesOf(doc: CorpusDocument): IndexedPassage[] {
	return allPassages(doc) as IndexedPassage[];
}

export interface QuoteLocation {
	passage: IndexedPassage;
	/** Each part of the quotation as [start, end) in the passage's text */
	parts: Array<[number, number]>;
}

/**
 * Where a quotation sits: the passage and the quoted words in it. The quotation is matched
 * against the passages' words (markup removed), so it quotes what a reader of the document sees.
 * @throws PassageNotFoundError when it is not found exactly once, or runs across two passages
 */
export function locateQuote(doc: CorpusDocument, quote: string): QuoteLocation {
	const passages = passagesOf(doc);
	const starts: number[] = [];
	let text = '';
	for (const p of passages) {
		if (text) text += '\n\n';
		starts.push(text.length);
		text += p.text;
	}
	const match = findQuote(text, quote);
	let i = starts.length - 1;
	while (i > 0 && starts[i]! > match.start) i--;
	const passage = passages[i]!;
	const offset = starts[i]!;
	if (match.end > offset + passage.text.length)
		throw new PassageNotFoundError(
			'not-found',
			quote,
			`The quotation runs from ${passage.label} into the next passage; quote one passage at a time: "${quote}"`
		);
	return { passage, parts: match.parts.map(([a, b]) => [a - offset, b - offset]) };
}
