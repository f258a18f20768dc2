/**
 * The story's state: which chapter is active. Everything else (camera, highlights, layers) is
 * derived from it; nothing writes back.
 */
import { chapters, type Chapter } from '../content/chapters';

/** The chapter a URL hash names ("#four-islands"), or undefined. Hash text is data, never markup. */
export function chapterFromHash(hash: string, list: readonly Chapter[] = chapters): Chapter | undefined {
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

export class StoryState {
	activeId = $state(chapters[0]!.id);
	readonly active: Chapter = $derived(chapters.find((c) => c.id === this.activeId) ?? chapters[0]!);
	readonly index: number = $derived(chapters.indexOf(this.active));
}
