/**
 * The story page's prose, rendered by the build: each chapter's paragraphs and quotations as HTML
 * (the ChapterProse component, rendered on the server). The page puts it in with {@html}, which
 * the browser adopts as it is when it hydrates the page: the prose is sent once, in the HTML, and
 * not hydrated at all (Svelte keeps the server's {@html} content: "hydration_html_changed").
 */
import { render } from 'svelte/server';
import ChapterProse from '$lib/components/ChapterProse.svelte';
import { storyData } from './story-data';

let cached: Record<string, string> | undefined;

/** Chapter id → its prose as HTML */
export function chapterProse(): Record<string, string> {
	if (cached) return cached;
	const { chapters, quoteLinks } = storyData();
	// Rendered outside the page, where the site's base path is not yet the page's relative one: the
	// story page is the site's root, so its links start "./", as the rest of the page's do.
	cached = Object.fromEntries(chapters.map((c) => [c.id, render(ChapterProse, { props: { blocks: c.blocks, links: quoteLinks[c.id], base: '.' } }).body]));
	return cached;
}
