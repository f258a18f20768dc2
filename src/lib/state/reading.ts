/**
 * Which chapter the reader is at: the one the address's hash names, or the one whose section
 * crosses the reading line once scrolling stops. Pure, for the story's scroll observer.
 */
/** The chapter a URL hash names ("#four-islands"), or undefined. Hash text is data, never markup. */
export function chapterFromHash<C extends { id: string }>(hash: string, list: readonly C[]): C | undefined {
	let id = hash.replace(/^#/, '');
	try {
		id = decodeURIComponent(id);
	} catch {
		return undefined;
	}
	return list.find((c) => c.id === id);
}

/**
 * The chapter whose section crosses the reading line (a y position in the viewport), from the
 * sections' tops in order; null above the first (the introduction). Checks the scroll
 * observer's work once scrolling stops: a jump across many chapters can leave it a step behind.
 */
export function chapterAtLine(sections: readonly { id: string; top: number }[], line: number): string | null {
	let found: string | null = null;
	for (const s of sections) if (s.top <= line) found = s.id;
	return found;
}

/** The narrow layout's breakpoint: below it the map sits above the text, which scrolls beneath it. */
export const NARROW = '(max-width: 760px)';

/**
 * Where the reading line sits, as a fraction of the window's height: the middle of the screen, or
 * on a phone below the map, which takes the top of the screen.
 */
export function readingLine(narrow: boolean): 0.5 | 0.7 {
	return narrow ? 0.7 : 0.5;
}
