/** A document's reader page (/sources/<id>) as the build gives it to the browser. */
import type { IndexedPassage } from '../corpus/corpus';
import type { Mark } from '../corpus/segments';

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
