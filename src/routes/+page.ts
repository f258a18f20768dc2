/**
 * The story page's prose (lib/server/prose.ts): rendered by the build into the page, where the
 * browser adopts it as it is; so neither the page's data nor its JavaScript carries the words again.
 * A page drawn in the browser, reached by a link inside the site, fetches the chapters' words.
 */
import { base } from '$app/paths';
import type { Chapter, ChapterOutline } from '$lib/content/chapters';
import { fetchChapters } from '$lib/state/chapter-texts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	const outlines: readonly (ChapterOutline | Chapter)[] = data.chapters;
	if (import.meta.env.SSR) {
		const { chapterProse } = await import('$lib/server/prose');
		return { ...data, chapters: outlines, prose: chapterProse() as Record<string, string> | null };
	}
	// Hydrating the built page: the prose is in it already, and Svelte keeps it as it is. Its own
	// HTML is given all the same, so that a page that had to be drawn afresh (a failed hydration)
	// still has its words.
	const built = [...document.querySelectorAll<HTMLElement>('#story [data-chapter] [data-prose]')];
	if (built.length)
		return {
			...data,
			chapters: outlines,
			prose: Object.fromEntries(built.map((el) => [el.closest<HTMLElement>('[data-chapter]')!.dataset.chapter!, el.innerHTML])) as Record<string, string> | null
		};
	const chapters: readonly (ChapterOutline | Chapter)[] = await fetchChapters(base);
	return { ...data, chapters, prose: null };
};
