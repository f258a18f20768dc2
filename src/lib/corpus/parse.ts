/**
 * A document's text as a reader sees it: paragraphs with stable anchors, headings, lists and
 * footnotes. The words are never changed: typos and run-together words stay. What is removed is
 * only the markup the texts were delivered in (Markdown emphasis, escapes, link syntax, page-break
 * rules) and what is moved is only footnotes, which go to the end with a link each way.
 *
 * Paragraphs that a page break cut in two (the RIAC report's footnotes sit between the halves,
 * "…in overall Japanese" / "oil import was 7.1%") are joined again, because the quotations and
 * the search are about the paragraph, not the page.
 */
import MarkdownIt from 'markdown-it';

/** A run of a paragraph's text with one style; a footnote reference has no text of its own. */
export interface Span {
	text: string;
	strong?: boolean;
	/** Link target as written in the document (never fetched by the app) */
	href?: string;
	/** Footnote number this marker refers to */
	note?: string;
	/** Superscript that is not a footnote marker (the text's own, e.g. a reference the document lacks) */
	sup?: boolean;
}

export type BlockKind = 'heading' | 'paragraph' | 'list';

export interface Passage {
	/** Anchor in the reader: "p12" for the twelfth block, "fn-4" for footnote 4 */
	anchor: string;
	/** What a citation calls it: "¶ 12", "note 4" */
	label: string;
	kind: BlockKind | 'footnote';
	/** The passage's words with markup removed; line breaks kept as "\n" */
	text: string;
	/** The same words, styled; their texts concatenate to `text` */
	spans: Span[];
	/** True when the passage was rejoined across a page break */
	rejoined?: boolean;
}

export interface ParsedDocument {
	/** Headings, paragraphs and lists in reading order (footnotes excluded) */
	blocks: Passage[];
	footnotes: Passage[];
}

export type DocumentFormat = 'markdown' | 'text';

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** Inline Markdown to spans. Only the constructs the documents use are expected; any other tag is kept as text. */
function markdownSpans(source: string): Span[] {
	const tokens = md.parseInline(source, {})[0]?.children ?? [];
	const spans: Span[] = [];
	let strong = false;
	let href: string | undefined;
	let inSup = false;
	for (const t of tokens) {
		switch (t.type) {
			case 'strong_open':
				strong = true;
				break;
			case 'strong_close':
				strong = false;
				break;
			case 'em_open':
			case 'em_close':
				break;
			case 'link_open':
				href = String(t.attrGet('href') ?? '');
				break;
			case 'link_close':
				href = undefined;
				break;
			case 'softbreak':
			case 'hardbreak':
				spans.push({ text: '\n' });
				break;
			case 'html_inline':
				if (/^<sup>$/i.test(t.content)) inSup = true;
				else if (/^<\/sup>$/i.test(t.content)) inSup = false;
				else spans.push({ text: t.content });
				break;
			case 'code_inline':
				spans.push({ text: t.markup + t.content + t.markup });
				break;
			default:
				if (inSup && /^\d+$/.test(t.content)) spans.push({ text: '', note: t.content });
				else if (t.content) spans.push({ text: t.content, ...(strong && { strong }), ...(href !== undefined && { href }) });
		}
	}
	return mergeSpans(spans);
}

/** Join neighbouring spans of the same style. */
function mergeSpans(spans: Span[]): Span[] {
	const out: Span[] = [];
	for (const s of spans) {
		const last = out[out.length - 1];
		if (last && !s.note && !last.note && last.strong === s.strong && last.href === s.href && last.sup === s.sup)
			last.text += s.text;
		else out.push({ ...s });
	}
	return out;
}

const textOf = (spans: Span[]) => spans.map((s) => s.text).join('');

interface RawBlock {
	kind: BlockKind | 'footnote' | 'rule';
	spans: Span[];
	note?: string;
}

const FOOTNOTE = /^<sup>(\d+)<\/sup>\s*/;
/** Ends a sentence, a clause list or a quotation: a block ending otherwise may continue after a page break. */
const CLOSED = /[.!?:;…"”»)\]]$/u;
const LIST_LINE = /^\s*(?:[-•*]\s)/u;

function isHeadingLine(line: string): boolean {
	const t = line.trim();
	return (
		t.length > 0 &&
		t.length < 90 &&
		/^\p{Lu}/u.test(t) &&
		!/^By\s/.test(t) &&
		!CLOSED.test(t) &&
		!/[,>•|]$/.test(t) &&
		!/[>•|]/.test(t)
	);
}

function markdownBlock(block: string): RawBlock[] {
	if (/^-{3,}$/.test(block) || /^\*{3,}$/.test(block)) return [{ kind: 'rule', spans: [] }];
	const footnote = FOOTNOTE.exec(block);
	if (footnote) return [{ kind: 'footnote', note: footnote[1], spans: markdownSpans(block.slice(footnote[0].length)) }];
	const heading = /^#{1,6}\s+(.*)$/s.exec(block);
	if (heading) return [{ kind: 'heading', spans: markdownSpans(heading[1]!) }];
	const lines = block.split('\n');
	if (lines.every((l) => LIST_LINE.test(l)))
		return [{ kind: 'list', spans: markdownSpans(lines.map((l) => l.replace(LIST_LINE, '').trim()).join('  \n')) }];
	const spans = markdownSpans(block);
	// A block in bold and nothing else is a title or heading of the printed report.
	if (spans.every((s) => s.strong || !s.text.trim())) return [{ kind: 'heading', spans }];
	return [{ kind: 'paragraph', spans }];
}

function textBlock(block: string, index: number, next: string | undefined): RawBlock[] {
	const lines = block.split('\n');
	if (lines.every((l) => LIST_LINE.test(l)))
		return [{ kind: 'list', spans: [{ text: lines.map((l) => l.replace(LIST_LINE, '').trim()).join('\n') }] }];
	if (index === 0 && lines.length === 1 && /^\p{Lu}/u.test(block)) return [{ kind: 'heading', spans: [{ text: block }] }];
	// "Economic partnership\nSince the economic crisis…": a heading line over its paragraph.
	if (lines.length > 1 && isHeadingLine(lines[0]!) && lines.slice(1).join(' ').length > 150)
		return [
			{ kind: 'heading', spans: [{ text: lines[0]!.trim() }] },
			{ kind: 'paragraph', spans: [{ text: lines.slice(1).join('\n') }] }
		];
	// A short unpunctuated line followed by a long paragraph is a section heading.
	if (lines.length === 1 && isHeadingLine(block) && next !== undefined && next.length > 200)
		return [{ kind: 'heading', spans: [{ text: block }] }];
	return [{ kind: 'paragraph', spans: [{ text: block }] }];
}

/** True when `b` continues the paragraph `a` that a page break cut off. */
function continues(a: RawBlock, b: RawBlock): boolean {
	if (a.kind !== 'paragraph' || b.kind !== 'paragraph') return false;
	const end = textOf(a.spans).trimEnd();
	const start = textOf(b.spans).trimStart();
	if (/^\p{Ll}/u.test(start)) return !CLOSED.test(end);
	// "…noticeable in the" / "Eastern direction…": a long paragraph stopped mid-sentence.
	return end.length >= 150 && start.length >= 40 && /[\p{Ll},–—-]$/u.test(end);
}

/** Split a document into passages. Anchors number the blocks in reading order, so they are stable for a given text. */
export function parseDocument(raw: string, format: DocumentFormat): ParsedDocument {
	const chunks = raw
		.replace(/\r\n?/g, '\n')
		.split(/\n[^\S\n]*\n/)
		.map((b) => b.replace(/^\n+|\s+$/g, ''))
		.filter((b) => b.trim().length > 0);
	const raws: RawBlock[] = chunks.flatMap((chunk, i) =>
		format === 'markdown' ? markdownBlock(chunk.trim()) : textBlock(chunk.trim(), i, chunks[i + 1])
	);

	const blocks: Passage[] = [];
	const footnotes: Passage[] = [];
	let open: { passage: Passage; raw: RawBlock } | null = null;
	for (const r of raws) {
		if (r.kind === 'rule') continue;
		if (r.kind === 'footnote') {
			const text = textOf(r.spans);
			footnotes.push({ anchor: `fn-${r.note}`, label: `note ${r.note}`, kind: 'footnote', text, spans: r.spans });
			continue;
		}
		if (open && continues(open.raw, r)) {
			const joined = mergeSpans([...open.passage.spans, { text: ' ' }, ...r.spans]);
			open.passage.spans = joined;
			open.passage.text = textOf(joined);
			open.passage.rejoined = true;
			open.raw = { ...r, spans: joined };
			continue;
		}
		const n = blocks.length + 1;
		const passage: Passage = { anchor: `p${n}`, label: `¶ ${n}`, kind: r.kind, text: textOf(r.spans), spans: r.spans };
		blocks.push(passage);
		open = { passage, raw: r };
	}
	resolveNoteMarkers(blocks, footnotes);
	return { blocks, footnotes };
}

/**
 * A superscript number is a footnote marker only when that footnote exists and no earlier marker
 * took it: the RIAC report's "“territorial article”<sup>9</sup>" (Article 9) comes after note 9's
 * marker, so it stays a superscript 9 in the text.
 */
function resolveNoteMarkers(blocks: Passage[], footnotes: Passage[]): void {
	const defined = new Set(footnotes.map((f) => f.anchor.slice(3)));
	const taken = new Set<string>();
	for (const block of blocks) {
		let changed = false;
		block.spans = block.spans.map((span) => {
			if (!span.note) return span;
			if (defined.has(span.note) && !taken.has(span.note)) {
				taken.add(span.note);
				return span;
			}
			changed = true;
			return { text: span.note, sup: true };
		});
		if (changed) block.text = textOf(block.spans);
	}
}

/** Every passage of a document, blocks then footnotes. */
export function allPassages(doc: ParsedDocument): Passage[] {
	return [...doc.blocks, ...doc.footnotes];
}
