/**
 * A place's passages, as the side panel shows them: those that name the place itself; then,
 * told apart, those that name a group it belongs to (Kunashir → the four islands → the Kuril
 * chain); then those that name places within it. Each passage appears once, in the first
 * section it qualifies for, grouped by document in the documents' order.
 */
import { ancestors, descendants } from '../content/gazetteer';
import type { PayloadPassage } from './payload';
import type { Mark } from './segments';

export interface DocumentGroup {
	doc: string;
	passages: PayloadPassage[];
}

export interface PlaceSection {
	kind: 'own' | 'group' | 'within';
	/** The group, for a 'group' section */
	group?: string;
	/** The places whose mentions the section is about */
	places: string[];
	documents: DocumentGroup[];
	count: number;
}

export function placeSections(
	passages: readonly PayloadPassage[],
	placeId: string,
	documentOrder: readonly string[]
): PlaceSection[] {
	const shown = new Set<string>();
	const section = (kind: PlaceSection['kind'], places: string[], group?: string): PlaceSection => {
		const wanted = new Set(places);
		const hits = passages.filter((p) => !shown.has(p.id) && p.mentions.some(([, , place]) => wanted.has(place)));
		for (const h of hits) shown.add(h.id);
		const documents = documentOrder
			.map((doc) => ({ doc, passages: hits.filter((h) => h.doc === doc) }))
			.filter((g) => g.passages.length > 0);
		return { kind, places, documents, count: hits.length, ...(group && { group }) };
	};
	const sections = [section('own', [placeId])];
	for (const group of ancestors(placeId)) sections.push(section('group', [group], group));
	const within = descendants(placeId);
	if (within.length) sections.push(section('within', within));
	return sections.filter((s) => s.kind === 'own' || s.count > 0);
}

/** The distinct places a passage names. */
export function passagePlaces(passage: PayloadPassage): string[] {
	return [...new Set(passage.mentions.map(([, , place]) => place))];
}

/** The places of a section that its passages actually name (a group's members may not all be). */
export function namedIn(section: PlaceSection): string[] {
	const named = new Set(section.documents.flatMap((d) => d.passages.flatMap(passagePlaces)));
	return section.places.filter((id) => named.has(id));
}

/** Marks for a passage's mentions of some places. */
export function mentionMarks(passage: PayloadPassage, ids: readonly string[]): Mark[] {
	return passage.mentions.filter(([, , id]) => ids.includes(id)).map(([start, end, value]) => ({ start, end, tag: 'mention', value }));
}

/** How many passages name each place. */
export function passageCounts(passages: readonly PayloadPassage[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const p of passages) for (const id of passagePlaces(p)) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}

/** Every place some passages name, with how many name it: most often first, then by name. */
export function countPlaces(passages: readonly { places: readonly string[] }[], name: (id: string) => string): [string, number][] {
	const counts = new Map<string, number>();
	for (const p of passages) for (const id of p.places) counts.set(id, (counts.get(id) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || name(a[0]).localeCompare(name(b[0])));
}
