/**
 * The chapters whole, from the prerendered /data/chapters.json: for a story page the browser draws
 * itself (reached by a link inside the site) and for a place's panel (the chapters' quotations).
 * Fetched once for both; a failed fetch can be tried again.
 */
import type { Chapter } from '../content/chapters';

let pending: Promise<Chapter[]> | null = null;

export function fetchChapters(base: string): Promise<Chapter[]> {
	pending ??= (async () => {
		const response = await fetch(`${base}/data/chapters.json`);
		if (!response.ok) throw new Error(`the server answered ${response.status} for data/chapters.json`);
		return ((await response.json()) as { chapters: Chapter[] }).chapters;
	})().catch((e: unknown) => {
		pending = null; // let the reader try again
		throw e;
	});
	return pending;
}
