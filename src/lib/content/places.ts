/**
 * The gazetteer: every place the story visits, with its names in English, Russian and Japanese,
 * what it is, and where it is drawn. Islands are drawn from the land polygons in
 * static/geo/land-region.geojson (matched by id); everything else carries its own geometry here.
 */
import type { MultiLineString, Point } from 'geojson';
import type { Place } from './place';
import { HISTORY_PLACES, NEIGHBOUR_PLACES } from './places-more';
import { DISPUTED_ISLAND_IDS, HABOMAI_IDS, islands, KURIL_IDS, type IslandRecord } from './islands';

export type { LandGeometry, LonLat, Place, PlaceGeometry, PlaceKind, PlaceNames } from './place';

/** The neutral note shown wherever a disputed island appears. */
export const DISPUTE_NOTE =
	'Administered by Russia as part of Sakhalin Oblast; claimed by Japan as part of the Northern Territories (Hokkaido Prefecture).';

function islandDescription(i: IslandRecord): string {
	if (i.disputed) {
		const where = i.group.includes('Habomai')
			? 'One of the Habomai islets, the disputed islands closest to Hokkaido.'
			: 'One of the four disputed islands between Hokkaido and Urup.';
		return `${where} ${DISPUTE_NOTE}`;
	}
	if (i.id === 'sakhalin')
		return 'A large island between the Sea of Okhotsk and the Sea of Japan, administered by Russia (Sakhalin Oblast); its shelf holds the Sakhalin-1 and Sakhalin-2 oil and gas projects, in which Japanese companies hold stakes.';
	if (i.id === 'hokkaido') return "Japan's northernmost main island.";
	return `An island of the ${i.group} chain, administered by Russia (Sakhalin Oblast); not among the islands Japan claims.`;
}

const islandPlaces: Place[] = islands.map((i) => ({
	id: i.id,
	names: {
		en: i.en,
		ru: i.ru,
		// A Japanese name that still needs a source is not shown as fact.
		ja: i.ja_uncertain || i.id_uncertain ? undefined : i.ja,
		jaRomaji: i.ja_uncertain || i.id_uncertain ? undefined : i.ja_romaji.replace(/-(tō|jima)$/u, '')
	},
	kind: 'island',
	description: islandDescription(i),
	geometry: { type: 'Land', ids: [i.id], label: i.seed },
	disputed: i.disputed ?? false
}));

const point = (lon: number, lat: number): Point => ({ type: 'Point', coordinates: [lon, lat] });

/**
 * The Northern Sea Route as Russian law bounds its waters (the Merchant Shipping Code, Article 5.1):
 * from the Bering Strait at the parallel of Cape Dezhnev in the east to the Kara Gate, the strait
 * between Vaygach Island and Novaya Zemlya, in the west; drawn as a lane at sea along the coast,
 * through the Vilkitsky Strait and past the New Siberian Islands. Split at the 180° meridian as
 * RFC 7946 asks. A unit test holds every point of it off the map's land.
 */
const NSR: MultiLineString = {
	type: 'MultiLineString',
	coordinates: [
		[
			[-169.6, 66.1],
			[-169.8, 66.5],
			[-172.2, 67.3],
			[-175.5, 68.4],
			[-180, 69.5]
		],
		[
			[180, 69.5],
			[178.8, 69.85],
			[173.0, 70.1],
			[166.0, 70.4],
			[160.0, 70.9],
			[152.5, 72.0],
			[146.0, 73.5],
			[141.0, 74.4],
			[137.5, 74.5],
			[131.0, 74.2],
			[125.0, 74.0],
			[118.0, 76.0],
			[110.0, 77.4],
			[104.5, 77.8],
			[100.0, 77.6],
			[92.0, 76.5],
			[84.0, 74.6],
			[76.0, 74.1],
			[70.0, 73.6],
			[64.0, 72.2],
			[60.0, 71.0],
			[57.8, 70.5]
		]
	]
};

const otherPlaces: Place[] = [
	{
		id: 'kuril-islands',
		names: { en: 'Kuril Islands', ru: 'Курильские острова', ja: '千島列島', jaRomaji: 'Chishima Rettō' },
		kind: 'island-group',
		description:
			'The islands from Urup to Shumshu, between the disputed islands and Kamchatka: the part of the island chain that no one disputes, administered by Russia, which this map labels “Kuril Islands”. Whether the name also covers the four disputed islands is part of the dispute: in Russian usage it does (they are the Southern Kurils); in Japan’s it does not (they are the Northern Territories).',
		geometry: { type: 'Land', ids: KURIL_IDS.filter((id) => !DISPUTED_ISLAND_IDS.includes(id)), label: [151.3, 46.5] }
	},
	{
		id: 'southern-kurils',
		names: {
			en: 'Southern Kurils / Northern Territories',
			ru: 'Южные Курилы',
			ja: '北方領土',
			jaRomaji: 'Hoppō Ryōdo'
		},
		kind: 'island-group',
		description: `Iturup / Etorofu, Kunashir / Kunashiri, Shikotan and the Habomai islets: called the Southern Kurils in Russia and the Northern Territories in Japan. ${DISPUTE_NOTE}`,
		geometry: { type: 'Land', ids: DISPUTED_ISLAND_IDS, label: [147.4, 44.25] },
		disputed: true
	},
	{
		id: 'habomai',
		names: { en: 'Habomai islets', ru: 'острова Хабомаи', ja: '歯舞群島', jaRomaji: 'Habomai Guntō' },
		kind: 'island-group',
		description: `A group of small islets off Cape Nosappu, the eastern tip of Hokkaido. ${DISPUTE_NOTE}`,
		// With the rocks that have no name of their own (scripts/prepare-geo.mjs ROCK_GROUPS).
		geometry: { type: 'Land', ids: [...HABOMAI_IDS, 'habomai-rocks'], label: [146.25, 43.3] },
		disputed: true
	},
	{
		id: 'kaigara',
		names: { en: 'Signalny', ru: 'Сигнальный', ja: '貝殻島', jaRomaji: 'Kaigara-jima' },
		kind: 'rock',
		description: `The Habomai islet nearest Hokkaido, about 3.7 km from Cape Nosappu (Yomiuri Shimbun, 2023). It is too small for the map's shoreline data, so the map marks it at its lighthouse, at 43°23.8′ N, 145°51.5′ E (the position Japanese lighthouse records give); the line the map measures from Hokkaido's shore ends there. ${DISPUTE_NOTE}`,
		geometry: point(145.8583, 43.3967),
		disputed: true
	},
	{
		id: 'cape-nosappu',
		names: { en: 'Cape Nosappu', ru: 'мыс Носаппу', ja: '納沙布岬', jaRomaji: 'Nosappu-misaki' },
		kind: 'cape',
		description: 'The easternmost point of Hokkaido, facing the Habomai islets across the Sovetsky / Goyomai Strait.',
		geometry: point(145.8167, 43.3853)
	},
	{
		id: 'sakhalin-1',
		names: { en: 'Sakhalin-1', ru: 'Сахалин-1', ja: 'サハリン1' },
		kind: 'energy-site',
		description:
			'Oil and gas fields off the north-east coast of Sakhalin (Chayvo, Odoptu, Arkutun-Dagi). The RIAC report gives the Japanese share of the investment as 30%.',
		geometry: { type: 'MultiPoint', coordinates: [[143.38, 52.43], [143.53, 53.32], [143.7, 51.95]] },
		label: [143.53, 53.32]
	},
	{
		id: 'sakhalin-2',
		names: { en: 'Sakhalin-2', ru: 'Сахалин-2', ja: 'サハリン2' },
		kind: 'energy-site',
		description:
			'Oil and gas fields off the north-east coast of Sakhalin (Piltun-Astokhskoye and Lunskoye), piped south to the LNG plant at Prigorodnoye. The RIAC report gives the Japanese share as 22.5%.',
		geometry: { type: 'MultiPoint', coordinates: [[143.55, 52.87], [143.62, 51.42]] },
		label: [143.62, 51.42]
	},
	{
		id: 'prigorodnoye-lng',
		names: { en: 'Prigorodnoye LNG plant', ru: 'СПГ Пригородное', ja: 'プリゴロドノエLNG基地' },
		kind: 'energy-site',
		description:
			"Russia's first liquefied natural gas plant, on Aniva Bay in southern Sakhalin, built for Sakhalin-2 with Japanese partners.",
		geometry: point(142.93, 46.62)
	},
	{
		id: 'vladivostok',
		names: { en: 'Vladivostok', ru: 'Владивосток', ja: 'ウラジオストク' },
		kind: 'city',
		description:
			'A port city on the Sea of Japan, the administrative centre of Primorsky Krai; host of the 2012 APEC summit and of the Eastern Economic Forum.',
		geometry: point(131.8855, 43.1155)
	},
	{
		id: 'russky',
		names: { en: 'Russky Island', ru: 'остров Русский', ja: 'ルースキー島' },
		kind: 'island',
		description:
			'An island just south of central Vladivostok, site of the 2012 APEC summit, whose venue became the campus of the Far Eastern Federal University.',
		geometry: { type: 'Land', ids: ['russky'], label: [131.78, 42.985] }
	},
	{
		id: 'russky-bridge',
		names: { en: 'Russky Bridge', ru: 'Русский мост', ja: 'ルースキー島連絡橋' },
		kind: 'bridge',
		description:
			'The cable-stayed bridge across the Eastern Bosphorus strait that joins Vladivostok to Russky Island, built for the 2012 APEC summit.',
		// Centred on the bridge's coordinates as Wikipedia gives them (43°03′47″N 131°54′30″E), its
		// total length of 3,100 m (Wikipedia; Russia.travel, the national tourism portal), laid across
		// the strait from Russky Island's nearest shore to the mainland's in the map's own shoreline
		// data (azimuth 55.4°): ends computed with geographiclib, 1,550 m each way.
		geometry: { type: 'LineString', coordinates: [[131.8926, 43.0552], [131.924, 43.071]] },
		label: [131.9083, 43.0631]
	},
	{
		id: 'fefu-campus',
		names: { en: 'APEC 2012 venue / FEFU campus', ru: 'кампус ДВФУ', ja: '極東連邦大学キャンパス' },
		kind: 'campus',
		description:
			'The venue of the 2012 APEC summit on Russky Island, now the campus of the Far Eastern Federal University.',
		geometry: point(131.893, 43.025)
	},
	{
		id: 'port-vostochny',
		names: { en: 'Port Vostochny', ru: 'порт Восточный', ja: 'ボストーチヌイ港' },
		kind: 'port',
		description:
			'A deep-water port on Wrangel Bay near Nakhodka, one of the projects built in collaboration with Japan that the RIAC report lists.',
		geometry: point(133.07, 42.76)
	},
	{
		id: 'khabarovsk',
		names: { en: 'Khabarovsk', ru: 'Хабаровск', ja: 'ハバロフスク' },
		kind: 'city',
		description: 'The largest city on the Amur, where Foreign Minister Lavrov spoke in July 2010.',
		geometry: point(135.0719, 48.4802)
	},
	{
		id: 'tokyo',
		names: { en: 'Tokyo', ru: 'Токио', ja: '東京' },
		kind: 'city',
		description: 'The capital of Japan.',
		geometry: point(139.7671, 35.6812)
	},
	{
		id: 'yokohama',
		names: { en: 'Yokohama', ru: 'Иокогама', ja: '横浜' },
		kind: 'city',
		description: 'Port city south of Tokyo; host of the APEC meeting of November 2010, where President Medvedev and Prime Minister Kan met.',
		geometry: point(139.638, 35.4437)
	},
	{
		id: 'moscow',
		names: { en: 'Moscow', ru: 'Москва', ja: 'モスクワ' },
		kind: 'city',
		description: 'The capital of Russia.',
		geometry: point(37.6173, 55.7558)
	},
	{
		id: 'sochi',
		names: { en: 'Sochi', ru: 'Сочи', ja: 'ソチ' },
		kind: 'city',
		description: 'Black Sea resort where Prime Minister Abe and President Putin met in May 2016 and agreed on a "new approach".',
		geometry: point(39.7303, 43.5855)
	},
	{
		id: 'irkutsk',
		names: { en: 'Irkutsk', ru: 'Иркутск', ja: 'イルクーツク' },
		kind: 'city',
		description: 'Siberian city near Lake Baikal where President Putin and Prime Minister Mori met in March 2001.',
		geometry: point(104.2964, 52.2869)
	},
	{
		id: 'krasnoyarsk',
		names: { en: 'Krasnoyarsk', ru: 'Красноярск', ja: 'クラスノヤルスク' },
		kind: 'city',
		description: 'Siberian city on the Yenisei where President Yeltsin and Prime Minister Hashimoto held their informal "no-necktie" summit in 1997.',
		geometry: point(92.8932, 56.0153)
	},
	{
		id: 'heiligendamm',
		names: { en: 'Heiligendamm', ru: 'Хайлигендамм', ja: 'ハイリゲンダム' },
		kind: 'city',
		description: 'Baltic resort in Germany, host of the 2007 G8 summit, where Prime Minister Abe put forward an initiative for cooperation in the Russian Far East and East Siberia.',
		geometry: point(11.8436, 54.1436)
	},
	{
		id: 'shimoda',
		names: { en: 'Shimoda', ru: 'Симода', ja: '下田' },
		kind: 'city',
		description:
			'Port on the Izu Peninsula where the first treaty between Russia and Japan was signed in 1855. The documents give the year, not the place.',
		geometry: point(138.9453, 34.6795)
	},
	{
		id: 'northern-sea-route',
		names: { en: 'Northern Sea Route', ru: 'Северный морской путь', ja: '北極海航路' },
		kind: 'sea-route',
		description:
			"The Arctic shipping lane along Russia's northern coast. Russian law bounds its waters by the Bering Strait in the east and, in the west, by the straits of Novaya Zemlya (the Kara Gate among them); Murmansk, its base port on the Barents Sea, lies outside them.",
		geometry: NSR,
		label: [118.0, 76.0]
	},
	{
		id: 'bering-strait',
		names: { en: 'Bering Strait', ru: 'Берингов пролив', ja: 'ベーリング海峡' },
		kind: 'strait',
		description: 'The strait between Chukotka and Alaska that joins the Pacific to the Arctic Ocean; the eastern limit of the Northern Sea Route.',
		geometry: point(-168.95, 65.75)
	},
	{
		id: 'vostochny-cosmodrome',
		names: { en: 'Vostochny Cosmodrome', ru: 'космодром Восточный', ja: 'ボストーチヌイ宇宙基地' },
		kind: 'site',
		description:
			'The space launch site under construction in the Amur region when the RIAC report named it among the new horizons for scientific cooperation; not to be confused with the port of the same name.',
		geometry: point(128.334, 51.884)
	},
	{
		id: 'fukushima-daiichi',
		names: { en: 'Fukushima Daiichi nuclear plant', ru: 'АЭС Фукусима-1', ja: '福島第一原子力発電所' },
		kind: 'energy-site',
		description:
			'The nuclear power plant on the Pacific coast of Fukushima Prefecture wrecked by the earthquake and tsunami of 11 March 2011.',
		geometry: point(141.0328, 37.4211)
	},
	{
		id: 'muskoka',
		names: { en: 'Muskoka', ru: 'Маскока', ja: 'ムスコカ' },
		kind: 'city',
		description:
			'The lake district in Ontario, Canada, where the G8 met in June 2010 and Prime Minister Kan and President Medvedev held their first talks.',
		geometry: point(-79.16, 45.34)
	},
	{
		id: 'yaroslavl',
		names: { en: 'Yaroslavl', ru: 'Ярославль', ja: 'ヤロスラヴリ' },
		kind: 'city',
		description: 'A city on the Volga north-east of Moscow, named in the RIAC report for a construction-hardware factory Japan said it was ready to help build.',
		geometry: point(39.8845, 57.6261)
	},
	{
		id: 'far-east',
		names: { en: 'Russian Far East', ru: 'Дальний Восток', ja: 'ロシア極東' },
		kind: 'region',
		description:
			'The easternmost part of Russia, from the Amur and Primorye on the Sea of Japan to Chukotka on the Bering Strait, with Sakhalin, Kamchatka and Yakutia. Its development is a recurring theme of the documents on both sides.',
		geometry: point(142, 61.5)
	},
	{
		id: 'siberia',
		names: { en: 'Siberia', ru: 'Сибирь', ja: 'シベリア' },
		kind: 'region',
		description:
			'The vast region of Russia between the Urals and the Far East; "East Siberia" in the documents is its part east of the Yenisei, around Lake Baikal.',
		geometry: point(98, 62)
	},
	{
		id: 'murmansk',
		names: { en: 'Murmansk', ru: 'Мурманск', ja: 'ムルマンスク' },
		kind: 'port',
		description:
			'Ice-free port on the Barents Sea, the base port of the Northern Sea Route, whose waters begin further east, at the straits of Novaya Zemlya.',
		geometry: point(33.0827, 68.9707)
	},
	{
		id: 'kara-gate',
		names: { en: 'Kara Gate', ru: 'пролив Карские Ворота' },
		kind: 'strait',
		description:
			'The strait between Vaygach Island and Novaya Zemlya from the Barents Sea into the Kara Sea: one of the straits whose western ends bound the Northern Sea Route’s waters in Russian law.',
		geometry: point(57.8, 70.5)
	},
	...HISTORY_PLACES,
	...NEIGHBOUR_PLACES
];

export const places: readonly Place[] = [...islandPlaces, ...otherPlaces];

const byId = new Map(places.map((p) => [p.id, p]));

/** The place with this id, or undefined. */
export function getPlace(id: string): Place | undefined {
	return byId.get(id);
}

/**
 * The name to show on the map and in headings. A disputed island carries both the Russian-derived
 * and the Japanese name ("Iturup / Etorofu"); the app takes no side.
 */
export function displayName(place: Place): string {
	const { en, jaRomaji } = place.names;
	if ((place.kind === 'island' || place.kind === 'rock') && place.disputed && jaRomaji && jaRomaji !== en) return `${en} / ${jaRomaji}`;
	return en;
}

/** Ids of land polygons a place covers (itself for islands, its members for groups). */
export function landIds(place: Place): string[] {
	return place.geometry.type === 'Land' ? place.geometry.ids : [];
}
