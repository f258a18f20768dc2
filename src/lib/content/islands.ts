/**
 * The region's islands as listed in islands.json (see README.md here), and the groups the
 * gazetteer and the map need by id: small enough for any page's first script.
 */
import islandList from './islands.json';

export interface IslandRecord {
	id: string;
	en: string;
	ru: string;
	ja: string;
	ja_romaji: string;
	group: string;
	seed: [number, number];
	disputed?: boolean;
	ja_uncertain?: boolean;
	id_uncertain?: boolean;
}

export const islands = islandList as IslandRecord[];

/** Ids of the four islands (and the Habomai islets) at the heart of the dispute. */
export const DISPUTED_ISLAND_IDS = islands.filter((i) => i.disputed).map((i) => i.id);
export const HABOMAI_IDS = islands.filter((i) => i.group.includes('Habomai')).map((i) => i.id);
export const KURIL_IDS = islands.filter((i) => i.group.includes('Kuril')).map((i) => i.id);
