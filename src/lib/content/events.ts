/**
 * The dated events the documents speak of, for the timeline. Each is placed on the map (place ids
 * from places.ts) and tied to the documents' own words about it, which the build finds verbatim
 * (validate.ts). Titles and notes are the story's own words, neutral between the two sides.
 *
 * A date is never more precise than what is known: where no passage states the event's year (a
 * document says "last year", or does not date it at all), `note` says how the date is known.
 */
import type { DocumentId } from './documents';

export interface EventPassage {
	doc: DocumentId;
	/** The document's words about the event, exactly (whitespace may differ; "…" marks an omission) */
	words: string;
}

export interface StoryEvent {
	/** kebab-case, unique */
	id: string;
	/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" (dates.ts) */
	date: string;
	/** What happened, in the story's own words */
	title: string;
	/** Where it happened, or the places it was about (place ids) */
	places: string[];
	/** The documents' words about it: at least one */
	passages: EventPassage[];
	/** How the date or place is known where the passages do not say, in the story's own words */
	note?: string;
	/** Where the documents disagree about the event, in the story's own words */
	conflict?: string;
}

export const EVENTS_FILE = 'src/lib/content/events.ts';

export const events: readonly StoryEvent[] = [
	{
		id: 'treaty-1855',
		date: '1855',
		title: 'The first treaty between Russia and Japan',
		places: ['shimoda'],
		passages: [{ doc: 'riac-2012', words: 'with the first Russian-Japanese agreement signed in 1855' }],
		note: 'The report gives the year only; the treaty was signed at Shimoda.'
	},
	{
		id: 'joint-declaration-1956',
		date: '1956',
		title: 'The Joint Declaration ends the state of war and restores diplomatic relations',
		places: ['moscow', 'habomai', 'shikotan'],
		passages: [
			{
				doc: 'riac-2012',
				words: 'the Joint Declaration of 1956 performs the function of a peace treaty between the two countries'
			},
			{ doc: 'riac-2012', words: 'revisit Article 9 of the Joint Declaration signed in 1956' }
		],
		note: 'Signed in Moscow. Its Article 9 concerns the Habomai islets and Shikotan.'
	},
	{
		id: 'hashimoto-speech-1997',
		date: '1997-07',
		title: 'Prime Minister Hashimoto sets out a new approach to Russia',
		places: ['tokyo'],
		passages: [
			{
				doc: 'togo-mgimo',
				words:
					'In 1997 when the Japanese and Russian relations were ready to develop in various tendencies, the prime minister Hasimoto laid foundations for it by the speech in July'
			}
		],
		note: 'A speech to the Keizai Doyukai (Japan Association of Corporate Executives) in Tokyo.'
	},
	{
		id: 'krasnoyarsk-1997',
		date: '1997-11',
		title: 'Hashimoto and Yeltsin meet at Krasnoyarsk',
		places: ['krasnoyarsk'],
		passages: [
			{
				doc: 'togo-mgimo',
				words:
					'The Japanese prime minister made a speech on the basis of arrangements between R.Hasimoto and B.Eltsin at «the summit on creation of confidence» (then referred to « a meeting without ties») in Krasnoyarsk.'
			}
		],
		note: 'The documents do not date this summit; it was held in November 1997.'
	},
	{
		id: 'islands-programme-2000',
		date: '2000-09-04',
		title: 'A programme for joint economic activity on the four islands',
		places: ['iturup', 'kunashir', 'shikotan', 'habomai'],
		passages: [
			{
				doc: 'riac-2012',
				words:
					'The Program of the Russian-Japanese Cooperation for Joint Economic Development of Iturup, Kunashir, Shikotan and Habomai islands'
			},
			{ doc: 'riac-2012', words: 'Iturup, Kunashir, Shikotan and Habomai was adopted on September 4, 2000' }
		]
	},
	{
		id: 'irkutsk-2001',
		date: '2001-03',
		title: 'Putin and Mori meet at Irkutsk',
		places: ['irkutsk'],
		passages: [
			{ doc: 'riac-2012', words: 'the statement made by President Putin in March 2001 in Irkutsk' },
			{ doc: 'togo-mgimo', words: 'before Irkutsk negotiations between Putin and Yoshiro Mori in 2001' }
		]
	},
	{
		id: 'action-plan-2003',
		date: '2003',
		title: 'The two governments adopt a Joint Action Plan',
		places: ['moscow'],
		passages: [{ doc: 'riac-2012', words: 'the agreements within the framework of the Joint Action Plan of 2003' }],
		note: 'The report gives the year only; the plan was adopted in Moscow during a visit by Prime Minister Koizumi.'
	},
	{
		id: 'heiligendamm-2007',
		date: '2007-06-07',
		title: 'At the G8 summit in Heiligendamm, Abe proposes cooperation in the Far East and East Siberia',
		places: ['heiligendamm'],
		passages: [
			{ doc: 'riac-2012', words: 'G8 Summit in Heiligendamm (Germany), June 7, 2007' },
			{ doc: 'riac-2012', words: "Back in June 2007 Japan's Prime Minister S. Abe while meeting" },
			{
				doc: 'togo-mgimo',
				words: 'offered by the prime minister Sindzo Abe at the summit meeting in Khailigendam in 2006'
			}
		],
		conflict:
			'The documents disagree on the year: the Russian report (and its footnote) gives June 2007, Togo’s report 2006. The G8 met at Heiligendamm in June 2007.'
	},
	{
		id: 'sakhalin-lng-2009',
		date: '2009',
		title: 'The first liquefied natural gas is shipped from Sakhalin',
		places: ['prigorodnoye-lng'],
		passages: [
			{
				doc: 'imamura-2010',
				words:
					'The construction of the first liquefied natural gas plant in Sakhalin through cooperation with Japanese businesses, and the export of gas produced there to Japan and other countries last year'
			}
		],
		note: 'Its “last year”, in an article of August 2010, is 2009.'
	},
	{
		id: 'mgimo-conference-2009',
		date: '2009-09-12',
		title: 'Conference of Russian and Japanese scholars and journalists at MGIMO, Moscow',
		places: ['moscow'],
		passages: [
			{
				doc: 'togo-mgimo',
				words: 'On September 12, 2009 the 9th conference of Russian and Japanese scientists and journalists'
			}
		],
		conflict:
			'Togo’s report is dated by this conference, but it speaks of later events: a speech of July 2010, the disaster of March 2011 and “10 years” since he left the ministry in 2002. The text as published cannot be from 2009.'
	},
	{
		id: 'muskoka-2010',
		date: '2010-06',
		title: 'Kan and Medvedev hold their first talks, at the G8 summit in Muskoka',
		places: ['muskoka'],
		passages: [
			{
				doc: 'imamura-2010',
				words: 'held their first one-on-one talks on the sidelines of the Group of Eight summit in Muskoka, Canada, in late June'
			}
		],
		note: 'The article, of August 2010, gives the month: June 2010.'
	},
	{
		id: 'khabarovsk-2010',
		date: '2010-07',
		title: 'Foreign Minister Lavrov speaks in Khabarovsk on partners in the Asia-Pacific',
		places: ['khabarovsk'],
		passages: [{ doc: 'togo-mgimo', words: 'speech of the Minister for Foreign Affairs S. Lavrov inKhabarovskin July 2010' }]
	},
	{
		id: 'kunashir-visit-2010',
		date: '2010-11-01',
		title: 'President Medvedev visits Kunashir (Kunashiri)',
		places: ['kunashir'],
		passages: [{ doc: 'togo-mgimo', words: 'after visit of the president D.Medvedev on the island Kunashir' }],
		note: 'The documents do not date the visit; it was made on 1 November 2010.'
	},
	{
		id: 'apec-yokohama-2010',
		date: '2010-11',
		title: 'Medvedev and Kan meet at the APEC meeting in Yokohama',
		places: ['yokohama'],
		passages: [
			{
				doc: 'bely-2011',
				words:
					'APEC meeting held last year in Yokohama provided an important stage for President Medvedev and Prime Minister Kan to hold a discussion'
			}
		],
		note: 'Its “last year”, in a talk of February 2011, is 2010. The meeting was held in November.'
	},
	{
		id: 'maehara-moscow-2011',
		date: '2011-02-11',
		title: 'Foreign Minister Maehara visits Moscow',
		places: ['moscow'],
		passages: [
			{ doc: 'riac-2012', words: "during the visit to Moscow of Japan's Foreign Minister Sejdzhi Maehara in 2011" },
			{ doc: 'riac-2012', words: 'Moscow, February 11, 2011' },
			{ doc: 'bely-2011', words: 'exchange of visits by high-ranking politicians such as that of Japanese Foreign Minister Maehara' }
		],
		note: 'Ambassador Bely’s talk, of 8 February, looks ahead to the visit three days later.'
	},
	{
		id: 'earthquake-2011',
		date: '2011-03-11',
		title: 'The earthquake and tsunami in eastern Japan, and the accident at Fukushima',
		places: ['fukushima-daiichi'],
		passages: [
			{ doc: 'riac-2012', words: 'in the wake of the natural disaster in Japan in March 2011' },
			{ doc: 'riac-2012', words: 'in the wake of the accident at Fukushima-1 nuclear plant' },
			{ doc: 'togo-mgimo', words: 'The humanitarian help toJapanfrom theRussiaafter the events of March, 11' }
		]
	},
	{
		id: 'apec-vladivostok-2012',
		date: '2012',
		title: 'The APEC summit meets in Vladivostok',
		places: ['russky'],
		passages: [
			{ doc: 'imamura-2010', words: 'the 2012 Asia-Pacific Economic Cooperation summit will be held in Vladivostok' },
			{ doc: 'bely-2011', words: 'the APEC meeting to be held in 2012 in Vladivostok' }
		],
		note: 'Both documents look forward to it. It met on Russky Island, in September 2012.'
	},
	{
		id: 'kishida-moscow-2015',
		date: '2015-09',
		title: 'Foreign Minister Kishida visits Russia, and peace treaty talks resume',
		places: ['moscow'],
		passages: [
			{
				doc: 'kishida-2016',
				words:
					'During my visit to Russia last September, I met with Russian Foreign Minister Sergey Lavrov for the fourth time, and we agreed to recommence peace treaty negotiations'
			}
		],
		note: 'Its “last September”, in an article of August 2016, is September 2015. The talks with Lavrov were held in Moscow.'
	},
	{
		id: 'sochi-2016',
		date: '2016-05',
		title: 'Abe and Putin meet at Sochi: a “new approach” and an eight-point plan',
		places: ['sochi'],
		passages: [
			{ doc: 'kishida-2016', words: 'Prime Minister Abe and President Putin agreed at their May summit meeting in Sochi' },
			{
				doc: 'kishida-2016',
				words: 'Then at the Japan-Russia summit meeting in May, Prime Minister Abe proposed an eight-point plan for cooperation'
			}
		],
		note: 'The article, of August 2016, gives the month: May 2016.'
	},
	{
		id: 'eastern-economic-forum-2016',
		date: '2016-09',
		title: 'The Eastern Economic Forum in Vladivostok, with the Japanese prime minister',
		places: ['vladivostok'],
		passages: [
			{
				doc: 'kishida-2016',
				words: 'Prime Minister Abe will attend the Second Eastern Economic Forum (in Vladivostok) in September'
			}
		],
		note: 'Announced in an article of August 2016, for the September to come.'
	}
];
