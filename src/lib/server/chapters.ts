/**
 * The story's chapters, read from their Markdown files (src/content/chapters/*.md) when the site is
 * built. Server-only: pages get the chapters through `load`, so that no browser code bundles the
 * prose. A file that cannot be read as a chapter fails the build naming the file, the line and the
 * field (content/chapter-file.ts); the checks that need the documents follow in content.ts.
 */
import { readChapterFiles, type ChapterFile } from '$lib/content/chapter-file';
import type { Chapter } from '$lib/content/chapters';
import { documents } from '$lib/content/documents';
import { places } from '$lib/content/places';
import { questions } from '$lib/content/perspectives';

const sources = import.meta.glob('/src/content/chapters/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The files as read, each with its lines (for later checks' messages) */
export const chapterFiles: readonly ChapterFile[] = readChapterFiles(
	Object.fromEntries(Object.entries(sources).map(([path, text]) => [path.replace(/^\//, ''), text])),
	{
		places: new Set(places.map((p) => p.id)),
		documents: new Set(documents.map((d) => d.id)),
		questions: new Set(questions.map((q) => q.id)),
		placesFile: 'src/lib/content/places.ts'
	}
);

export const chapters: readonly Chapter[] = chapterFiles.map((f) => f.chapter);

const byId = new Map(chapterFiles.map((f) => [f.chapter.id, f]));

/** "src/content/chapters/02-four-islands.md:7" for a chapter's field (a dotted path), for messages */
export function chapterLocation(id: string, path = ''): string {
	const f = byId.get(id);
	return f ? `${f.file}:${path ? f.line(path) : 1}` : `chapter "${id}"`;
}
