/**
 * The story, as typed data. Each chapter sets a camera, highlights places from the gazetteer
 * (places.ts), can show or hide layer groups, and quotes the documents word for word. The words
 * between the quotations are the story's own, neutral between the Japanese and Russian positions.
 * validate.ts checks all of it when the site is built.
 */
import type { DocumentId } from './documents';

export interface Camera {
	/** [longitude, latitude] */
	center: [number, number];
	zoom: number;
	bearing: number;
	pitch: number;
}

/** Layer groups a chapter can switch on or off; anything not named keeps its default. */
export type LayerGroup = 'borders' | 'island-labels' | 'place-labels' | 'sea-route' | 'energy-sites';

export const LAYER_DEFAULTS: Record<LayerGroup, boolean> = {
	borders: true,
	'island-labels': true,
	'place-labels': true,
	'sea-route': false,
	'energy-sites': false
};

/** The layer groups' visibility for a chapter: its own switches over the defaults. */
export function layerVisibility(chapter: Chapter): Record<LayerGroup, boolean> {
	return { ...LAYER_DEFAULTS, ...chapter.layers };
}

export interface Quotation {
	doc: DocumentId;
	/** The document's words exactly (whitespace may differ); "…" marks an omission. */
	text: string;
	/** The chapter's key quotation, the one the presenter shows (default: the chapter's first) */
	key?: boolean;
}

/** A paragraph in the story's own words, or a quotation from a document. */
export type Block = string | Quotation;

/**
 * Two sea routes between the same ports, measured on the shipping-lane network when the site is
 * built and set beside what a document claims (the words must be found in the document).
 */
export interface RouteComparison {
	/** Port ids (ports.ts) */
	from: string;
	to: string;
	claim: {
		doc: DocumentId;
		/** The document's words that state the figures */
		words: string;
		/** The figures those words give, in kilometres */
		viaNsrKm: number;
		viaSuezKm: number;
	};
}

export interface Chapter {
	/** kebab-case, used as the URL hash */
	id: string;
	title: string;
	blocks: Block[];
	camera: Camera;
	projection?: 'mercator' | 'globe';
	/** Place ids (places.ts) to highlight on the map */
	places: string[];
	layers?: Partial<Record<LayerGroup, boolean>>;
	/** What the map shows, for readers who cannot see it */
	mapDescription: string;
	/** Sea routes measured and compared with a document's claim */
	routeComparison?: RouteComparison;
	/**
	 * Distances to measure and draw as labelled geodesic lines: between the nearest points of two
	 * places (place ids), measured on the map's data when the site is built.
	 */
	distances?: { from: string; to: string; label: string }[];
	/** Speaker notes for the classroom presenter, a paragraph each: the story's own words */
	notes?: string[];
	/**
	 * The years of the timeline (events.ts) this chapter shows on the map, both included; without
	 * it, every event. A reader can widen or narrow it with the timeline's scrubber.
	 */
	timeline?: { from: number; to: number };
}

/** The paragraph the presenter shows: the chapter's first paragraph in the story's own words. */
export function leadOf(chapter: Chapter): string {
	return chapter.blocks.find((b): b is string => typeof b === 'string') ?? '';
}

/** For each of a chapter's blocks, its index among the chapter's quotations (-1 for a paragraph). */
export function quotationIndexes(chapter: Pick<Chapter, 'blocks'>): number[] {
	let n = 0;
	return chapter.blocks.map((b) => (typeof b === 'string' ? -1 : n++));
}

/** The quotation the presenter shows: the one marked `key`, else the first. */
export function keyQuotation(chapter: Chapter): { quotation: Quotation; index: number } | undefined {
	const quotations = chapter.blocks.filter((b): b is Quotation => typeof b !== 'string');
	const index = Math.max(0, quotations.findIndex((q) => q.key));
	const quotation = quotations[index];
	return quotation && { quotation, index };
}

export const chapters: readonly Chapter[] = [
	{
		id: 'neighbours',
		notes: [
			"Start with the map: Hokkaido, Sakhalin, the Kuril chain running up to Kamchatka, and Vladivostok on the mainland. The measured line shows how narrow La Pérouse (Sōya) Strait is.",
			"Introduce the five documents: who wrote each, when, and for whom. Two are Russian voices (an ambassador and a team of scholars), three Japanese (a diplomat, a foreign minister and a former senior official).",
			"Ask: what does it mean to be neighbours when the two capitals are so far apart?"
		],
		title: 'Neighbours across a narrow sea',
		camera: { center: [140.5, 46.2], zoom: 4.2, bearing: 0, pitch: 0 },
		distances: [{ from: 'hokkaido', to: 'sakhalin', label: 'Hokkaido to Sakhalin across La Pérouse (Sōya) Strait' }],
		places: ['hokkaido', 'sakhalin', 'kuril-islands', 'vladivostok'],
		mapDescription:
			'The seas between Japan and the Russian Far East: Hokkaido, Sakhalin, the Kuril chain running north-east to Kamchatka, and Vladivostok on the mainland.',
		blocks: [
			'Japan and Russia face each other across the Sea of Japan and the Sea of Okhotsk. Hokkaido, Sakhalin and the Kuril Islands lie within sight of one another, and Vladivostok is a short flight from Tokyo.',
			{
				doc: 'bely-2011',
				text: 'Being a neighbor country of Japan, Russia is an important partner for Japan in various aspects such as economy, politics, security and so on.'
			},
			'This story follows five documents dated between 2009 and 2016: two Russian voices (an ambassador and a team of scholars) and three Japanese ones (a diplomat, a foreign minister and a former senior official). Each is quoted as published, translation slips included.',
			{
				doc: 'riac-2012',
				text: 'However, their development is heavily impacted by the two century-long history of bilateral relations, with the first Russian-Japanese agreement signed in 1855.'
			}
		]
	},
	{
		id: 'four-islands',
		timeline: { from: 2000, to: 2010 },
		notes: [
			"Say both names of each island aloud, and explain why the story always gives both: each side’s words carry its position.",
			"“Southern Kurils” is Russian usage; “Northern Territories” is Japanese usage. The story uses both and takes no side.",
			"Ask the class to find, in the quotations, the words each author uses for the islands."
		],
		title: 'Four islands, two names',
		camera: { center: [146.6, 44.35], zoom: 6.4, bearing: 0, pitch: 0 },
		distances: [{ from: 'hokkaido', to: 'kunashir', label: 'Hokkaido to Kunashir (Kunashiri) across the Nemuro Strait' }],
		places: ['southern-kurils', 'iturup', 'kunashir', 'shikotan', 'habomai'],
		mapDescription:
			'The southern end of the Kuril chain: Iturup (Etorofu), Kunashir (Kunashiri), Shikotan and the Habomai islets, off the north-east tip of Hokkaido. They are administered by Russia and claimed by Japan.',
		blocks: [
			'Between Hokkaido and Urup lie Iturup (Etorofu), Kunashir (Kunashiri), Shikotan and the Habomai islets. Russia administers them and counts them among the Kuril Islands, as the Southern Kurils; Japan claims them as the Northern Territories, which in its view were never part of the Kurils. Authors on both sides name the dispute as the reason the two countries have still not signed a peace treaty after the Second World War.',
			{
				doc: 'kishida-2016',
				text: 'The most important outstanding issue between the two nations is the Northern Territories'
			},
			{
				doc: 'imamura-2010',
				text: 'But the single issue blocking significant progress in relations is the dispute surrounding the Northern Territories that has prevented Moscow and Tokyo from reaching a formal peace treaty to end World War II.'
			},
			'The Russian report names the same islands and the same obstacle, and asks how large an obstacle it really is.',
			{
				doc: 'riac-2012',
				text: 'the unresolved problem of a peaceful agreement resulting from the differences of the sides in the territorial dispute over the Kuril Islands'
			}
		]
	},
	{
		id: 'habomai',
		timeline: { from: 1956, to: 1956 },
		notes: [
			"Point out how close the Habomai islets are to Cape Nosappu. The line is measured on the map’s data, which lacks the smallest islets, so the nearest gap is shorter still.",
			"The 1956 Joint Declaration comes up in several documents. The Russian report reads it as a peace treaty in all but its “territorial article”.",
			"Ask: in the second quotation, who is said to assume what, and what would “sovereignty … is retained” mean in practice?"
		],
		title: 'The islets closest to Hokkaido',
		camera: { center: [146.0, 43.5], zoom: 8.6, bearing: 0, pitch: 0 },
		distances: [{ from: 'hokkaido', to: 'habomai', label: 'Hokkaido to the nearest Habomai islet' }],
		places: ['habomai', 'shikotan', 'cape-nosappu'],
		mapDescription:
			'Cape Nosappu at the eastern tip of Hokkaido, with the Habomai islets and Shikotan just offshore.',
		blocks: [
			'The Habomai islets lie just off Cape Nosappu, the eastern tip of Hokkaido. With Shikotan they are the islands named in the Joint Declaration of 1956, which ended the state of war and restored diplomatic relations.',
			{
				doc: 'riac-2012',
				text: 'the Joint Declaration of 1956 performs the function of a peace treaty between the two countries with the exception of the unrealized so-called “territorial article”'
			},
			'Returning to that declaration has been raised more than once, and read differently in each capital.',
			{
				doc: 'riac-2012',
				text: "they assume that the Russian side might agree to the transfer of the islands of Habomai and Shikotan to Japan under the condition that Russia's sovereignty over them is retained."
			}
		]
	},
	{
		id: 'summits',
		timeline: { from: 1997, to: 2016 },
		notes: [
			"Trace the summit towns from west to east: Heiligendamm (2007), Sochi (2016), Krasnoyarsk (1997), Irkutsk (2001).",
			"The same meetings are remembered from different sides: a former Japanese diplomat, Japan’s foreign minister and a Russian report.",
			"Ask: what changed between the “general outlines” of 2001 and the “new approach” of 2016?"
		],
		title: 'Where the leaders met',
		camera: { center: [76, 48], zoom: 1.75, bearing: 0, pitch: 0 },
		places: ['krasnoyarsk', 'irkutsk', 'sochi', 'moscow', 'tokyo', 'heiligendamm'],
		mapDescription:
			'Eurasia from Germany to Japan, marking the summit towns: Krasnoyarsk (1997), Irkutsk (2001), Heiligendamm (2007), Sochi (2016), and the two capitals.',
		blocks: [
			'The search for a settlement has moved from summit to summit: Krasnoyarsk in 1997, Irkutsk in 2001, the margins of G8 and APEC meetings, and Sochi in 2016. The documents look back on these meetings from both sides.',
			{
				doc: 'togo-mgimo',
				text: 'have reached the general understanding and the general outlines at a meeting of Putin and Y.Mori in 2001'
			},
			{
				doc: 'kishida-2016',
				text: 'Prime Minister Abe and President Putin agreed at their May summit meeting in Sochi that they would vigorously promote negotiations taking a “new approach” that goes beyond the thinking of the past.'
			},
			'The Russian report recalls what President Putin proposed at Irkutsk.',
			{
				doc: 'riac-2012',
				text: 'the statement made by President Putin in March 2001 in Irkutsk in which he proposed to start discussing Article 9 of the 1956 Joint Declaration'
			}
		]
	},
	{
		id: 'sakhalin',
		timeline: { from: 2007, to: 2011 },
		notes: [
			"Sakhalin-1 and Sakhalin-2 lie off the north-east coast; the LNG plant at Prigorodnoye is in the far south, on Aniva Bay.",
			"Authors from both countries point to Sakhalin as the centre of the economic relationship.",
			"Ask: why might energy projects go ahead while the territorial talks stand still?"
		],
		title: "Sakhalin's oil and gas",
		camera: { center: [143.2, 49.6], zoom: 5.2, bearing: 0, pitch: 30 },
		places: ['sakhalin', 'sakhalin-1', 'sakhalin-2', 'prigorodnoye-lng'],
		layers: { 'energy-sites': true },
		mapDescription:
			'Sakhalin Island, with the Sakhalin-1 and Sakhalin-2 oil and gas fields off its north-east coast and the LNG plant at Prigorodnoye on Aniva Bay in the south.',
		blocks: [
			'Off the north-east coast of Sakhalin lie the oil and gas fields of the Sakhalin-1 and Sakhalin-2 projects. Gas from Sakhalin-2 is piped the length of the island to a liquefaction plant at Prigorodnoye, on Aniva Bay, and shipped from there.',
			{
				doc: 'imamura-2010',
				text: 'The construction of the first liquefied natural gas plant in Sakhalin through cooperation with Japanese businesses, and the export of gas produced there to Japan and other countries last year symbolized cooperation toward this end.'
			},
			'Japanese and Russian authors alike point to Sakhalin as the centre of the economic relationship.',
			{
				doc: 'riac-2012',
				text: "This statistics suggests that today Japanese capital doesn't play significant role in Russia's economy with the exception of oil and gas projects in Sakhalin."
			},
			{
				doc: 'bely-2011',
				text: 'thanks to the project to develop Sakhalin offshore oil and gas and the project of East Asia Siberia Pacific Pipeline, the economic cooperation has regained momentum.'
			}
		]
	},
	{
		id: 'vladivostok',
		timeline: { from: 2010, to: 2016 },
		notes: [
			"The APEC summit of 2012 met on Russky Island; the bridge and the venue, now a university campus, are on the map.",
			"The documents of 2010 and 2011 look forward to that summit; the one of 2016 looks forward to the Eastern Economic Forum.",
			"Ask: what does hosting an international meeting do for a city so far from its capital?"
		],
		title: 'Vladivostok and the Far East',
		camera: { center: [131.9, 43.06], zoom: 9.9, bearing: -20, pitch: 40 },
		places: ['vladivostok', 'russky', 'russky-bridge', 'fefu-campus'],
		mapDescription:
			'Vladivostok and Russky Island to its south, joined by the Russky Bridge across the Eastern Bosphorus; the APEC 2012 venue on the island.',
		blocks: [
			"Vladivostok is Russia's window on the Pacific. For the APEC summit of 2012 a bridge was built to Russky Island, where the summit venue later became a university campus.",
			{
				doc: 'imamura-2010',
				text: 'with Japanese businesses helping build a bridge to the site of the summit on Russky Island and supplying the venue with electricity and heat.'
			},
			{
				doc: 'bely-2011',
				text: 'In face of the APEC meeting to be held in 2012 in Vladivostok, it is highly expected that the economic relationship between Japan and Russia would be further promoted.'
			},
			'Four years later the city hosted the Eastern Economic Forum, and the Japanese prime minister attended.',
			{
				doc: 'kishida-2016',
				text: 'Prime Minister Abe will attend the Second Eastern Economic Forum (in Vladivostok) in September'
			}
		]
	},
	{
		id: 'trade',
		timeline: { from: 2007, to: 2011 },
		notes: [
			"The Russian report describes the shape of the trade; the Japanese author’s figures give each country’s share of the other’s trade in 2008.",
			"Read the shares carefully: “respectively” pairs them in the order the countries are named.",
			"Ask: why might the same trade matter more to one partner than to the other?"
		],
		title: 'Trade: fuel for finished goods',
		camera: { center: [136.5, 43.5], zoom: 3.9, bearing: 0, pitch: 0 },
		places: ['vladivostok', 'port-vostochny', 'prigorodnoye-lng', 'tokyo', 'yokohama'],
		layers: { 'energy-sites': true },
		mapDescription:
			'The Sea of Japan between the Russian Far East and Japan: the ports of Vladivostok and Vostochny, the LNG plant on Sakhalin, and Tokyo and Yokohama.',
		blocks: [
			'Trade between the two countries has grown and shrunk with world markets. The Russian report describes its shape: energy, metals, seafood and timber go to Japan; cars and other finished goods go to Russia.',
			{
				doc: 'riac-2012',
				text: 'From this data it becomes clear that the main peculiarity of Russian trade with Japan is the exchange of fuel, raw materials and seafood for mostly ready-made industrial consumer goods.'
			},
			{
				doc: 'imamura-2010',
				text: "In 2008, Russia and Japan accounted for about 2 percent and 4 percent of the other country's trade, respectively."
			},
			'A former Japanese diplomat counts the economy as the most successful part of the relationship.',
			{
				doc: 'togo-mgimo',
				text: 'The economic relations are the most successful of these three tendencies to develop.'
			}
		]
	},
	{
		id: 'northern-sea-route',
		notes: [
			"The two routes on the globe were measured on a shipping-lane network when the site was built; they are not the document’s figures. The story’s table sets the two side by side.",
			"Discuss why the report’s “7 thousand kilometers” can be read two ways: as the length of the route, or as the saving.",
			"Ask: the documents do not say what limits the route today. What would you need to know before sending a ship this way?"
		],
		title: 'The Northern Sea Route',
		camera: { center: [82, 42], zoom: 1.7, bearing: 0, pitch: 0 },
		projection: 'globe',
		places: ['northern-sea-route', 'bering-strait', 'murmansk', 'yokohama'],
		layers: { 'sea-route': false, borders: false },
		mapDescription:
			"Eurasia on a globe, from the Arctic to the Indian Ocean: the Northern Sea Route along Russia's northern coast from the Bering Strait to Murmansk on the Barents Sea, with Yokohama to the south-east. Two measured sea routes from Yokohama to Rotterdam are drawn: through the Bering Strait and the Arctic, and through the Strait of Malacca and the Suez Canal.",
		routeComparison: {
			from: 'yokohama',
			to: 'rotterdam',
			claim: {
				doc: 'riac-2012',
				words: 'reduce the seaway from Europe to Japan to 7 thousand kilometers in comparison with the current 23 thousand via the Suez Canal',
				viaNsrKm: 7000,
				viaSuezKm: 23000
			}
		},
		blocks: [
			"North of Siberia a sea lane follows Russia's Arctic coast from the Barents Sea to the Bering Strait. Of the five documents only the Russian report speaks of it, as a shorter way between Europe and Japan.",
			{
				doc: 'riac-2012',
				text: 'Interaction in the sphere of infrastructure development and organization of navigation along the Northern Sea Route can open up new opportunities for Russian-Japanese cooperation.'
			},
			{
				doc: 'riac-2012',
				text: 'Putting it into regular operation would reduce the seaway from Europe to Japan to 7 thousand kilometers in comparison with the current 23 thousand via the Suez Canal and the Indian Ocean.',
				key: true
			},
			'The map is drawn on a globe here: on a flat Mercator map the Arctic looks several times larger than it is, and the route looks longer than it is.'
		]
	},
	{
		id: 'public-opinion',
		timeline: { from: 2011, to: 2011 },
		notes: [
			"The poll figures are the Russian report’s; its footnotes, shown in the reader, give its sources.",
			"Contrast the language of governments with the figures on public feeling.",
			"Ask: how might an event such as the help after March 2011 change how one country sees another?"
		],
		title: 'What the public thinks',
		camera: { center: [88, 50], zoom: 2.1, bearing: 0, pitch: 0 },
		places: ['moscow', 'tokyo'],
		mapDescription: 'Russia and Japan as a whole, with their capitals Moscow and Tokyo marked.',
		blocks: [
			'Governments negotiate, but the documents agree that public feeling sets the limits of what they can agree. The Russian report cites polls from both countries.',
			{
				doc: 'riac-2012',
				text: 'in the period from 1995 to 2011 the level of sympathy towards Japan in Russia decreased from 69% to 44% while the level of antipathy rose sharply from 19% to 31%.'
			},
			{
				doc: 'riac-2012',
				text: 'Public opinion polls conducted in Japan in 2011 showed that of all the largest countries in the world the Japanese are least friendly to Russia (13%) and most friendly towards USA (82%), with those antipathetic to Russia - 83%.'
			},
			'A former Japanese diplomat recalls the help that came from Russia after the earthquake and tsunami of March 2011.',
			{
				doc: 'togo-mgimo',
				text: 'The humanitarian help toJapanfrom theRussiaafter the events of March, 11 softened heart the Japanese hearts.'
			}
		]
	},
	{
		id: 'ways-forward',
		timeline: { from: 2010, to: 2016 },
		notes: [
			"Each document ends by looking for a way to keep talking. Read the quotations side by side.",
			"The former Japanese negotiator addresses both sides at once: ask the class what each side is asked to accept.",
			"Close on the map: the same islands, with both their names."
		],
		title: 'Ways forward',
		camera: { center: [141.5, 45.0], zoom: 4.6, bearing: 0, pitch: 0 },
		places: ['southern-kurils', 'sakhalin', 'vladivostok', 'hokkaido'],
		mapDescription:
			'The region again: Hokkaido, the disputed southern Kurils, Sakhalin and Vladivostok.',
		blocks: [
			'The documents differ on where the relationship should go next, but each of them looks for a way to keep talking.',
			{
				doc: 'kishida-2016',
				text: 'we confirmed that we would find a resolution acceptable to both parties, recognizing that Japan and Russia have different historical and legal positions [on this matter].'
			},
			{
				doc: 'bely-2011',
				text: 'Despite the awareness of great difficulties in politics, Japan and Russia should still continue their efforts to devise a way to deal with the issue.'
			},
			'A former Japanese negotiator addresses both sides at once.',
			{
				doc: 'togo-mgimo',
				text: 'I would like to tell to the Russian side that it is impossible to find the decision at an extreme position, such as «a zero version» in current situation.'
			},
			{
				doc: 'togo-mgimo',
				text: 'I would like to advice to the Japanese side to be ready to accept result of defeat in negotiations.'
			},
			{
				doc: 'riac-2012',
				text: 'In the long-term perspective, there can be seen no reasons for possible serious contradictions between Russia and Japan, let alone confrontation.'
			}
		]
	}
];
