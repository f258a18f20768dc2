import { outlineOf } from '$lib/content/chapters';
import { displayName, places } from '$lib/content/places';
import { documentNotes, documents as allDocuments } from '$lib/content/documents';
import { storyData } from '$lib/server/story-data';
import type { PageServerLoad } from './$types';

// Runs once, when the page is prerendered (see storyData: bad content fails the build). The
// chapters go to the browser as outlines: their words are in the page's HTML (see +page.ts).
export const load: PageServerLoad = () => {
	const { chapters, quoteLinks, comparisons, distances, figures, timeline } = storyData();
	// Each place's name and kind, for the chapters' links and the camera (the gazetteer itself loads with the panel)
	const placeNames = Object.fromEntries(places.map((p) => [p.id, { name: displayName(p), kind: p.kind }]));
	// The footer's list of the documents
	const documents = allDocuments.map((d) => ({ id: d.id, title: d.title, author: d.author, authorRole: d.authorRole, publisher: d.publisher, dateLabel: d.dateLabel, notes: documentNotes(d) }));
	return { chapters: chapters.map(outlineOf), placeNames, documents, quoteLinks, comparisons, distances, figures, timeline };
};
