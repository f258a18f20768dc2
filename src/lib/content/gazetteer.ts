/**
 * How the documents name each place, and which places belong to which. The build finds every
 * passage that mentions a place by these names (src/lib/corpus/mentions.ts); the place panel
 * shows a place's own passages and, told apart, those of the groups it belongs to.
 *
 * Names are matched whole-word and case-insensitively, with any whitespace between words and any
 * kind of quotation mark. Add a spelling here when a document uses one the list lacks; the unit
 * tests check the counts the story relies on.
 */
import { DISPUTED_ISLAND_IDS, HABOMAI_IDS, KURIL_IDS } from './islands';

export const ALIASES: Readonly<Record<string, readonly string[]>> = {
	'kuril-islands': ['Kuril Islands', 'Kurile Islands', 'Kurils', 'Kuriles'],
	'southern-kurils': [
		'Northern Territories',
		'Northern Territory',
		'southern Kurils',
		'South Kurils',
		'four islands',
		'disputed islands',
		'disputed Kuril Islands',
		"islands' problem"
	],
	iturup: ['Iturup', 'Etorofu'],
	kunashir: ['Kunashir', 'Kunashiri'],
	shikotan: ['Shikotan'],
	habomai: ['Habomai'],
	hokkaido: ['Hokkaido'],
	'cape-nosappu': ['Nosappu'],
	sakhalin: ['Sakhalin'],
	'sakhalin-1': ['Sakhalin-1', 'Sakhalin 1'],
	'sakhalin-2': ['Sakhalin-2', 'Sakhalin 2'],
	// The documents name the plant by what it is; "in Sakhalin" after it still names the island.
	'prigorodnoye-lng': ['LNG plant', 'liquefied natural gas plant', 'Prigorodnoye'],
	vladivostok: ['Vladivostok'],
	russky: ['Russky Island', 'Russky'],
	'russky-bridge': ['a bridge to the site of the summit', 'Russky Bridge'],
	'fefu-campus': ['Far East Federal University', 'Far Eastern Federal University'],
	'port-vostochny': ['port of "Vostochny"', 'Port Vostochny'],
	'vostochny-cosmodrome': ['space launch site "Vostochny"', 'Vostochny Cosmodrome'],
	khabarovsk: ['Khabarovsk'],
	tokyo: ['Tokyo'],
	yokohama: ['Yokohama'],
	moscow: ['Moscow'],
	sochi: ['Sochi'],
	irkutsk: ['Irkutsk'],
	krasnoyarsk: ['Krasnoyarsk'],
	heiligendamm: ['Heiligendamm', 'Khailigendam'],
	muskoka: ['Muskoka'],
	yaroslavl: ['Yaroslavl'],
	'fukushima-daiichi': ['Fukushima-1', 'Fukushima'],
	'northern-sea-route': ['Northern Sea Route'],
	'bering-strait': ['Bering Strait'],
	murmansk: ['Murmansk'],
	'far-east': ['Far East', 'Russian Far East'],
	siberia: ['Siberia', 'East Siberia', 'Eastern Siberia'],
	'st-petersburg': ['St. Petersburg', 'St Petersburg', 'Saint Petersburg'],
	// The neighbours: the capitals stand for their governments, as the documents use them.
	beijing: ['Beijing'],
	china: ['China'],
	washington: ['Washington', 'USA', 'United States'],
	'north-korea': ['North Korea', 'Northern Korea', 'Korean peninsula', 'Pyongyang'],
	afghanistan: ['Afghanistan']
};

/**
 * Phrases that contain a place's name but mean something else: a newspaper, an institute named
 * after a city, a research institute named after a region.
 */
export const NOT_PLACES: readonly string[] = [
	'Moscow Times',
	'Institute of the Far East',
	'Far Eastern Studies',
	'Moscow State Institute of International Relations'
];

/**
 * Which group a place belongs to, for the panel's "part of" passages. The four islands are
 * grouped as the Southern Kurils / Northern Territories, and that group as part of the Kuril
 * chain: so it is in Russian usage, while Japan does not count the four islands among the
 * Kurils. The panel says so where it shows the chain's passages.
 */
export const PART_OF: Readonly<Record<string, readonly string[]>> = {
	// The Habomai islets, one by one, and the other islands of the Kuril chain.
	...Object.fromEntries(HABOMAI_IDS.map((id) => [id, ['habomai']])),
	...Object.fromEntries(
		KURIL_IDS.filter((id) => !DISPUTED_ISLAND_IDS.includes(id)).map((id) => [id, ['kuril-islands']])
	),
	iturup: ['southern-kurils'],
	kunashir: ['southern-kurils'],
	shikotan: ['southern-kurils'],
	habomai: ['southern-kurils'],
	kaigara: ['habomai'],
	'southern-kurils': ['kuril-islands'],
	'sakhalin-1': ['sakhalin'],
	'sakhalin-2': ['sakhalin'],
	'prigorodnoye-lng': ['sakhalin'],
	russky: ['vladivostok'],
	'russky-bridge': ['vladivostok'],
	'fefu-campus': ['russky'],
	'cape-nosappu': ['hokkaido']
};

/** A note shown beside the passages a place inherits from a group, where membership is itself disputed. */
export const GROUP_NOTES: Readonly<Record<string, string>> = {
	'kuril-islands':
		'In Russian usage the Kuril chain includes the four southern islands; in Japan’s, the Northern Territories are not part of the Kurils.'
};

/** The groups a place belongs to, nearest first ("kunashir" → southern-kurils, kuril-islands). */
export function ancestors(id: string): string[] {
	const out: string[] = [];
	const queue = [...(PART_OF[id] ?? [])];
	while (queue.length) {
		const next = queue.shift()!;
		if (out.includes(next) || next === id) continue;
		out.push(next);
		queue.push(...(PART_OF[next] ?? []));
	}
	return out;
}

/** Every place that belongs to `id`, directly or through a smaller group. */
export function descendants(id: string): string[] {
	return Object.keys(PART_OF).filter((other) => other !== id && ancestors(other).includes(id));
}
