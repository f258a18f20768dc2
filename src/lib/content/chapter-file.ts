/**
 * One chapter file (src/content/chapters/NN-id.md) read into a Chapter: YAML front matter for what
 * is data, the body for the prose. Pure (no file system): the build's loader
 * (lib/server/chapters.ts) and the unit tests give it a file's name and text.
 *
 * The body is paragraphs in the story's own words and quotations, separated by blank lines. A
 * quotation is a blockquote whose last line names its document, e.g.
 *
 *     > Being a neighbor country of Japan, Russia is an important partner for Japan …
 *     > — bely-2011
 *
 * and `— bely-2011 (key)` marks the chapter's key quotation. The text is kept as written: Markdown
 * emphasis, links and the like are not rendered (a document's words are quoted as plain text), and
 * anything but paragraphs and quotations is an error naming the line.
 *
 * Problems are reported as `file:line field: what is wrong`; the line is the field's own line in
 * the front matter, or the paragraph's line in the body.
 */
import MarkdownIt from 'markdown-it';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import * as v from 'valibot';
import type { Block, Chapter, LayerGroup } from './chapters';
import { LAYER_DEFAULTS, MAX_PITCH } from './chapters';
import type { DocumentId } from './documents';

/** Where chapter files live, from the project's root */
export const CHAPTERS_DIR = 'src/content/chapters';
/** A chapter file's name: its place in the story (two digits), then its id */
export const CHAPTER_FILE_NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

export class ChapterFileError extends Error {
	constructor(readonly problems: string[]) {
		super(`${problems.length} problem(s) in the chapter files:\n  - ${problems.join('\n  - ')}`);
		this.name = 'ChapterFileError';
	}
}

/** What a chapter may refer to: checked as the file is read, so that the message names the line. */
export interface ChapterRefs {
	places: ReadonlySet<string>;
	documents: ReadonlySet<string>;
	/** Perspectives' question ids (a chapter's two sides name one) */
	questions: ReadonlySet<string>;
	/** Where the places are listed, for the message */
	placesFile?: string;
}

export interface ChapterFile {
	chapter: Chapter;
	file: string;
	/** The line of a field (a dotted path: `camera.zoom`, `blocks.3`), or of the nearest field above it */
	line(path: string): number;
}

const md = new MarkdownIt('commonmark');

const text = (what: string) =>
	v.pipe(
		v.string(`${what} must be text`),
		v.check((s) => s.trim().length > 0, `${what} must not be empty`),
		v.check((s) => s.trim() === s, `${what} must not begin or end with spaces`)
	);
const num = (what: string, min: number, max: number) =>
	v.pipe(v.number(`${what} must be a number`), v.minValue(min, `${what} must be ${min} or more`), v.maxValue(max, `${what} must be ${max} or less`));

/** The message for a document id that is not one of the five */
const notADocument = (id: string, refs: ChapterRefs) => `"${id}" is not a document (the documents are ${[...refs.documents].join(', ')})`;

function schema(refs: ChapterRefs) {
	const placesFile = refs.placesFile ?? 'the gazetteer';
	const place = v.pipe(
		v.string('a place is its id'),
		v.check((id) => refs.places.has(id), (issue) => `"${String(issue.input)}" is not a place (places are listed in ${placesFile})`)
	);
	const doc = v.pipe(
		v.string('a document is its id'),
		v.check((id) => refs.documents.has(id), (issue) => notADocument(String(issue.input), refs)),
		v.transform((id) => id as DocumentId)
	);
	const quotation = v.strictObject({ doc, text: text('the quotation') }, fields('a quotation', 'doc, text'));
	const layerNames = Object.keys(LAYER_DEFAULTS) as LayerGroup[];
	return v.strictObject(
		{
			title: text('title'),
			camera: v.strictObject(
				{
					center: v.strictTuple([num('the longitude', -180, 180), num('the latitude', -90, 90)], 'center is [longitude, latitude]'),
					zoom: num('zoom', 0, 22),
					bearing: num('bearing', -180, 360),
					pitch: num('pitch', 0, MAX_PITCH)
				},
				fields('the camera', 'center, zoom, bearing, pitch')
			),
			projection: v.optional(v.picklist(['mercator', 'globe'], 'projection is mercator or globe')),
			places: v.pipe(v.array(place, 'places is a list of place ids'), v.minLength(1, 'name at least one place')),
			layers: v.optional(
				v.record(
					v.picklist(layerNames, (i) => `"${String(i.input)}" is not a layer group (the groups are ${layerNames.join(', ')})`),
					v.boolean('a layer group is switched on (true) or off (false)')
				)
			),
			contested: v.optional(v.boolean('contested is true or false')),
			timeline: v.optional(
				v.pipe(
					v.strictObject(
						{ from: v.pipe(v.number('from is a year'), v.integer('from is a whole year')), to: v.pipe(v.number('to is a year'), v.integer('to is a whole year')) },
						fields('the timeline', 'from, to')
					),
					v.check((t) => t.from <= t.to, 'the timeline span’s first year must not be after its last')
				)
			),
			distances: v.optional(v.array(v.strictObject({ from: place, to: place, label: text('label') }, fields('a distance', 'from, to, label')), 'distances is a list of { from, to, label }')),
			routeComparison: v.optional(
				v.strictObject({
					from: v.string('from is a port id'),
					to: v.string('to is a port id'),
					claim: v.strictObject(
						{ doc, words: text('the claim’s words'), viaNsrKm: num('viaNsrKm', 0, 40000), viaSuezKm: num('viaSuezKm', 0, 40000) },
						fields('the claim', 'doc, words, viaNsrKm, viaSuezKm')
					)
				}, fields('the route comparison', 'from, to, claim'))
			),
			mapDescription: text('mapDescription'),
			notes: v.optional(v.array(text('a speaker note'), 'notes is a list of paragraphs')),
			sides: v.optional(
				v.strictObject({
					question: v.pipe(
						v.string('question is a Perspectives question id'),
						v.check((id) => refs.questions.has(id), (i) => `"${String(i.input)}" is not a Perspectives question (src/lib/content/perspectives.ts)`)
					),
					russian: quotation,
					japanese: quotation,
					notes: v.array(text('a speaker note'), 'notes is a list of paragraphs')
				}, fields('the two sides', 'question, russian, japanese, notes'))
			)
		},
		fields('a chapter', 'title, camera, projection, places, layers, contested, timeline, distances, routeComparison, mapDescription, notes, sides')
	);
}

/** An object's message: a field it lacks, one it does not have, or not an object at all. */
function fields(what: string, names: string) {
	return (issue: v.BaseIssue<unknown>) =>
		issue.received === 'undefined'
			? `${what} needs ${issue.expected?.replace(/"/g, '') ?? 'this field'}`
			: issue.expected === 'never'
				? `${issue.received.replace(/"/g, '')} is not a field of ${what} (its fields: ${names})`
				: `${what} is a set of fields (${names})`;
}

/** The field's name and its dotted path, from a valibot issue's path. */
function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
	return (issue.path ?? []).map((p) => p.key as string | number);
}

const ATTRIBUTION = /^[—–-]{1,2}\s*([a-z0-9-]+)(\s*\(key\))?$/;

/** Read one chapter file. Throws ChapterFileError listing every problem, each with its line. */
export function readChapterFile(file: string, source: string, refs: ChapterRefs): ChapterFile {
	const problems: string[] = [];
	const name = file.split('/').pop()!;
	const nameMatch = CHAPTER_FILE_NAME.exec(name);
	if (!nameMatch)
		problems.push(`${file}:1 the file name must be two digits, a hyphen, the chapter's id in kebab-case and .md, like 02-four-islands.md`);
	const id = nameMatch?.[2] ?? name.replace(/\.md$/, '');

	const text = source.replace(/\r\n?/g, '\n');
	const fm = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
	if (!fm) throw new ChapterFileError([...problems, `${file}:1 a chapter file starts with front matter between two lines of ---`]);
	const fmStart = 2; // the front matter's first line
	/** The body's first line, 1-based (markdown-it counts the body's lines from 0) */
	const bodyStart = fm[0].split('\n').length;
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(fm[1]!, { lineCounter, prettyErrors: false, uniqueKeys: true });
	for (const e of doc.errors) problems.push(`${file}:${fmStart - 1 + (lineCounter.linePos(e.pos[0]).line)} ${e.message.split('\n')[0]}`);

	const lines = new Map<string, number>();
	/** The line of a field in the front matter: a key's own line, a list item's line; else its parent's */
	const lineOf = (path: (string | number)[]): number => {
		let line = fmStart - 1;
		let node: unknown = doc.contents;
		const at = (range?: readonly number[] | null) => (range ? fmStart - 1 + lineCounter.linePos(range[0]!).line : line);
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
				if (!pair) break;
				line = at(isScalar(pair.key) ? pair.key.range : null);
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number') {
				const item = node.items[key];
				if (!item) break;
				line = at((item as { range?: number[] }).range);
				node = item;
			} else break;
		}
		return line;
	};

	// Front matter that is not YAML is reported as such, and not checked field by field as well
	const result = doc.errors.length ? null : v.safeParse(schema(refs), doc.toJS() ?? {}, { abortPipeEarly: true });
	if (result && !result.success) {
		for (const issue of result.issues) {
			const path = issuePath(issue);
			problems.push(`${file}:${lineOf(path)} ${path.join('.') || 'front matter'}: ${issue.message}`);
		}
	}

	// The body: paragraphs and quotations
	const blocks: Block[] = [];
	const tokens = md.parse(text.slice(fm[0].length), {});
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		const line = bodyStart + (t.map?.[0] ?? 0);
		if (t.type === 'paragraph_open' && t.level === 0) {
			const inline = tokens[i + 1]!;
			blocks.push(inline.content.split('\n').map((l) => l.trim()).join(' '));
			lines.set(`blocks.${blocks.length - 1}`, line);
			i += 2;
		} else if (t.type === 'blockquote_open') {
			// Its paragraphs, up to the matching close; anything else in it is reported once
			const parts: string[] = [];
			let depth = 1;
			let j = i + 1;
			let found = '';
			for (; j < tokens.length && depth > 0; j++) {
				const u = tokens[j]!;
				if (u.type === 'blockquote_close') depth--;
				else if (u.type === 'inline') parts.push(u.content);
				else if (u.type === 'paragraph_open' || u.type === 'paragraph_close') continue;
				else {
					if (u.type === 'blockquote_open') depth++;
					if (!found && u.nesting >= 0) {
						found = u.type === 'blockquote_open' ? 'a quotation inside it' : u.type.replace(/_open$/, '').replace('_', ' ');
						problems.push(`${file}:${bodyStart + (u.map?.[0] ?? 0)} a quotation holds only the document's words and a last line naming it (found ${found})`);
					}
				}
			}
			i = j - 1;
			if (found) continue;
			const all = parts.join('\n').split('\n').map((l) => l.trim());
			const last = all.pop() ?? '';
			const m = ATTRIBUTION.exec(last);
			const words = all.join(' ').trim();
			// The words of one paragraph of the document (the line naming it may stand apart)
			const paragraphs = parts.filter((p) => p.trim() !== last).length;
			if (m && paragraphs > 1) {
				problems.push(`${file}:${line} a quotation is the words of one paragraph of its document: quote each paragraph on its own`);
				continue;
			}
			if (!m) {
				problems.push(`${file}:${line} a quotation must end with a line naming its document, like "> — riac-2012" (found "${last}")`);
			} else if (!words) {
				problems.push(`${file}:${line} the quotation from ${m[1]} has no words`);
			} else {
				if (!refs.documents.has(m[1]!)) problems.push(`${file}:${line} ${notADocument(m[1]!, refs)}`);
				blocks.push({ doc: m[1] as DocumentId, text: words, ...(m[2] ? { key: true } : {}) });
				lines.set(`blocks.${blocks.length - 1}`, line);
			}
		} else if (t.nesting >= 0 && t.level === 0 && t.type !== 'inline') {
			problems.push(
				`${file}:${line} the body holds paragraphs and quotations only (found ${t.type.replace(/_open$/, '').replace('_', ' ')}); write the text as plain paragraphs`
			);
			if (t.nesting === 1) {
				// skip to the matching close
				let depth = 1;
				while (depth > 0 && ++i < tokens.length) depth += tokens[i]!.nesting;
			}
		}
	}
	if (!blocks.some((b) => typeof b === 'string')) problems.push(`${file}:${bodyStart} the chapter has no paragraph in the story's own words`);

	// (no result: the YAML could not be read, and said so)
	if (problems.length || !result?.success) throw new ChapterFileError(problems);
	const chapter: Chapter = { id, ...result.output, blocks };
	return {
		chapter,
		file,
		line: (path) => lines.get(path) ?? lineOf(path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)))
	};
}

/** Read every chapter file, in the order of their names; throws one error listing every file's problems. */
export function readChapterFiles(files: Record<string, string>, refs: ChapterRefs): ChapterFile[] {
	const problems: string[] = [];
	const out: ChapterFile[] = [];
	const names = Object.keys(files).sort((a, b) => a.split('/').pop()!.localeCompare(b.split('/').pop()!));
	const seen = new Map<string, string>();
	for (const file of names) {
		try {
			const read = readChapterFile(file, files[file]!, refs);
			const other = seen.get(read.chapter.id);
			if (other) problems.push(`${file}:1 the id "${read.chapter.id}" is used by another chapter, ${other}`);
			seen.set(read.chapter.id, file);
			out.push(read);
		} catch (e) {
			if (!(e instanceof ChapterFileError)) throw e;
			problems.push(...e.problems);
		}
	}
	if (!names.length) problems.push(`${CHAPTERS_DIR}: there are no chapter files`);
	if (problems.length) throw new ChapterFileError(problems);
	return out;
}
