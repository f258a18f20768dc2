/**
 * More of the gazetteer (places.ts): the places of the border's history, and the neighbours the
 * documents speak of when they speak of security. Coordinates are WGS84 [longitude, latitude].
 */
import type { Point } from 'geojson';
import type { Place } from './place';

const point = (lon: number, lat: number): Point => ({ type: 'Point', coordinates: [lon, lat] });

/** Where the treaties that drew the border were signed, and the straits the border ran through. */
export const HISTORY_PLACES: Place[] = [
	{
		id: 'st-petersburg',
		names: { en: 'St Petersburg', ru: 'Санкт-Петербург', ja: 'サンクトペテルブルク' },
		kind: 'city',
		description:
			'The Russian capital in 1875, where the two countries signed the treaty by which Russia took all of Sakhalin and Japan the islands from Urup to Shumshu; the RIAC report names it among the places where Japan said it was ready to help build car-assembly plants.',
		geometry: point(30.3141, 59.9386)
	},
	{
		id: 'portsmouth',
		names: { en: 'Portsmouth', ru: 'Портсмут', ja: 'ポーツマス' },
		kind: 'city',
		description:
			'The port in New Hampshire, United States, where the treaty that ended the Russo-Japanese War was signed on 5 September 1905.',
		geometry: point(-70.7626, 43.0718)
	},
	{
		id: 'yalta',
		names: { en: 'Yalta', ru: 'Ялта', ja: 'ヤルタ' },
		kind: 'city',
		description:
			'The resort on the Black Sea where the leaders of the Soviet Union, the United States and the United Kingdom met in February 1945.',
		geometry: point(34.1596, 44.4952)
	},
	{
		id: 'san-francisco',
		names: { en: 'San Francisco', ru: 'Сан-Франциско', ja: 'サンフランシスコ' },
		kind: 'city',
		description:
			'The city where the peace treaty between Japan and most of the Allied Powers was signed on 8 September 1951; the Soviet Union attended the conference and did not sign.',
		geometry: point(-122.4194, 37.7749)
	},
	{
		id: 'la-perouse-strait',
		names: { en: 'La Pérouse Strait / Sōya Strait', ru: 'пролив Лаперуза', ja: '宗谷海峡', jaRomaji: 'Sōya Kaikyō' },
		kind: 'strait',
		description: 'The strait between Sakhalin and Hokkaido: the border in the 1875 treaty, and the line between Soviet, then Russian, and Japanese administration since 1945.',
		geometry: point(142.0, 45.72)
	},
	{
		id: 'vries-strait',
		names: { en: 'Vries Strait / Etorofu Strait', ru: 'пролив Фриза', ja: '択捉海峡', jaRomaji: 'Etorofu Kaikyō' },
		kind: 'strait',
		description: 'The strait between Iturup / Etorofu and Urup: the border in the first treaty, of 1855.',
		geometry: point(149.17, 45.55)
	},
	{
		id: 'first-kuril-strait',
		names: { en: 'First Kuril Strait', ru: 'Первый Курильский пролив', ja: '占守海峡', jaRomaji: 'Shumushu Kaikyō' },
		kind: 'strait',
		description: 'The strait between Cape Lopatka on Kamchatka and Shumshu: the border from the treaty of 1875 until 1945.',
		geometry: point(156.55, 50.86)
	}
];

/** The neighbours and the questions of security the documents speak of. */
export const NEIGHBOUR_PLACES: Place[] = [
	{
		id: 'beijing',
		names: { en: 'Beijing', ru: 'Пекин', ja: '北京' },
		kind: 'city',
		description: 'The capital of China; the RIAC report writes of Russia’s “orientation towards Beijing” and of “the Moscow-Beijing axis”.',
		geometry: point(116.4074, 39.9042)
	},
	{
		id: 'washington',
		names: { en: 'Washington', ru: 'Вашингтон', ja: 'ワシントン' },
		kind: 'city',
		description: 'The capital of the United States, and the map’s place for what the documents say of the USA: the RIAC report writes of how “nervously” Washington reacts to “any positive changes in Russian-Japanese relations”, and Togo counts the USA in a “quadrangle” with China, Russia and Japan.',
		geometry: point(-77.0369, 38.9072)
	},
	{
		id: 'china',
		names: { en: 'China', ru: 'Китай', ja: '中国' },
		kind: 'region',
		description: 'The neighbour of both countries whose growing power the documents on both sides weigh.',
		geometry: point(104, 34)
	},
	{
		id: 'north-korea',
		names: { en: 'North Korea', ru: 'Северная Корея', ja: '北朝鮮' },
		kind: 'region',
		description: 'The documents on both sides name North Korea, and the denuclearisation of the Korean peninsula, among the questions the two countries take up together.',
		geometry: point(127, 40.3)
	},
	{
		id: 'afghanistan',
		names: { en: 'Afghanistan', ru: 'Афганистан', ja: 'アフガニスタン' },
		kind: 'region',
		description: 'The outline of Ambassador Bely’s talk and the RIAC report, both from the Russian side, name Afghanistan among the questions on which the two countries work together.',
		geometry: point(66, 34)
	}
];
