/**
 * The dated events of the story, for the timeline. Each is placed on the map (place ids from
 * places.ts) and tied to the documents' own words about it, which the build finds verbatim
 * (validate.ts), or, where the documents are silent, to a named primary source held here: a treaty
 * and its article, an official record. Titles and notes are the story's own words, neutral between
 * the two sides.
 *
 * A date is never more precise than what is known: where no passage states the event's year (a
 * document says "last year", or does not date it at all), `note` says how the date is known and a
 * source gives it.
 */
import type { DocumentId } from './documents';

export interface EventPassage {
	doc: DocumentId;
	/** The document's words about the event, exactly (whitespace may differ; "…" marks an omission) */
	words: string;
}

/**
 * A primary source outside the five documents: a treaty and its article, an official statement or
 * record. Its words are as the source publishes them in English (or French, a treaty's authentic
 * text); they are not in the story's collection, so the build cannot check them, and the source is
 * named so that a reader can.
 */
export interface PrimarySource {
	/** The document: "Treaty of Portsmouth" */
	title: string;
	/** The part of it cited: "Article IX" */
	article?: string;
	/** Who made or publishes the text cited */
	publisher: string;
	/** Its words that state what the event says, as published */
	words?: string;
	/** Where it was read (a reader can follow it; the site fetches nothing from it) */
	url?: string;
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
	/** The documents' words about it */
	passages: EventPassage[];
	/** Primary sources for what the documents do not say (an event needs passages or sources, or both) */
	sources?: PrimarySource[];
	/** How the date or place is known where the passages do not say, in the story's own words */
	note?: string;
	/** Where the documents disagree about the event, in the story's own words */
	conflict?: string;
}

export const EVENTS_FILE = 'src/lib/content/events.ts';

export const events: readonly StoryEvent[] = [
	{
		id: 'treaty-1855',
		date: '1855-02-07',
		title: 'The Treaty of Shimoda, the first between Russia and Japan, puts the border between Iturup / Etorofu and Urup',
		places: ['shimoda', 'vries-strait'],
		passages: [{ doc: 'riac-2012', words: 'with the first Russian-Japanese agreement signed in 1855' }],
		sources: [
			{
				title: 'Treaty of Commerce, Navigation and Delimitation between Japan and Russia (the Treaty of Shimoda)',
				article: 'Article 2',
				publisher: 'Ministry of Foreign Affairs of Japan, “Japanese Territory: Northern Territories”',
				words:
					'On February 7, 1855, Japan and Russia signed the Treaty of Commerce, Navigation and Delimitation, which confirmed the boundary between the islands of Etorofu and Uruppu.',
				url: 'https://www.mofa.go.jp/region/europe/russia/territory/index.html'
			},
			{
				title: 'The same treaty, its Japanese text',
				article: 'Article 2',
				publisher: 'Nihon gaikō nenpyō narabi shuyō bunsho (Ministry of Foreign Affairs of Japan), as transcribed',
				words:
					'The whole of Etorofu belongs to Japan; the whole of Urup, and the Kuril islands to the north of it, belong to Russia (in Japanese: 「「エトロプ」全島は日本に属し、「ウルップ」全島夫より北の方「クリル」諸島は魯西亜に属す」).',
				url: 'https://ee-arts.biz/database/jh404'
			}
		],
		note: 'The report gives the year; the treaty was signed at Shimoda on 7 February 1855. Its Article 2 puts the border between Iturup / Etorofu and Urup / Uruppu, the Kuril Islands to the north of it Russian, and leaves Sakhalin (Karafuto) undivided between the two countries.'
	},
	{
		id: 'treaty-1875',
		date: '1875-05-07',
		title: 'The Treaty of St Petersburg exchanges Sakhalin for the Kuril Islands',
		places: ['st-petersburg', 'la-perouse-strait', 'first-kuril-strait'],
		passages: [],
		sources: [
			{
				title: 'Treaty for the Exchange of Sakhalin for the Kuril Islands (the Treaty of St Petersburg), signed 7 May 1875',
				article: 'Article 2',
				publisher: 'Joint Compendium of Documents on the History of Territorial Issue between Japan and Russia (Ministries of Foreign Affairs of Japan and of Russia, 1992)',
				words:
					'…cedes to His Majesty the Emperor of Japan the group of the islands, called Kurile which He possesses at present, together with all the rights of sovereignty appertaining to this possession, so that henceforth all the Kurile Islands shall belong to the Empire of Japan and the boundary between the Empires of Japan and Russia in these areas shall pass through the Strait between Cape Lopatka of the Peninsula of Kamchatka and the island of Shumushu.',
				url: 'https://www.mofa.go.jp/region/europe/russia/territory/edition92/period2.html'
			},
			{
				title: 'The same treaty, in its authentic French text',
				article: 'Article 1',
				publisher: 'Treaty of St Petersburg, 1875',
				words:
					'…en sorte que désormais ladite ile de Sakhaline (Krafto) tout entière appartiendra intégralement à l’Empire de Russie et que la frontière entre les Empires de Russie et du Japon dans ces parages passera par le détroit de La Pérouse.'
			}
		],
		note: 'None of the five documents speaks of this treaty. Japan cedes its rights on Sakhalin to Russia (Article 1), and Russia cedes to Japan the Kuril Islands it then held, which Article 2 lists as eighteen islands from Shumshu to Urup.'
	},
	{
		id: 'treaty-1905',
		date: '1905-09-05',
		title: 'The Treaty of Portsmouth ends the Russo-Japanese War; southern Sakhalin passes to Japan',
		places: ['portsmouth', 'sakhalin'],
		passages: [],
		sources: [
			{
				title: 'Treaty of Portsmouth, signed 5 September 1905',
				article: 'Article IX',
				publisher: 'Papers relating to the Foreign Relations of the United States, 1905 (U.S. Department of State)',
				words:
					'The Imperial Russian Government cede to the Imperial Government of Japan in perpetuity and full sovereignty, the southern portion of the Island of Saghalien and all islands adjacent thereto, and all public works and properties thereon. The fiftieth degree of north latitude is adopted as the northern boundary of the ceded territory.',
				url: 'https://history.state.gov/historicaldocuments/frus1905'
			}
		],
		note: 'None of the five documents speaks of this treaty. The Kuril Islands stay Japanese.'
	},
	{
		id: 'yalta-1945',
		date: '1945-02-11',
		title: 'At Yalta, the leaders of the Soviet Union, the United States and the United Kingdom agree the terms of Soviet entry into the war against Japan',
		places: ['yalta'],
		passages: [],
		sources: [
			{
				title: 'Agreement regarding Japan of the Crimea (Yalta) Conference, signed 11 February 1945',
				article: 'point 3',
				publisher: 'Foreign Relations of the United States, 1949, vol. VII, part 2, document 106 (U.S. Department of State), quoting the agreement',
				words: 'The Kuril islands shall be handed over to the Soviet Union.',
				url: 'https://history.state.gov/historicaldocuments/frus1949v07p2/d106'
			}
		],
		note: 'None of the five documents speaks of Yalta. Its point 2 provides for southern Sakhalin to pass to the Soviet Union too; point 3, quoted here, is on the Kuril Islands.'
	},
	{
		id: 'neutrality-notice-1945',
		date: '1945-04-05',
		title: 'The Soviet Union gives notice that it will not extend the Soviet–Japanese Neutrality Pact of 1941',
		places: ['moscow'],
		passages: [{ doc: 'riac-2012', words: 'the war of the USSR with Japan in defiance of the Agreement on Neutrality' }],
		sources: [
			{
				title: 'Statement of V.M. Molotov to Ambassador N. Satō, 5 April 1945, as received from the Soviet Foreign Office (telegram of Ambassador Harriman to the Secretary of State)',
				publisher: 'Foreign Relations of the United States, 1945, vol. V, document 623 (U.S. Department of State)',
				words:
					'In these circumstances the neutrality pact between Japan and the USSR has lost its sense, and the prolongation of that pact has become impossible. On the strength of the above and in accordance with Article 3 of the above mentioned pact, which envisaged the right of denunciation one year before the lapse of the 5-year period of operation of the pact, the Soviet Government hereby makes known to the Government of Japan its wish to denounce the pact of April 13, 1941.',
				url: 'https://history.state.gov/historicaldocuments/frus1945v05/d623'
			}
		],
		note: 'The pact, signed on 13 April 1941, was to run for five years; the notice was given a year before its term ran out. The Russian report’s words are its account of how Japanese opinion sees the war.'
	},
	{
		id: 'soviet-entry-1945',
		date: '1945-08-09',
		title: 'The Soviet Union enters the war against Japan',
		places: ['sakhalin', 'kuril-islands'],
		passages: [],
		sources: [
			{
				title: 'Declaration of war handed by V.M. Molotov to Ambassador N. Satō, Moscow, 8 August 1945',
				publisher: 'HyperWar (ibiblio), transcribing the declaration',
				words:
					'In view of the above, the Soviet Government declares that from tomorrow, that is from August 9, the Soviet Union will consider herself in a state of war against Japan.',
				url: 'https://www.ibiblio.org/hyperwar/PTO/Dip/USSR-Jap-DoW.html'
			},
			{
				title: 'The history of the Northern Territories (6)',
				publisher: 'Cabinet Office of Japan, Northern Territories Affairs (hoppou.go.jp)',
				words: 'On 18 August Soviet forces landed on Shumshu (in Japanese: 「8月18日には占守(しゅむしゅ)島に上陸」).',
				url: 'https://www.hoppou.go.jp/gakushu/outline/history/history6/'
			}
		],
		note: 'Dated by the declaration. Soviet forces landed on the Kuril Islands at Shumshu, their northern end, on 18 August.'
	},
	{
		id: 'potsdam-acceptance-1945',
		date: '1945-08-14',
		title: 'Japan accepts the Potsdam Declaration; the Emperor’s rescript ending the war is broadcast the next day',
		places: ['tokyo'],
		passages: [],
		sources: [
			{
				title: '1-7 Imperial Rescript of the Termination of the War, August 14, 1945',
				publisher: 'National Diet Library, “Birth of the Constitution of Japan”',
				words:
					'It was issued on August 14, 1945, officially pronouncing the termination of the war. On that very day, the Emperor recorded this rescript and it was broadcast on the radio to all the people of Japan at noon of the following day, August 15.',
				url: 'https://www.ndl.go.jp/constitution/e/shiryo/01/017shoshi.html'
			}
		],
		note: 'None of the five documents speaks of it. Japan signed the instrument of surrender on 2 September 1945.'
	},
	{
		id: 'islands-taken-1945',
		date: '1945-08-28/1945-09-05',
		title: 'Soviet forces take Iturup / Etorofu, Kunashir / Kunashiri, Shikotan and the Habomai islets',
		places: ['iturup', 'kunashir', 'shikotan', 'habomai'],
		passages: [],
		sources: [
			{
				title: 'Japanese Territory: Northern Territories',
				publisher: 'Ministry of Foreign Affairs of Japan',
				words: 'Soviet forces continued its offensive against Japan and occupied all of the Four Northern Islands from 28 August 1945 to 5 September 1945.',
				url: 'https://www.mofa.go.jp/region/europe/russia/territory/index.html'
			},
			{
				title: '«И на Тихом океане свой закончили поход» (“And in the Pacific they ended their campaign”)',
				publisher: 'Polk.ru (Russia), on the Kuril landing operation',
				words: 'On 1 September 1945 Soviet forces accepted the surrender of the Japanese garrisons on the islands of Kunashir and Shikotan (in Russian: «приняли капитуляцию японских гарнизонов на островах Кунашир и Шикотан»).',
				url: 'https://polkrf.ru/news/glavnye-sobytiya/i-na-tixom-okeane-svoi-zakoncili-poxod-3211'
			},
			{
				title: 'Statement of the spokeswoman of the Ministry of Foreign Affairs of Russia, M. Zakharova, 5 October 2016, as reported',
				publisher: 'TV Zvezda (Russia)',
				words: 'The southern Kurils belong to the Russian Federation following the results of the Second World War (in Russian: «Южные Курилы принадлежат Российской Федерации по итогам Второй мировой войны»).',
				url: 'https://tvzvezda.ru/news/201610051341-khd1.htm'
			}
		],
		note: 'Dated by the Japanese ministry’s account, from 28 August to 5 September; the Russian source dates the surrender of the garrisons on Kunashir / Kunashiri and Shikotan to 1 September. Japan signed its instrument of surrender on 2 September 1945. Since then the line between Soviet, then Russian, and Japanese administration has run between Hokkaido and these islands.'
	},
	{
		id: 'administration-1946',
		date: '1946-01-29',
		title: 'The Allied occupation’s directive separates from Japan’s administration the islands it names: the Kurile (Chishima) Islands, the Habomai islets and Shikotan',
		places: ['kuril-islands', 'iturup', 'kunashir', 'habomai', 'shikotan'],
		passages: [],
		sources: [
			{
				title: 'SCAPIN-677, “Governmental and Administrative Separation of Certain Outlying Areas from Japan”, 29 January 1946',
				article: 'paragraphs 3 and 6',
				publisher: 'Cabinet Secretariat of Japan, territory archives',
				words:
					'…excluding … (c) the Kurile (Chishima) Islands, the Habomai (Hapomaze) Island Group (including Suisho, Yuri, Akiyuri, Shibotsu and Taraku Islands) and Shikotan Island. … Nothing in this directive shall be construed as an indication of Allied policy relating to the ultimate determination of the minor islands referred to in Article 8 of the Potsdam Declaration.',
				url: 'https://www.cas.go.jp/jp/ryodo_eg/shiryo/takeshima/detail/t1946012900101.html'
			},
			{
				title: 'Decree of the Presidium of the Supreme Soviet of the USSR of 2 February 1946 forming the South Sakhalin Oblast within the Khabarovsk Krai of the RSFSR, as described',
				publisher: '“Nuremberg” historical project of Rossiya Segodnya (RIA Novosti), citing the Collection of Laws of the USSR and Decrees of the Presidium of the Supreme Soviet',
				url: 'https://fr.nuremberg.media/hronotop/20210202/101410/les-iles-kouriles-sont-rattachees-a-lurss.html'
			}
		],
		note: 'None of the five documents speaks of it. Japan’s administration ended on all four disputed islands, as on the islands from Urup to Shumshu; the directive says it decides nothing about their final status. On 2 February 1946 a decree of the Presidium of the Supreme Soviet of the USSR formed the South Sakhalin Oblast, of southern Sakhalin and the Kuril Islands, within the Russian republic.'
	},
	{
		id: 'san-francisco-1951',
		date: '1951-09-08',
		title: 'In the San Francisco Peace Treaty, Japan renounces the Kurile Islands and southern Sakhalin; the Soviet Union does not sign',
		places: ['san-francisco'],
		passages: [],
		sources: [
			{
				title: 'Treaty of Peace with Japan, signed at San Francisco 8 September 1951, in force 28 April 1952',
				article: 'Article 2(c)',
				publisher: 'United Nations Treaty Series, vol. 136',
				words:
					'Japan renounces all right, title and claim to the Kurile Islands, and to that portion of Sakhalin and the islands adjacent to it over which Japan acquired sovereignty as a consequence of the Treaty of Portsmouth of 5 September 1905.'
			}
		],
		note: 'None of the five documents speaks of this treaty. The Soviet Union attended the conference and did not sign. The article does not say to whom the islands pass.'
	},
	{
		id: 'joint-declaration-1956',
		date: '1956-10-19',
		title: 'The Joint Declaration ends the state of war and restores diplomatic relations',
		places: ['moscow', 'habomai', 'shikotan'],
		passages: [
			{
				doc: 'riac-2012',
				words: 'the Joint Declaration of 1956 performs the function of a peace treaty between the two countries'
			},
			{ doc: 'riac-2012', words: 'revisit Article 9 of the Joint Declaration signed in 1956' }
		],
		sources: [
			{
				title: 'Joint Declaration by the Union of Soviet Socialist Republics and Japan, signed at Moscow 19 October 1956',
				article: 'Article 9',
				publisher: 'United Nations Treaty Series, No. 3768',
				words:
					'…the Union of Soviet Socialist Republics, desiring to meet the wishes of Japan and taking into consideration the interests of the Japanese State, agrees to transfer to Japan the Habomai Islands and the island of Shikoton, the actual transfer of these islands to Japan to take place after the conclusion of a Peace Treaty between the Union of Soviet Socialist Republics and Japan.'
			}
		],
		note: 'Signed in Moscow on 19 October 1956. The two countries agree to go on negotiating a peace treaty; its Article 9 concerns the Habomai islets and Shikotan (which the treaty series’ English spells Shikoton).'
	},
	{
		id: 'hashimoto-speech-1997',
		date: '1997-07-24',
		title: 'Prime Minister Hashimoto sets out a new approach to Russia',
		places: ['tokyo'],
		passages: [
			{
				doc: 'togo-mgimo',
				words:
					'In 1997 when the Japanese and Russian relations were ready to develop in various tendencies, the prime minister Hasimoto laid foundations for it by the speech in July'
			}
		],
		sources: [
			{
				title: 'Address by Prime Minister Ryutaro Hashimoto to the Japan Association of Corporate Executives, 24 July 1997',
				publisher: 'Prime Minister of Japan and His Cabinet (kantei.go.jp)',
				url: 'https://japan.kantei.go.jp/0731douyukai.html'
			}
		],
		note: 'A speech in Tokyo to the Keizai Doyukai (the Japan Association of Corporate Executives) on 24 July 1997, as the Prime Minister’s office publishes it.'
	},
	{
		id: 'krasnoyarsk-1997',
		date: '1997-11-01/1997-11-02',
		title: 'Hashimoto and Yeltsin meet at Krasnoyarsk',
		places: ['krasnoyarsk'],
		passages: [
			{
				doc: 'togo-mgimo',
				words:
					'The Japanese prime minister made a speech on the basis of arrangements between R.Hasimoto and B.Eltsin at «the summit on creation of confidence» (then referred to « a meeting without ties») in Krasnoyarsk.'
			}
		],
		sources: [
			{
				title: 'Japan-Russia Summit Meeting at Krasnoyarsk (outline), 2 November 1997',
				publisher: 'Ministry of Foreign Affairs of Japan',
				words:
					'The two leaders agreed to do their utmost to conclude a peace treaty by 2000 on the basis of the Tokyo Declaration (in Japanese: 「両首脳は、東京宣言に基づき、2000年までに平和条約を締結するよう全力をつくすことに合意した。」).',
				url: 'https://www.mofa.go.jp/mofaj/kaidan/kiroku/s_hashi/arc_97/russia97/hyoka.html'
			}
		],
		note: 'The documents do not date this summit; the Japanese foreign ministry’s record does: 1–2 November 1997.'
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
		date: '2001-03-25',
		title: 'Putin and Mori meet at Irkutsk',
		places: ['irkutsk'],
		passages: [
			{ doc: 'riac-2012', words: 'the statement made by President Putin in March 2001 in Irkutsk' },
			{ doc: 'togo-mgimo', words: 'before Irkutsk negotiations between Putin and Yoshiro Mori in 2001' }
		],
		sources: [
			{
				title: 'Japan-Russia Summit Meeting in Irkutsk (Outline), 25 March 2001',
				publisher: 'Ministry of Foreign Affairs of Japan',
				words:
					'It was confirmed that the Japan-Soviet Joint Declaration in 1956 is a fundamental legal document that established the starting point in the peace treaty negotiations;',
				url: 'https://www.mofa.go.jp/region/europe/russia/pmv0103/summit.html'
			}
		],
		note: 'The documents give March 2001; the record of the meeting gives the day, 25 March.'
	},
	{
		id: 'action-plan-2003',
		date: '2003-01-10',
		title: 'The two governments adopt a Joint Action Plan',
		places: ['moscow'],
		passages: [{ doc: 'riac-2012', words: 'the agreements within the framework of the Joint Action Plan of 2003' }],
		sources: [
			{
				title: 'Joint Statement by Prime Minister Junichiro Koizumi and President Vladimir Putin concerning the Adoption of a Japan-Russia Action Plan, Moscow, 10 January 2003',
				publisher: 'Ministry of Foreign Affairs of Japan',
				url: 'https://www.mofa.go.jp/region/europe/russia/pmv0301/joint.html'
			}
		],
		note: 'The report gives the year only; the plan was adopted in Moscow on 10 January 2003, during a visit by Prime Minister Koizumi.'
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
		title: 'President Medvedev visits Kunashir / Kunashiri; Japan protests, and Russia calls the visit a domestic matter',
		places: ['kunashir'],
		passages: [
			{ doc: 'togo-mgimo', words: 'after visit of the president D.Medvedev on the island Kunashir' },
			{ doc: 'togo-mgimo', words: 'the Japanese side expressed «a regret in connection with trips of the high-ranking Russian officials on four islands»' },
			{ doc: 'bely-2011', words: 'The problem of Northern Territory which again surfaced last year proves to be extremely hard to reach a smooth resolution.' }
		],
		sources: [
			{
				title: 'Дмитрий Медведев посетил Южные Курилы (Dmitry Medvedev visited the Southern Kurils), 1 November 2010, Kunashir Island, Yuzhno-Kurilsk',
				publisher: 'President of Russia (kremlin.ru)',
				url: 'http://en.kremlin.ru/d/9388'
			},
			{
				title: 'Minister for Foreign Affairs Seiji Maehara lodges representations to Mr. Mikhail Bely, Russian Ambassador to Japan, concerning the visit to the Northern Territories by Russian President Dmitry Medvedev, 1 November 2010',
				publisher: 'Ministry of Foreign Affairs of Japan',
				words: 'The minister: “It is extremely regrettable and Japan lodges a protest.” The ambassador’s reply, as the ministry records it: “President Medvedev’s visit is purely a domestic matter”',
				url: 'https://www.mofa.go.jp/announce/announce/2010/11/1101_02.html'
			},
			{
				title: 'Foreign Minister S. Lavrov to the press, 1 November 2010, as reported by ITAR-TASS',
				publisher: 'China Daily, carrying the wire report',
				words: 'The reaction of the Japanese side to President Medvedev’s visit to the Kuriles was unacceptable. It is our land and the Russian president visited Russian land',
				url: 'http://www.chinadaily.com.cn/world/2010-11/01/content_11487040.htm'
			}
		],
		note: 'The documents do not date the visit; the Kremlin’s record gives 1 November 2010. The same day Japan’s foreign minister summoned the Russian ambassador, Mikhail Bely, whose talk of February 2011 JFIR’s outline summarises, to protest; the ambassador answered, as Japan’s ministry records, that the visit was a domestic matter, and Russia’s foreign minister called Japan’s reaction unacceptable.'
	},
	{
		id: 'apec-yokohama-2010',
		date: '2010-11-13',
		title: 'Medvedev and Kan meet at the APEC meeting in Yokohama',
		places: ['yokohama'],
		passages: [
			{
				doc: 'bely-2011',
				words:
					'APEC meeting held last year in Yokohama provided an important stage for President Medvedev and Prime Minister Kan to hold a discussion'
			}
		],
		sources: [
			{
				title: 'Meeting with Prime Minister of Japan Naoto Kan, 13 November 2010, Yokohama',
				publisher: 'President of Russia (kremlin.ru)',
				words: 'Dmitry Medvedev met with Naoto Kan on the sidelines of the APEC Summit.',
				url: 'http://en.special.kremlin.ru/catalog/countries/JP/events/9496'
			}
		],
		note: 'Its “last year”, in a talk of February 2011, is 2010; the Kremlin’s record gives the day, 13 November.'
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
		title: 'Foreign Minister Kishida visits Russia; he and Lavrov agree to recommence peace treaty negotiations',
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
		date: '2016-05-06',
		title: 'Abe and Putin meet at Sochi: a “new approach” and an eight-point plan',
		places: ['sochi'],
		passages: [
			{ doc: 'kishida-2016', words: 'Prime Minister Abe and President Putin agreed at their May summit meeting in Sochi' },
			{
				doc: 'kishida-2016',
				words: 'Then at the Japan-Russia summit meeting in May, Prime Minister Abe proposed an eight-point plan for cooperation'
			}
		],
		sources: [
			{
				title: 'Visit to Europe and Russia: Sixth Day, 6 May 2016',
				publisher: 'Prime Minister of Japan and His Cabinet (kantei.go.jp)',
				words: 'On May 6 (local time), Prime Minister Shinzo Abe visited Sochi in the Russian Federation.',
				url: 'http://japan.kantei.go.jp/97_abe/actions/201605/eu6.html'
			}
		],
		note: 'The article, of August 2016, gives the month; the Prime Minister’s office gives the day, 6 May 2016.'
	},
	{
		id: 'eastern-economic-forum-2016',
		date: '2016-09-02/2016-09-03',
		title: 'The Eastern Economic Forum in Vladivostok, with the Japanese prime minister',
		places: ['vladivostok'],
		passages: [
			{
				doc: 'kishida-2016',
				words: 'Prime Minister Abe will attend the Second Eastern Economic Forum (in Vladivostok) in September'
			}
		],
		sources: [
			{
				title: 'Eastern Economic Forum and Other Events: First Day, 2 September 2016',
				publisher: 'Prime Minister of Japan and His Cabinet (kantei.go.jp)',
				words:
					'On September 2 (local time), Prime Minister Shinzo Abe visited Vladivostok in the Russian Federation to attend the second Eastern Economic Forum and other events.',
				url: 'https://japan.kantei.go.jp/97_abe/actions/201609/02article2.html'
			}
		],
		note: 'Announced in an article of August 2016, for the September to come; the Prime Minister attended on 2–3 September 2016.'
	}
];
