import { error } from '@sveltejs/kit';
import { borders } from '$lib/content/borders';
import { keyQuotation, outlineOf } from '$lib/content/chapters';
import { chapters } from '$lib/server/chapters';
import { storyData } from '$lib/server/story-data';
import { shownBorders } from '$lib/state/timeline';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapters.map((c) => ({ chapter: c.id }));

export const load: PageServerLoad = ({ params }) => {
	const index = chapters.findIndex((c) => c.id === params.chapter);
	if (index < 0) error(404, `There is no chapter "${params.chapter}".`);
	const chapter = chapters[index]!;
	const data = storyData();
	const key = keyQuotation(chapter);
	return {
		// The frame shows the chapter's title, map and key quotation: not its other words
		chapter: outlineOf(chapter),
		key: key?.quotation,
		number: index + 1,
		count: chapters.length,
		keyLink: key ? data.quoteLinks[chapter.id]?.[key.index] : undefined,
		comparison: data.comparisons[chapter.id],
		distances: data.distances[chapter.id],
		treatyBorders: shownBorders(borders, chapter, data.timeline)
	};
};
