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

export class StoryState {
	activeId = $state(chapters[0]!.id);
	readonly active: Chapter = $derived(chapters.find((c) => c.id === this.activeId) ?? chapters[0]!);
	readonly index: number = $derived(chapters.indexOf(this.active));
}
