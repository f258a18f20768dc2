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
/** `treaty-borders`: the lines of the settlements in the timeline's span (borders.ts) */
export type LayerGroup = 'borders' | 'island-labels' | 'place-labels' | 'sea-route' | 'energy-sites' | 'treaty-borders';

export const LAYER_DEFAULTS: Record<LayerGroup, boolean> = {
	borders: true,
	'island-labels': true,
	'place-labels': true,
	'sea-route': false,
	'energy-sites': false,
	'treaty-borders': false
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

/**
 * A chapter's two sides for the classroom: one quotation from each, on one Perspectives question
 * (content/perspectives.ts), shown by the presenter as a two-column slide after the chapter's own
 * and printed in the handout.
 */
export interface SidesPair {
	/** The question the pair is about */
	question: string;
	/** From a Russian document, and from a Japanese one, each in a passage the question takes */
	russian: Quotation;
	japanese: Quotation;
	/** Speaker notes, the story's own words: a question for the class first */
	notes: string[];
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
	 * The chapter is about a question the two sides dispute: it must quote voices from both (the
	 * build checks, and reports every chapter's voices: balance.ts).
	 */
	contested?: boolean;
	/**
	 * The years of the timeline (events.ts) this chapter shows on the map, both included; without
	 * it, every event. A reader can widen or narrow it with the timeline's scrubber.
	 */
	timeline?: { from: number; to: number };
	/** The chapter's two sides, for a slide of their own (see SidesPair) */
	sides?: SidesPair;
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
			'Start with the map: Hokkaido, Sakhalin, the Kuril chain running up to Kamchatka, and Vladivostok on the mainland. The measured line shows how narrow La Pérouse (Sōya) Strait is.',
			'Introduce the five documents: who wrote each, when, and for whom. Two are Russian (JFIR’s outline of a talk by Russia’s ambassador, and a report by scholars led by a former ambassador to Japan), three Japanese (a diplomat, a foreign minister and a former senior official).',
			'Ask: what does it mean to be neighbours when the two capitals are so far apart?'
		],
		title: 'Neighbours across a narrow sea',
		camera: { center: [140.5, 46.2], zoom: 4.2, bearing: 0, pitch: 0 },
		distances: [{ from: 'hokkaido', to: 'sakhalin', label: 'Hokkaido to Sakhalin across La Pérouse (Sōya) Strait' }],
		places: ['hokkaido', 'sakhalin', 'kuril-islands', 'southern-kurils', 'vladivostok'],
		mapDescription:
			'The seas between Japan and the Russian Far East: Hokkaido, Sakhalin, the Kuril chain running north-east to Kamchatka, and Vladivostok on the mainland.',
		blocks: [
			'Japan and Russia face each other across the Sea of Japan and the Sea of Okhotsk. Hokkaido and Sakhalin are in sight of each other across La Pérouse (Sōya) Strait, the disputed islands are in sight of Hokkaido, and the island chain runs on from them to Kamchatka; and Vladivostok is a short flight from Tokyo.',
			{
				doc: 'bely-2011',
				text: 'Being a neighbor country of Japan, Russia is an important partner for Japan in various aspects such as economy, politics, security and so on.'
			},
			{ doc: 'imamura-2010', text: 'There is no question that Russia and Japan must work together as partners.' },
			'This story follows five documents written between 2010 and 2016 (one, Togo’s, is dated 2009, but speaks of events of 2011). Two are Russian: the Japan Forum on International Relations’ outline of a talk by Russia’s ambassador to Japan, Mikhail Bely, and a report of the Russian International Affairs Council by a team of scholars whose coordinator, Alexander Panov, was Russia’s ambassador to Japan from 1996 to 2003. Three are Japanese: an article by a diplomat at Japan’s embassy in Moscow, one by Japan’s foreign minister, and a report by a former senior official of Japan’s foreign ministry. Each is quoted as published, translation slips included.',
			{
				doc: 'riac-2012',
				text: 'However, their development is heavily impacted by the two century-long history of bilateral relations, with the first Russian-Japanese agreement signed in 1855.'
			}
		]
	},
	{
		id: 'four-islands',
		sides: {
			question: 'islands-and-treaty',
			russian: {
				doc: 'riac-2012',
				text: 'Regarding the issue of a peaceful treaty it will be expedient to keep on working to this end and do everything not to allow this problem to prevent from or contain the development of bilateral relations.'
			},
			japanese: {
				doc: 'kishida-2016',
				text: 'Japan will persistently advance negotiations with the aim of resolving the issue of the return of the Northern Territories and concluding a peace treaty.'
			},
			notes: [
				'Ask: the Russian report would keep working on a treaty without letting the problem hold back the rest of the relations; Japan’s foreign minister will “persistently advance negotiations” for the islands’ return and a treaty. For each, which comes first: the treaty or the relationship?',
				'Point out the words: the minister speaks of “the return of the Northern Territories”, words that carry Japan’s position; the report’s sentence names no islands and says only “this problem” (elsewhere it writes “the Kuril islands”). The story gives both names and takes no side.',
				'The dates: the RIAC authors wrote in 2012, Kishida in August 2016, after the Sochi summit.'
			]
		},
		contested: true,
		timeline: { from: 2000, to: 2010 },
		notes: [
			'Say both names of each island aloud, and explain why the story always gives both: each side’s words carry its position.',
			'“Southern Kurils” is Russian usage; “Northern Territories” is Japanese usage. The story gives both, always in the same order, and takes no side.',
			'Ask the class to find the words each author uses for the islands: the Japanese texts say “Northern Territories”; the Russian report says “Kuril Islands” and “disputed Kuril Islands”, and puts the Japanese name in quotation marks; JFIR’s outline of Ambassador Bely’s talk says “Northern Territory”.'
		],
		title: 'Four islands, two names',
		camera: { center: [146.6, 44.35], zoom: 6.4, bearing: 0, pitch: 0 },
		distances: [{ from: 'hokkaido', to: 'kunashir', label: 'Hokkaido to Kunashir / Kunashiri across the Kunashir / Nemuro Strait' }],
		places: ['southern-kurils', 'iturup', 'kunashir', 'shikotan', 'habomai'],
		mapDescription:
			'The disputed islands off the north-east tip of Hokkaido: Iturup / Etorofu, Kunashir / Kunashiri, Shikotan and the Habomai islets. They are administered by Russia and claimed by Japan.',
		blocks: [
			'Between Hokkaido and Urup lie Iturup / Etorofu, Kunashir / Kunashiri, Shikotan and the Habomai islets. Russia administers them as part of the Kuril Islands, the Southern Kurils, and holds that they passed to the Soviet Union lawfully, as a result of the Second World War; Japan claims them as the Northern Territories, and holds that they are not among the Kuril Islands it renounced in the peace treaty of 1951. Imamura, a diplomat at Japan’s embassy in Moscow, names the dispute as what has kept the two countries from signing a peace treaty since the Second World War; Japan’s foreign minister calls it the most important outstanding issue between them.',
			'This map gives every such place both its names in the same order, the Russian first and then the Japanese: Iturup / Etorofu, the Southern Kurils / Northern Territories. The order is a fixed convention of the map, not a judgment; the map takes no side.',
			{
				doc: 'kishida-2016',
				text: 'The most important outstanding issue between the two nations is the Northern Territories'
			},
			{
				doc: 'imamura-2010',
				text: 'But the single issue blocking significant progress in relations is the dispute surrounding the Northern Territories that has prevented Moscow and Tokyo from reaching a formal peace treaty to end World War II.'
			},
			'The Russian texts explain the missing treaty too. JFIR’s outline of Ambassador Bely’s talk puts it down to “complicated problems” of politics, history and “emotional discomfort”, and in the same passage calls the Northern Territory problem extremely hard to resolve; the Russian report traces it to the territorial dispute, though it asks whether the dispute is really “the major obstacle” to better relations:',
			{
				doc: 'bely-2011',
				text: 'Russia and Japan have not signed a peace treaty yet. This is surely due to complicated problems concerned with politics, history and emotional discomfort.'
			},
			{
				doc: 'riac-2012',
				text: 'the unresolved problem of a peaceful agreement resulting from the differences of the sides in the territorial dispute over the Kuril Islands'
			}
		]
	},
	{
		id: 'habomai',
		contested: true,
		timeline: { from: 1956, to: 1956 },
		notes: [
			'Point out how close the Habomai islets are to Cape Nosappu. The line runs from Hokkaido’s shore to the lighthouse of Signalny / Kaigara-jima, the nearest islet, which the map marks as a point; published figures give about 3.7 km from Cape Nosappu.',
			'Of the five documents only the Russian report names the 1956 Joint Declaration. It reads it as a peace treaty in all but its “territorial article”.',
			'Ask: in the report’s account, who assumes what? (The Japanese advocates of what it calls “the principled position”.) And what would “sovereignty … is retained” mean in practice?'
		],
		title: 'The islets closest to Hokkaido',
		camera: { center: [146.2, 43.56], zoom: 8.5, bearing: 0, pitch: 0 },
		distances: [{ from: 'hokkaido', to: 'kaigara', label: 'Hokkaido to Signalny / Kaigara-jima, the nearest Habomai islet' }],
		places: ['habomai', 'shikotan', 'cape-nosappu'],
		mapDescription:
			'Cape Nosappu at the eastern tip of Hokkaido, with the Habomai islets and Shikotan just offshore.',
		blocks: [
			'The Habomai islets lie just off Cape Nosappu, the eastern tip of Hokkaido. With Shikotan they are the islands named in the Joint Declaration of 1956, which ended the state of war and restored diplomatic relations; in its Article 9 the Soviet Union agreed to transfer them to Japan once a peace treaty is concluded.',
			'Of the five documents only the Russian report names the declaration.',
			{
				doc: 'riac-2012',
				text: 'the Joint Declaration of 1956 performs the function of a peace treaty between the two countries with the exception of the unrealized so-called “territorial article”'
			},
			'The report describes what the Japanese advocates of what it calls “the principled position” expect Russia to offer:',
			{
				doc: 'riac-2012',
				text: "At best there might be proposed to again revisit Article 9 of the Joint Declaration signed in 1956. Besides, they assume that the Russian side might agree to the transfer of the islands of Habomai and Shikotan to Japan under the condition that Russia's sovereignty over them is retained."
			},
			'Russia’s president proposed in 2001, the Russian report recalls, to start from that article; Japan’s foreign minister states his government’s aim in its own terms:',
			{
				doc: 'riac-2012',
				text: 'the statement made by President Putin in March 2001 in Irkutsk in which he proposed to start discussing Article 9 of the 1956 Joint Declaration'
			},
			{
				doc: 'kishida-2016',
				text: 'Japan will persistently advance negotiations with the aim of resolving the issue of the return of the Northern Territories and concluding a peace treaty.'
			}
		]
	},
	{
		id: 'border-treaties',
		contested: true,
		timeline: { from: 1855, to: 1905 },
		notes: [
			'Walk the class through the lines on the map, oldest first, and ask where each treaty put Sakhalin and the Kurils.',
			'The dates, places and articles come from the treaties themselves: each event on the timeline names its source. Of the five documents only the Russian report mentions a treaty of this period, the first, of 1855.',
			'What each treaty meant by the Kuril Islands is itself part of the dispute, and each side reads the articles its own way. In Japan’s reading, the 1875 treaty’s list of eighteen islands, from Shumshu to Urup, is what “the Kuril Islands” means, and the 1855 treaty confirmed Iturup / Etorofu and Kunashir / Kunashiri as Japanese. In the Russian reading, the 1855 treaty’s Kuril islands “to the north” of Urup imply Kurils to the south as well, and the 1875 treaty ceded only the Kurils Russia then held. Read the two articles, cited on the timeline, side by side.',
			'Ask: why might each government read this history in support of its own position?'
		],
		title: 'How the border was drawn, 1855–1905',
		camera: { center: [148.5, 47.6], zoom: 4.1, bearing: 0, pitch: 0 },
		layers: { 'treaty-borders': true },
		places: ['sakhalin', 'kuril-islands', 'vries-strait', 'la-perouse-strait', 'first-kuril-strait'],
		mapDescription:
			'Hokkaido, Sakhalin and the Kuril chain as far as Kamchatka, with the border of each treaty in the timeline’s span: in 1855 between Iturup / Etorofu and Urup; in 1875 through La Pérouse Strait and the strait between Kamchatka and Shumshu; in 1905 along the 50th parallel across Sakhalin.',
		blocks: [
			'Treaties have drawn the border three times. In 1855 the Treaty of Shimoda put it between Iturup / Etorofu and Urup and left Sakhalin undivided. In 1875 the Treaty of St Petersburg gave all of Sakhalin to Russia and, to Japan, the group of Kuril Islands that Russia then held, the eighteen islands from Urup to Shumshu, so that the whole chain as far as Kamchatka was Japanese. In 1905, after the Russo-Japanese War, the Treaty of Portsmouth gave Japan the south of Sakhalin, below the 50th parallel. The map draws each line, and the timeline cites each treaty’s article.',
			{
				doc: 'riac-2012',
				text: 'Negative pages in the history book of bilateral relations, especially those related to territorial dispute, also play a certain role.'
			},
			'Of the treaties, the documents name only the first, and only in passing: the Russian report’s “first Russian-Japanese agreement signed in 1855”, quoted in the first chapter. Authors on both sides say the two countries read their shared history differently:',
			{
				doc: 'imamura-2010',
				text: 'with positions differing between Japan and Russia in many areas, including on historical and legal viewpoints.'
			},
			{
				doc: 'kishida-2016',
				text: 'Japan and Russia have different historical and legal positions'
			},
			{
				doc: 'riac-2012',
				text: 'the entrenched stereotype of the inability in principle of Russia and Japan to resolve their differences on the interpretation of the historical past.'
			}
		]
	},
	{
		id: 'war-and-after',
		contested: true,
		timeline: { from: 1945, to: 1956 },
		notes: [
			'The line on the map is where Soviet, and then Russian, administration has met Japanese since 1945. The two countries have signed no peace treaty, and no treaty between them draws it.',
			'The documents come at this history from both sides: the Japanese prime minister’s “65 years”, as Imamura reports him, and the Russian report on how Japanese opinion remembers the war, with its proposal of a joint history published in both languages.',
			'The two positions are given in the story’s own words, as each government has long stated them. The timeline cites each side’s words: Russia’s foreign ministry, that “the southern Kurils” belong to Russia “following the results of the Second World War” (its spokeswoman, 5 October 2016); Japan’s, in its account of the events, that Soviet forces “occupied” the four islands from 28 August to 5 September 1945.',
			'Ask: why do the two governments describe the events of August and September 1945 in different words?'
		],
		title: 'War, and the line since 1945',
		camera: { center: [146.3, 46.0], zoom: 4.6, bearing: 0, pitch: 0 },
		layers: { 'treaty-borders': true },
		places: ['southern-kurils', 'sakhalin', 'kuril-islands', 'la-perouse-strait'],
		mapDescription:
			'Sakhalin, the Kuril chain and Hokkaido, with the line between Soviet (then Russian) and Japanese administration since 1945: through La Pérouse Strait, and between Hokkaido and the islands of Kunashir / Kunashiri and Habomai.',
		blocks: [
			'Since 1945 southern Sakhalin, the islands from Shumshu to Urup and the four islands Japan claims have been administered by the Soviet Union, and since 1991 by Russia. The two countries ended the state of war in 1956, but have signed no peace treaty.',
			'In February 1945, at Yalta, the leaders of the Soviet Union, the United States and the United Kingdom agreed the terms on which the Soviet Union would enter the war against Japan, among them that the Kuril Islands would be handed over to it; Japan was not a party to the agreement. In April the Soviet Union gave notice that it would not extend the Neutrality Pact it had signed with Japan in 1941, saying that the pact had lost its sense while Japan aided Germany in its war against the Soviet Union; on 9 August, with the pact still in its term and citing Japan’s refusal of the Allies’ demand to surrender, it entered the war. Japan announced its acceptance of the Potsdam Declaration on 14 and 15 August and signed its surrender on 2 September; between 28 August and 5 September Soviet forces took Iturup / Etorofu, Kunashir / Kunashiri, Shikotan and the Habomai islets. In the San Francisco Peace Treaty of 1951, which the Soviet Union did not sign, Japan renounced the Kurile Islands and southern Sakhalin; in 1956 the two countries ended the state of war by their Joint Declaration.',
			'The two governments read these events differently. Russia holds that the islands became its territory lawfully, as a result of the war and by the Allies’ agreements; Japan holds that the four islands are its own, that no agreement it was not party to could give them away, and that they were taken after it had accepted the Potsdam Declaration. The timeline cites each event’s source, from both sides.',
			'Japan’s prime minister, as the Japanese diplomat Imamura reports him in 2010:',
			{
				doc: 'imamura-2010',
				text: 'Kan said that settling the dispute has been the ardent wish of the Japanese people for the past 65 years, and that he wanted to seek a final settlement at a bilateral summit.'
			},
			'The Russian report explains Japanese hostility by a negative image of Russia that, it says, was implanted in the Japanese by “purposeful” effort after the war, mainly in the Cold War, and lists its elements:',
			{
				doc: 'riac-2012',
				text: 'the war of the USSR with Japan in defiance of the Agreement on Neutrality, death of more than 60 thousand Japanese prisoners of war in Soviet camps, “the seizure of originally Japanese territories” and the attempts to extend Communist ideology to Japan'
			},
			'The same report proposes a joint project of Russian and Japanese historians, published in both languages:',
			{
				doc: 'riac-2012',
				text: 'the publication with a large circulation and in the Russian and Japanese languages of the final report prepared by a group of historians would provide the possibility to promote the positions of both sides.'
			},
			'A former Japanese negotiator observes that Japan is the one neighbour with which Russia has no agreed border:',
			{ doc: 'togo-mgimo', text: 'Russiahas state frontiers with all adjacent states except forJapan.' }
		]
	},
	{
		id: 'summits',
		sides: {
			question: 'summits',
			russian: { doc: 'bely-2011', text: 'APEC meeting held last year in Yokohama provided an important stage for President Medvedev and Prime Minister Kan to hold a discussion, which is a significant step in furthering relationship between the two countries.' },
			japanese: {
				doc: 'kishida-2016',
				text: 'Prime Minister Abe and President Putin agreed at their May summit meeting in Sochi that they would vigorously promote negotiations taking a “new approach” that goes beyond the thinking of the past'
			},
			notes: [
				'Ask: both voices present a summit as a step forward, the Russian one at Yokohama in 2010, the Japanese one at Sochi in 2016. What did each summit change, and what would show that it worked?',
				'Add a third view from the chapter: Togo, a former official speaking for himself, says talks that had reached “the general outlines” in 2001 were interrupted “due to the fault of the Japanese side”.',
				'The outline of Bely’s talk is the Japanese forum’s, not his own words.'
			]
		},
		contested: true,
		timeline: { from: 1997, to: 2016 },
		notes: [
			'Trace the summit towns from west to east: Heiligendamm (2007), Sochi (2016), Krasnoyarsk (1997), Irkutsk (2001).',
			'These meetings are remembered from both sides: a former Japanese diplomat, who blames Japan for the chances lost, Japan’s foreign minister, and a Russian report.',
			'Ask: what changed between the “general outlines” of 2001 and the “new approach” of 2016?'
		],
		title: 'Where the leaders met',
		camera: { center: [76, 48], zoom: 1.75, bearing: 0, pitch: 0 },
		places: ['krasnoyarsk', 'irkutsk', 'sochi', 'moscow', 'tokyo', 'heiligendamm'],
		mapDescription:
			'Eurasia from Germany to Japan, marking the summit towns: Krasnoyarsk (1997), Irkutsk (2001), Heiligendamm (2007), Sochi (2016), and the two capitals.',
		blocks: [
			'The search for a settlement has moved from summit to summit: Krasnoyarsk in 1997, Irkutsk in 2001, the margins of G8 and APEC meetings, and Sochi in 2016. The documents look back on these meetings from both sides.',
			'A former Japanese negotiator, looking back, blames his own side for losing the chance of 2001, and another in 2006–2009:',
			{
				doc: 'togo-mgimo',
				text: 'have reached the general understanding and the general outlines at a meeting of Putin and Y.Mori in 2001 but when negotiations should have successful results, they were interrupted due to the fault of the Japanese side.'
			},
			'Japan’s foreign minister reports the summit of 2016:',
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
		id: 'visits-and-proposals',
		contested: true,
		timeline: { from: 2010, to: 2016 },
		notes: [
			'Start with the visit of November 2010 and the words each side used afterwards: the Japanese ministry’s regret, as Togo reads it, and JFIR’s outline of Ambassador Bely’s talk, which does not name the visit but says the problem “again surfaced” that year.',
			'List the proposals on the board with who makes or rejects each: President Putin’s Article 9 of 1956 (Irkutsk, 2001); the “simultaneous return of the four islands”; talks in a “two plus two” format; economic activity on the islands under Russian law, to which, the Russian report says, Japan objects; despite that objection, the report would keep proposing initiatives under the joint programme of 2000. Togo’s warning against «a zero version» is in the last chapter.',
			'Ask: what does a poll in which about 90% oppose a transfer tell a negotiator on each side?'
		],
		title: 'Visits and proposals, 2010–2016',
		camera: { center: [146.0, 44.05], zoom: 7.0, bearing: 0, pitch: 0 },
		places: ['kunashir', 'iturup', 'shikotan', 'habomai'],
		mapDescription:
			'Kunashir / Kunashiri, which President Medvedev visited on 1 November 2010, with the other disputed islands off the north-east tip of Hokkaido.',
		blocks: [
			'On 1 November 2010 President Medvedev visited Kunashir / Kunashiri. The same day Japan’s foreign minister summoned the Russian ambassador to protest, calling the visit extremely regrettable; the ambassador answered that it was a domestic matter, and Russia’s foreign minister called Japan’s reaction unacceptable.',
			'A former Japanese diplomat reads what his former ministry’s website says of the summit meetings that followed, and complains that it passes over the real news:',
			{
				doc: 'togo-mgimo',
				text: 'It is spoken concerning all these meetings that «the countries agreed to communicate in a quiet atmosphere». The main content of the meetings consists in that the Japanese side expressed «a regret in connection with trips of the high-ranking Russian officials on four islands».'
			},
			{ doc: 'togo-mgimo', text: 'The main point of a problem consists in that fact that negotiations have stopped' },
			'JFIR’s outline of Ambassador Bely’s talk, three months later, does not name the visit but says the problem “again surfaced” that year; the Russian report notes that when Japan’s foreign minister came to Moscow in 2011, amid the sharpening dispute, the two sides confirmed they would keep cooperating on international issues:',
			{
				doc: 'bely-2011',
				text: 'The problem of Northern Territory which again surfaced last year proves to be extremely hard to reach a smooth resolution.',
				key: true
			},
			{
				doc: 'riac-2012',
				text: "during the visit to Moscow of Japan's Foreign Minister Sejdzhi Maehara in 2011 amidst the sharpening of the territorial dispute the sides confirmed their readiness to continue interaction and cooperation on the most pressing international issues."
			},
			'The Russian report names several proposals for a settlement, each with who makes or opposes it. It recounts what followed in Japan when President Putin proposed at Irkutsk, in 2001, to start discussing Article 9 of the 1956 Declaration:',
			{
				doc: 'riac-2012',
				text: 'that resulted in the reinforcement of Japan\'s "simultaneous return of the four islands" stance and the punishment of the politicians and diplomats advocating the holding of negotiations in a "two plus two" format.'
			},
			'The same report records Japan’s objection to economic activity on the islands under Russian law, and urges Russia to keep proposing initiatives under the two countries’ joint programme of 2000 for the four islands:',
			{
				doc: 'riac-2012',
				text: 'Despite the negative attitude of Japan to the idea of starting economic activities on the Kuril islands in compliance with the current Russian legislation, it would be desirable to continue to put forward the initiatives on the implementation of The Program of the Russian-Japanese Cooperation for Joint Economic Development of Iturup, Kunashir, Shikotan and Habomai islands'
			},
			'It cites a poll of Russians (by the RIA Novosti agency, in 2009, its footnote says):',
			{ doc: 'riac-2012', text: 'About 90% of the polled are against the transfer of the “disputed Kuril Islands” to Japan.' },
			'In 2015 the two foreign ministers agreed to take up the negotiations again, as Japan’s foreign minister writes:',
			{
				doc: 'kishida-2016',
				text: 'we agreed to recommence peace treaty negotiations, which had in effect been temporarily suspended.'
			}
		]
	},
	{
		id: 'security',
		sides: {
			question: 'security',
			russian: { doc: 'riac-2012', text: 'Russia doesn\'t pose a threat to Japan, and equally there doesn\'t exist a Japanese threat to Russia.' },
			japanese: {
				doc: 'togo-mgimo',
				text: 'It is such vicious circle when mistrust of one side causes mistrust of another one. A recent example is the trainings of the Russian Air Forces at the Japanese border. They were the cool message to the Japanese people.'
			},
			notes: [
				'Ask: the Russian scholars see no threat either way; the former Japanese diplomat describes a “vicious circle” of mistrust, in which Russian air exercises at the border were a “cool message” to the Japanese. Can both be true at once?',
				'In the same passage Togo holds the Japanese side more responsible for the failure of the talks that feeds the mistrust.',
				'Both passages come from authors who argue for closer relations; neither is a statement of a government’s defence policy.'
			]
		},
		contested: true,
		timeline: { from: 2010, to: 2011 },
		notes: [
			'Togo’s three “tendencies” frame the chapter: the territory, the economy, and international relations with security.',
			'Read the accounts of military activity side by side: Togo’s, of Russian air force exercises; the Russian report’s, of how Japanese opinion sees Russia’s forces, and its case that neither country threatens the other, with Japan moving its own forces south.',
			'Ask: on what do the documents of both sides agree the two countries can work together?'
		],
		title: 'Security and the neighbours',
		camera: { center: [124, 42], zoom: 2.9, bearing: 0, pitch: 0 },
		places: ['china', 'beijing', 'north-korea', 'tokyo', 'southern-kurils', 'far-east'],
		mapDescription:
			'North-east Asia: China, the Korean peninsula, Japan and the Russian Far East, with Beijing and Tokyo marked, and the disputed islands off Hokkaido.',
		blocks: [
			'A former Japanese diplomat divides the relationship into three “tendencies”, the third of them international relations, security included:',
			{
				doc: 'togo-mgimo',
				text: 'First, it is a problem of Northern territories … The second issue is the economic relations taking a central position in bilateral relations. The third tendency is international relations, including a problem of security.'
			},
			'Both sides record military activity near Japan. Togo writes of Russian air force exercises; the Russian report lists the Russian military among the things it says the Japanese have come to hold against Russia since 1991, but holds that neither country threatens the other, noting that Japan has been moving its own forces away from Hokkaido.',
			{
				doc: 'togo-mgimo',
				text: 'A recent example is the trainings of the Russian Air Forces at the Japanese border. They were the cool message to the Japanese people.'
			},
			{
				doc: 'riac-2012',
				text: 'the assertiveness of the Russian military – the deployment of state-of-the art armaments on the disputed islands, the flights of Russia’s long-range aircrafts in the proximity of Japan’s borders with the simulation of missile attack'
			},
			{
				doc: 'riac-2012',
				text: "Russia doesn't pose a threat to Japan, and equally there doesn't exist a Japanese threat to Russia."
			},
			{
				doc: 'riac-2012',
				text: 'Lately, Japan has been reducing its military grouping in Hokkaido and redeploys it to the southern parts in order "to deter the Chinese threat".'
			},
			'Both weigh the neighbours. The Russian report reads both countries’ interest in each other partly through China: Japan’s, it says, is to separate Russia from China, and Russia’s to balance China and Japan. It writes of Washington’s reactions too. Togo recalls a Japanese prime minister’s quadrangle of powers, and adds that friendship need not be against anyone.',
			{
				doc: 'riac-2012',
				text: 'Japan hopes through the upgrading of the interaction with Russia to try if not break “the Moscow-Beijing axis” but at least to a little separate Russia from China.'
			},
			{
				doc: 'riac-2012',
				text: 'the possibility for Russia, provided the diplomatic efforts are skillfully applied, to pursue a balanced policy towards China and Japan'
			},
			{
				doc: 'riac-2012',
				text: "It's well known how nervously does Washington react to any positive changes in Russian-Japanese relations"
			},
			{
				doc: 'togo-mgimo',
				text: 'a strengthening of the Japanese and Russian relations as the weakest link of a quadrangle of the USA – China – Russia – Japan is necessary.'
			},
			{
				doc: 'togo-mgimo',
				text: 'In APR Japan and Russia can make efforts to increase a number of the real friends not nearly for opposition to other friends.'
			},
			'And both sides call for the two countries to take up the world’s questions together; the outline of Bely’s talk names some:',
			{
				doc: 'bely-2011',
				text: 'To promote cooperation between Japan and Russia is also of significance with regard to addressing such issues of global concern as terrorism, WMD and situations in North Korea and Afghanistan'
			},
			{
				doc: 'kishida-2016',
				text: 'It is also important that Japan and Russia build a relationship where they together address the various issues facing the world.'
			}
		]
	},
	{
		id: 'sakhalin',
		sides: {
			question: 'energy',
			russian: { doc: 'bely-2011', text: 'In view of the instability in Middle East, the main energy source for Japan, Russia, as the primary resource exporter for Japan, is ever more significant.' },
			japanese: { doc: 'imamura-2010', text: 'The construction of the first liquefied natural gas plant in Sakhalin through cooperation with Japanese businesses, and the export of gas produced there to Japan and other countries last year symbolized cooperation toward this end.' },
			notes: [
				'Ask: Russia’s ambassador, in JFIR’s outline of his talk, presents Russia as Japan’s resource supplier; the Japanese diplomat presents Sakhalin’s gas as cooperation with Japanese businesses. What does each side gain, in each author’s telling?',
				'The outline of Bely’s talk converts yen to dollars wrongly by a factor of ten: it gives 2.1 trillion yen as “more than 240 billion dollars”, while the RIAC report gives the record turnover of 2011 as “$30.8 billion”. The passage quoted here does not depend on those figures.'
			]
		},
		timeline: { from: 2007, to: 2011 },
		notes: [
			'Sakhalin-1 and Sakhalin-2 lie off the north-east coast; the LNG plant at Prigorodnoye is in the far south, on Aniva Bay.',
			'Compare what each author credits with the economic ties: Imamura the LNG plant, JFIR’s outline of Bely’s talk the Sakhalin projects and the pipeline, the Russian report Japanese capital in Sakhalin, Togo the Japanese car-makers.',
			'Ask: why might energy projects go ahead while the territorial talks stand still?'
		],
		title: "Sakhalin's oil and gas",
		camera: { center: [143.2, 49.6], zoom: 5.2, bearing: 0, pitch: 30 },
		places: ['sakhalin', 'sakhalin-1', 'sakhalin-2', 'prigorodnoye-lng'],
		layers: { 'energy-sites': true },
		mapDescription:
			'Sakhalin Island, with the Sakhalin-1 and Sakhalin-2 oil and gas fields off its north-east coast and the LNG plant at Prigorodnoye on Aniva Bay in the south.',
		blocks: [
			'Off the north-east coast of Sakhalin lie the oil and gas fields of the Sakhalin-1 and Sakhalin-2 projects. Gas from Sakhalin-2 is piped the length of the island to a liquefaction plant at Prigorodnoye, on Aniva Bay, and shipped from there.',
			'The documents weigh these projects differently. The Japanese diplomat Imamura calls the first LNG plant a symbol of cooperation:',
			{
				doc: 'imamura-2010',
				text: 'The construction of the first liquefied natural gas plant in Sakhalin through cooperation with Japanese businesses, and the export of gas produced there to Japan and other countries last year symbolized cooperation toward this end.'
			},
			'JFIR’s outline of Ambassador Bely’s talk credits them, with an oil pipeline, with the recovery of trade:',
			{
				doc: 'bely-2011',
				text: 'thanks to the project to develop Sakhalin offshore oil and gas and the project of East Asia Siberia Pacific Pipeline, the economic cooperation has regained momentum.'
			},
			'The Russian report finds Japanese capital significant in Russia’s economy only here; a former Japanese diplomat credits Japanese car-makers’ investments with a recent upturn in economic relations:',
			{
				doc: 'riac-2012',
				text: "This statistics suggests that today Japanese capital doesn't play significant role in Russia's economy with the exception of oil and gas projects in Sakhalin."
			},
			{
				doc: 'togo-mgimo',
				text: 'Recently economic relations perked up due to investments of the Japanese automobile companies to Russia.'
			}
		]
	},
	{
		id: 'vladivostok',
		sides: {
			question: 'far-east',
			russian: { doc: 'riac-2012', text: 'Therefore it\'s necessary to have an alternative to "the Chinese vector" and to attract Japanese investments.' },
			japanese: { doc: 'imamura-2010', text: 'Japan and Russia are working together to prepare for this event, with Japanese businesses helping build a bridge to the site of the summit on Russky Island and supplying the venue with electricity and heat.' },
			notes: [
				'Ask: the Russian scholars want Japanese investment as an alternative to “the Chinese vector”; the Japanese diplomat points to Japanese businesses building for the APEC summit. For the Russian report, is Japanese investment about development, or about not depending on China?',
				'Imamura says that Russia “requires partners” and names no gain for Japan here. Why might a Japanese diplomat writing in a Moscow paper put it that way?',
				'Show Russky Island and the bridge on the map while the class discusses.'
			]
		},
		timeline: { from: 2010, to: 2016 },
		notes: [
			'The APEC summit of 2012 met on Russky Island; the bridge and the venue, now a university campus, are on the map.',
			'The documents of 2010 and 2011 look forward to that summit; the one of 2016 looks forward to the second Eastern Economic Forum.',
			'Ask: what does hosting an international meeting do for a city so far from its capital?'
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
			'The city also hosts the Eastern Economic Forum. In August 2016 Japan’s foreign minister wrote that the prime minister would attend its second meeting that September.',
			{
				doc: 'kishida-2016',
				text: 'Prime Minister Abe will attend the Second Eastern Economic Forum (in Vladivostok) in September'
			}
		]
	},
	{
		id: 'trade',
		sides: {
			question: 'trade-and-investment',
			russian: { doc: 'riac-2012', text: 'At this stage the Japanese business community is contained rather by absence of favorable conditions for business activity in Russia but not by the territorial problem' },
			japanese: { doc: 'kishida-2016', text: 'Japanese companies are strongly calling for improvements to be made to the Russian business environment, and I will urge the Russians to introduce improvements.' },
			notes: [
				'Ask: here the two sides nearly agree: the Russian report and Japan’s foreign minister both name the business environment in Russia. Kishida does not mention the islands here; the report insists they are not the obstacle. Why might the report make that point?',
				'The RIAC report is from 2012, Kishida’s article from 2016.'
			]
		},
		timeline: { from: 2007, to: 2011 },
		notes: [
			'The Russian report describes the shape of the trade; the Japanese author’s figures give each country’s share of the other’s trade in 2008.',
			'Read the shares carefully: “respectively” pairs them in the order the countries are named.',
			'Ask: why might the same trade matter more to one partner than to the other?'
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
			'A Japanese diplomat gives each country’s share of the other’s trade:',
			{
				doc: 'imamura-2010',
				text: "In 2008, Russia and Japan accounted for about 2 percent and 4 percent of the other country's trade, respectively."
			},
			'The Russian report holds that what holds Japanese business back is the conditions for business in Russia, not the territorial problem; Japan’s foreign minister writes that Japanese companies are calling for those conditions to improve:',
			{
				doc: 'riac-2012',
				text: 'At this stage the Japanese business community is contained rather by absence of favorable conditions for business activity in Russia but not by the territorial problem'
			},
			{
				doc: 'kishida-2016',
				text: 'Japanese companies are strongly calling for improvements to be made to the Russian business environment, and I will urge the Russians to introduce improvements.'
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
			'The two routes on the globe were measured on a shipping-lane network when the site was built; they are not the document’s figures. The story’s table sets the two side by side.',
			'Discuss why the report’s “7 thousand kilometers” can be read two ways: as the length of the route, or as the saving.',
			'The lane drawn on the map stops at the Kara Gate, where Russian law bounds the route’s waters; Murmansk, its base port, lies to the west on the Barents Sea.',
			'Ask: the documents do not say what limits the route today. What would you need to know before sending a ship this way?'
		],
		title: 'The Northern Sea Route',
		camera: { center: [82, 42], zoom: 1.7, bearing: 0, pitch: 0 },
		projection: 'globe',
		places: ['northern-sea-route', 'bering-strait', 'kara-gate', 'murmansk', 'yokohama'],
		layers: { 'sea-route': false, borders: false },
		mapDescription:
			"Eurasia on a globe, from the Arctic to the Indian Ocean: the Northern Sea Route along Russia's northern coast from the Bering Strait to the Kara Gate, with Murmansk, its base port, on the Barents Sea, and Yokohama to the south-east. Two measured sea routes from Yokohama to Rotterdam are drawn: through the Bering Strait and the Arctic, and through the Strait of Malacca and the Suez Canal.",
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
			'North of Siberia a sea lane follows Russia’s Arctic coast. Russian law bounds its waters by the Bering Strait in the east and by the straits of Novaya Zemlya, the Kara Gate among them, in the west; Murmansk, on the Barents Sea, is its base port. Of the five documents only the Russian report speaks of it, as a shorter way between Europe and Japan.',
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
		sides: {
			question: 'public-opinion',
			russian: { doc: 'bely-2011', text: 'Mutual trust, on the other hand, needs promotion of positive image of the other country. To our regret, this is not yet achieved.' },
			japanese: { doc: 'imamura-2010', text: 'understanding and cooperation between the citizens of Japan and Russia are required in addition to the efforts made by the governments of both countries' },
			notes: [
				'Ask: both sides call for better understanding between the two peoples. What stands in its way, on each side?',
				'The RIAC report gives polls of both publics: about 90% of Russians polled against handing over the islands (a 2009 poll by RIA Novosti, in its footnote), and 83% of the Japanese polled in 2011 antipathetic to Russia; and, it says, the Japanese public holds the policy of return “justified, fair and uncompromising”. Can governments settle a dispute on which both publics, as the report describes them, are so set?'
			]
		},
		contested: true,
		timeline: { from: 2011, to: 2011 },
		notes: [
			'The poll figures are the Russian report’s; its footnotes, shown in the reader, give its sources.',
			'Set the two accounts of March 2011 side by side: the former diplomat Togo’s “softened heart”, and the Russian report’s account of insults from some Russian public figures and sympathy from many Russians.',
			'Ask: how might an event such as the disaster of March 2011 change how one country sees another?'
		],
		title: 'What the public thinks',
		camera: { center: [88, 50], zoom: 2.1, bearing: 0, pitch: 0 },
		places: ['moscow', 'tokyo'],
		mapDescription: 'Russia and Japan as a whole, with their capitals Moscow and Tokyo marked.',
		blocks: [
			'Governments negotiate, but the Russian report argues that public opinion in each country shapes its policy towards the other, and cites polls from both.',
			{
				doc: 'riac-2012',
				text: 'Public opinion in Russia and Japan exercises strong influence on shaping the policy towards the partner country.'
			},
			'The Japanese documents speak instead of understanding between the two peoples, as something both countries should work on. A Japanese diplomat puts the citizens beside the governments, and Japan’s foreign minister the people-to-people ties:',
			{
				doc: 'imamura-2010',
				text: 'understanding and cooperation between the citizens of Japan and Russia are required in addition to the efforts made by the governments of both countries.'
			},
			{
				doc: 'kishida-2016',
				text: 'cultural and people-to-people interactions are important from the perspective of enhancing understanding between the two countries.'
			},
			{
				doc: 'riac-2012',
				text: 'in the period from 1995 to 2011 the level of sympathy towards Japan in Russia decreased from 69% to 44% while the level of antipathy rose sharply from 19% to 31%.'
			},
			{
				doc: 'riac-2012',
				text: 'Public opinion polls conducted in Japan in 2011 showed that of all the largest countries in the world the Japanese are least friendly to Russia (13%) and most friendly towards USA (82%), with those antipathetic to Russia - 83%.'
			},
			'The report does not only measure Japanese opinion; it argues against those who shape it:',
			{
				doc: 'riac-2012',
				text: 'Among those who shape public opinion in Japan are mass media, think tanks, prominent historians and political scientists, but all of them are not only infected with “an anti-Russian virus”'
			},
			'The earthquake and tsunami of March 2011 drew reactions of both kinds, as the documents record. A former Japanese diplomat recalls the help that came from Russia:',
			{
				doc: 'togo-mgimo',
				text: 'The humanitarian help toJapanfrom theRussiaafter the events of March, 11 softened heart the Japanese hearts.'
			},
			'The Russian report records insults from some Russian public figures, and sympathy from many Russians:',
			{
				doc: 'riac-2012',
				text: 'Such eminent representatives of Russian political and public elite as Liberal Democratic Party leader V. Zhirinovsky, film director N. Mikhalkov, an orthodox priest A. Shumsky made statements insulting Japan and the Japanese people'
			},
			{
				doc: 'riac-2012',
				text: 'Fortunately, such an attitude did not prevail, with many Russians being sincerely sympathetic to the Japanese who got into trouble'
			}
		]
	},
	{
		id: 'ways-forward',
		sides: {
			question: 'partners',
			russian: { doc: 'riac-2012', text: 'It is in the national interests of Russia to maintain friendly relations with Japan at the highest possible level.' },
			japanese: { doc: 'togo-mgimo', text: 'I consider that, search of a possibility of strategic partnership between two countries is the most important issue.' },
			notes: [
				'Ask: a Russian and a Japanese voice both call for closer relations. Imamura, in the chapter, puts a peace treaty first; Togo, also Japanese, puts a strategic partnership first. How do the two Japanese voices differ, and which is nearer the Russian report?',
				'End by asking the class which question in Perspectives they would like to debate next.'
			]
		},
		contested: true,
		timeline: { from: 2010, to: 2016 },
		notes: [
			'Start with the order of things: is a peace treaty the way to better relations (Imamura), or better relations the way to a treaty (the Russian report, JFIR’s outline of Bely’s talk)? Then read the quotations on keeping the talks going side by side.',
			'Togo does not define «a zero version»; it is usually taken to mean a settlement in which no island is transferred. By “defeat” he seems to mean that Japan should be ready to accept less than it has sought.',
			'The former Japanese negotiator addresses both sides at once: ask the class what each side is asked to accept.',
			'Close on the map: the same islands, with both their names.'
		],
		title: 'Ways forward',
		camera: { center: [141.5, 45.0], zoom: 4.6, bearing: 0, pitch: 0 },
		places: ['southern-kurils', 'sakhalin', 'vladivostok', 'hokkaido'],
		mapDescription:
			'The region again: Hokkaido, the disputed islands (the Southern Kurils / Northern Territories), Sakhalin and Vladivostok.',
		blocks: [
			'The documents differ on the order of things. For the Japanese diplomat Imamura, a peace treaty is the key to developing relations; the Russian report and JFIR’s outline of Ambassador Bely’s talk would raise the level of relations first and let a settlement follow (the outline would begin with the economy; the report would carry out all its proposals at once). Togo would develop all three of his “tendencies” at once; and at the Sochi summit of 2016, Kishida writes, the leaders agreed on a “new approach” to the negotiations while Prime Minister Abe proposed an eight-point plan for economic cooperation.',
			{ doc: 'imamura-2010', text: 'To develop relations significantly, it is essential to conclude a peace treaty.' },
			{
				doc: 'riac-2012',
				text: 'only by achieving high level of the relations it will be possible to create the right atmosphere for devising its solution.'
			},
			{ doc: 'bely-2011', text: 'Perhaps the first task would be economy.' },
			'Yet each of them looks for a way to keep talking.',
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
			'The Russian report ends on the long term:',
			{
				doc: 'riac-2012',
				text: 'In the long-term perspective, there can be seen no reasons for possible serious contradictions between Russia and Japan, let alone confrontation.'
			}
		]
	}
];
