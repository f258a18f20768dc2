/**
 * The questions the Perspectives view sets the documents side by side on, and which passages
 * speak to each: rules on a passage's words (and the places it names), then exceptions chosen by
 * reading. Assigned when the site is built (src/lib/corpus/perspectives.ts); the build prints each
 * question's passages by document and fails when a question has none from one side.
 *
 * Every title and description is in the story's own voice: a neutral question, never an answer.
 * Passages are named "doc#anchor" as the readers anchor them ("riac-2012#p126").
 */
import type { DocumentId } from './documents';
import type { Quotation } from './chapters';

export { TIME_ORDER, VOICE_KINDS, VOICE_NOTE } from './voices';

export const PERSPECTIVES_FILE = 'src/lib/content/perspectives.ts';

export interface QuestionRules {
	/** A passage speaks to the question when its words match */
	words?: RegExp;
	/** …or when it names one of these places (place ids) */
	places?: readonly string[];
}

export interface Question {
	/** kebab-case, the page's address: /perspectives/<id> */
	id: string;
	/** A neutral question */
	title: string;
	/** A few words for lists and filters */
	short: string;
	/** One line in the story's neutral voice: what the question covers */
	description: string;
	rules: QuestionRules;
	/** Passages the rules miss that speak to the question (read and chosen) */
	include?: readonly string[];
	/** Passages the rules catch that do not speak to it (read and chosen) */
	exclude?: readonly string[];
	/**
	 * The question's key passages, for the printed handout: the documents' words, at least one
	 * from each side, each found verbatim in a passage assigned to the question.
	 */
	keys: readonly Quotation[];
}

/**
 * The parts of each document that are not its argument: mastheads, bylines, tables of contents,
 * lists of authors, credits and links. No question takes them (nor a heading, nor a footnote,
 * unless a question includes it by name).
 */
export const FRAME: Readonly<Record<DocumentId, readonly string[]>> = {
	'bely-2011': ['p2', 'p9'],
	'kishida-2016': ['p1', 'p2', 'p3', 'p4', 'p5', 'p17'],
	'imamura-2010': ['p1', 'p2', 'p3', 'p4', 'p12', 'p13', 'p14', 'p15'],
	'riac-2012': [...range(1, 17), ...range(23, 31), ...range(161, 164)],
	'togo-mgimo': ['p2', 'p3', 'p27', 'p28']
};

function range(from: number, to: number): string[] {
	return Array.from({ length: to - from + 1 }, (_, i) => `p${from + i}`);
}

/**
 * Passages that report someone else’s view (the other side’s, or a third party’s), not the
 * voice’s own: the comparison says so beside the words, in the story’s voice.
 */
export const REPORTED: Readonly<Record<string, string>> = {
	'riac-2012#p47': 'The report’s reading of Tokyo’s concerns',
	'riac-2012#p49': 'The report’s reading of Japan’s elite, and the view of some Japanese analysts',
	'riac-2012#p46': 'The report’s reading of Washington’s reactions',
	'riac-2012#p48': 'The report’s own judgement of Japan’s leadership',
	'riac-2012#p50': 'The report’s reading of Japan’s aims, citing a WikiLeaks cable',
	'riac-2012#p73': 'The report summarises Prime Minister Abe’s proposals of 2007 and the Japanese side’s readiness',
	'riac-2012#p74': 'The report gives the view of Japanese agencies and companies',
	'riac-2012#p105': 'The report records, and deplores, statements by Russian public figures',
	'riac-2012#p107': 'The report cites polls of Japanese opinion',
	'riac-2012#p108': 'The report explains Japanese attitudes; the words in quotation marks are Japanese claims as it reports them',
	'riac-2012#p109': 'The report lists Japanese views of Russia',
	'riac-2012#p110': 'The report’s own charge against Japan’s opinion-makers; the last words in quotation marks are its rendering of their aim',
	'riac-2012#p111': 'The report’s account of Japan’s aims; the words in quotation marks are its rendering of Japanese claims',
	'riac-2012#p126': 'The first sentence is the report’s own; the rest describes Japanese opinion',
	'riac-2012#p127': 'The report’s claim about Japanese politics',
	'riac-2012#p128': 'The report describes a group in Japan',
	'riac-2012#p129': 'The report describes a group in Japan',
	'riac-2012#p130': 'The report describes a group in Japan',
	'riac-2012#p131': 'The report describes the view of a group in Japan',
	'riac-2012#p132': 'The report describes Japan’s reaction in 2001',
	'riac-2012#p134': 'The report describes views heard in Japan',
	'riac-2012#p135': 'The report describes views heard in Japan',
	'riac-2012#p136': 'The report describes views heard in Japan',
	'riac-2012#p138': 'The report’s claim about Japanese politics',
	'riac-2012#p142': 'The report’s reading of the Japanese political elite',
	'riac-2012#p148': 'Reports Japanese reproaches, as the report puts them',
	'riac-2012#p152': 'The report’s account of Japan’s attitude',
	'imamura-2010#p5': 'Reports the leaders’ first talks',
	'imamura-2010#p9': 'From “At their G8 meeting” on, reports what Prime Minister Kan and President Medvedev said; before that, the author’s own words',
	'imamura-2010#p10': 'Gives the Japanese government’s view, and assumes the Russian government’s',
	'togo-mgimo#p6': 'The words in brackets are the Russian translator’s, not Togo’s',
	'togo-mgimo#p10': 'The first two sentences are Togo’s own; the last describes the offer of help by Russia’s deputy prime minister, I. Sechin',
	'togo-mgimo#p13': 'Responds to a speech by Russia’s foreign minister',
	'togo-mgimo#p14': 'Togo’s own view, then what the Japanese foreign ministry’s website says',
	'togo-mgimo#p19': 'Gives Prime Minister Hashimoto’s doctrine of 1997, and Sechin’s use of it; the rest is Togo’s own',
	'togo-mgimo#p21': 'The first sentence is Togo’s own; from “It was declared”, he gives Prime Minister Hashimoto’s view'
};

/**
 * What the documents speak of on one side only, so no question is set on it: said on the
 * Perspectives page, so that a missing question is not taken for an oversight.
 */
export const ONE_SIDED =
	'The Northern Sea Route is not among the questions: only the RIAC report speaks of it (and says that Japanese companies have studied the route); none of the three Japanese documents does. Its chapter and its place panel quote what the report says.';

export const questions: readonly Question[] = [
	{
		id: 'islands-and-treaty',
		title: 'What would settle the dispute over the four islands and open the way to a peace treaty?',
		short: 'The islands and a peace treaty',
		description:
			'The islands Russia calls the Southern Kurils and Japan the Northern Territories (Iturup / Etorofu, Kunashir / Kunashiri, Shikotan and the Habomai islets), and the peace treaty the two countries have not signed since the Second World War.',
		rules: {
			words:
				/northern territor|territorial|peace treaty|peaceful treaty|peaceful agreement|four islands|kuril|habomai|shikotan|kunashir|iturup|joint declaration|zero version|disputed islands/i
		},
		include: [
			// RIAC on the two camps in Japan (p129 and p130 speak of p128's group), and on what
			// deviating from the official line costs a Japanese politician.
			'riac-2012#p127',
			'riac-2012#p128',
			'riac-2012#p130',
			// Togo on the talks that stopped, and his advice to each side: no territorial word in them.
			'togo-mgimo#p15',
			'togo-mgimo#p16',
			'togo-mgimo#p26',
			// RIAC: the only obstacle, and the talks' prospects as the report reads Japan's politics.
			'riac-2012#p133',
			'riac-2012#p137',
			'riac-2012#p158'
		],
		exclude: [
			// Japan's public, and Russian soft power: the islands come up, the question is opinion.
			'riac-2012#p101',
			'riac-2012#p112',
			// The dispute in passing, in passages about diplomacy, security or opinion.
			'riac-2012#p40',
			'riac-2012#p46',
			'riac-2012#p50',
			'riac-2012#p109',
			'riac-2012#p110',
			'riac-2012#p142'
		],
		keys: [
			{ doc: 'imamura-2010', text: 'But the single issue blocking significant progress in relations is the dispute surrounding the Northern Territories' },
			{ doc: 'kishida-2016', text: 'we confirmed that we would find a resolution acceptable to both parties, recognizing that Japan and Russia have different historical and legal positions [on this matter]' },
			// Togo's "one remark to both sides", both halves.
			{ doc: 'togo-mgimo', text: 'I would like to tell to the Russian side that it is impossible to find the decision at an extreme position, such as «a zero version» in current situation.' },
			{ doc: 'togo-mgimo', text: 'I would like to advice to the Japanese side to be ready to accept result of defeat in negotiations.' },
			{ doc: 'riac-2012', text: 'the Joint Declaration of 1956 performs the function of a peace treaty between the two countries with the exception of the unrealized so-called “territorial article”' },
			{ doc: 'bely-2011', text: 'In fact, to work out a satisfactory treaty to both sides requires the improvement of mutual trust.' }
		]
	},
	{
		id: 'energy',
		title: 'What do oil and gas, above all Sakhalin’s, mean for the two countries?',
		short: 'Energy and Sakhalin',
		description: 'Oil, gas, coal and nuclear energy: what Russia sells, what Japan buys and invests in, and the projects on and off Sakhalin.',
		rules: {
			words: /\boil\b|\bgas\b|\bLNG\b|energy|energetics|fuel|pipeline|\bcoal\b/i,
			places: ['sakhalin-1', 'sakhalin-2', 'prigorodnoye-lng']
		},
		include: [],
		exclude: [
			// Energy in passing, in the case for an economic agreement.
			'riac-2012#p94'
		],
		keys: [
			{ doc: 'bely-2011', text: 'In view of the instability in Middle East, the main energy source for Japan, Russia, as the primary resource exporter for Japan, is ever more significant.' },
			{ doc: 'riac-2012', text: 'In the foreseeable future energy (including nuclear energy) will remain the main sphere of economic cooperation between Russia and Japan in Siberia and the Far East.' },
			{ doc: 'imamura-2010', text: 'The construction of the first liquefied natural gas plant in Sakhalin through cooperation with Japanese businesses, and the export of gas produced there to Japan and other countries last year symbolized cooperation toward this end.' },
			{
				doc: 'togo-mgimo',
				text: '«The initiative of strengthening of the Japanese and Russian cooperation in regions of the Far East and Eastern Siberia» offered by the prime minister Sindzo Abe … appealed to progress of large-scale cooperation in such fields, as energetics, transport, communication'
			}
		]
	},
	{
		id: 'far-east',
		title: 'What are Japan and Russia doing together in Vladivostok and the Russian Far East, and what does each hope to gain?',
		short: 'The Far East and Vladivostok',
		description: 'Siberia, the Far East, Sakhalin and Vladivostok: the projects the two countries have undertaken there together, those proposed, and what stands in their way.',
		rules: {
			words: /far[ -]east|siberia|vladivostok|russky|yakut|primor/i,
			places: ['far-east', 'siberia', 'vladivostok', 'sakhalin', 'khabarovsk', 'russky', 'port-vostochny', 'vostochny-cosmodrome', 'fefu-campus']
		},
		include: ['riac-2012#p82', 'riac-2012#p78'],
		exclude: [
			// A speech given in Khabarovsk, about Russia's partners in Asia.
			'togo-mgimo#p13'
		],
		keys: [
			{ doc: 'riac-2012', text: 'It should be admitted that all accomplished over last 30 years in the Far East and Siberia big projects are related to collaboration with Japan' },
			{ doc: 'riac-2012', text: 'Therefore it\'s necessary to have an alternative to "the Chinese vector" and to attract Japanese investments.' },
			{ doc: 'imamura-2010', text: 'The Russian government has set development in Russia\'s Far East and in East Siberia as a priority, and it is striving to integrate with the economies of the Asia-Pacific region.' },
			{ doc: 'togo-mgimo', text: 'progress of cooperation betweenJapanandRussiain development of Siberia and theFar Eastis appreciable' }
		]
	},
	{
		id: 'trade-and-investment',
		title: 'How much do trade and investment between them amount to, and what holds them back?',
		short: 'Trade and investment',
		description: 'What the two countries sell each other, what Japanese companies invest in Russia, and what each side says stands in the way.',
		rules: {
			words: /\btrade\b|invest|econom|business|\bcompan|\bmarkets?\b|\bexport|\bimport(s|ed|ing)?\b|turnover/i
		},
		include: ['riac-2012#p69', 'riac-2012#p78'],
		exclude: [
			// The economy comes up in passing; the passages are about other things.
			'kishida-2016#p6',
			'kishida-2016#p16',
			'riac-2012#p49',
			'riac-2012#p109',
			'riac-2012#p128',
			'riac-2012#p134',
			'riac-2012#p135',
			'riac-2012#p143',
			'riac-2012#p152',
			'riac-2012#p158',
			'togo-mgimo#p6',
			'togo-mgimo#p12',
			'togo-mgimo#p20',
			'bely-2011#p4',
			'togo-mgimo#p17',
			'togo-mgimo#p19',
			'riac-2012#p19',
			'riac-2012#p39',
			'riac-2012#p42',
			'riac-2012#p44',
			'riac-2012#p47',
			'riac-2012#p117',
			'riac-2012#p144',
			'imamura-2010#p7'
		],
		keys: [
			{ doc: 'riac-2012', text: 'Consequently, now Russia and Japan hardly depend on each other in economic sphere.' },
			{ doc: 'riac-2012', text: 'At this stage the Japanese business community is contained rather by absence of favorable conditions for business activity in Russia but not by the territorial problem' },
			{ doc: 'imamura-2010', text: 'it is clear that the current trade accounts between the two countries have a long way to go before they fill their potential' },
			{ doc: 'kishida-2016', text: 'Japanese companies are strongly calling for improvements to be made to the Russian business environment, and I will urge the Russians to introduce improvements.' },
			{ doc: 'togo-mgimo', text: 'The economic relations are the most successful of these three tendencies to develop.' }
		]
	},
	{
		id: 'security',
		title: 'Where do the two stand on security, and on China, the United States and the Korean peninsula?',
		short: 'Security and the neighbours',
		description: 'Armed forces and trust between them, the Korean peninsula, and how each reads the other’s ties with China and the United States.',
		rules: {
			words:
				/security|militar|defen[cs]e|armed forces|threat|terroris|\bWMD\b|denucleari|nuclear issue|air forces|\bNATO\b|confrontation|axis|containment|korean peninsula|north korea|northern korea|persian gulf|cambodia|strategic relations|strategic partnership|quadrangle/i
		},
		include: [
			'riac-2012#p44',
			'riac-2012#p51',
			'riac-2012#p160',
			'togo-mgimo#p23',
			// Togo's own verdict on the "third tendency", security; Kishida on facing the world's issues together.
			'togo-mgimo#p12',
			'kishida-2016#p16',
			'riac-2012#fn-1'
		],
		exclude: [
			// Smuggling among Abe's eight economic spheres, and the AEP: not the question.
			'riac-2012#p73',
			'riac-2012#p91',
			// The islands' negotiations, where "security" is a means to them.
			'riac-2012#p135',
			// The region's military trends in general, and Japan's stance on Russia's wars of the 1990s.
			'riac-2012#p19',
			'riac-2012#p143'
		],
		keys: [
			{ doc: 'riac-2012', text: "Russia doesn't pose a threat to Japan, and equally there doesn't exist a Japanese threat to Russia." },
			{ doc: 'bely-2011', text: 'The enforcement of relationship between the two countries is not only essential for national interest of the two but also fundamental for peace and security in northeast Asia.' },
			{
				doc: 'togo-mgimo',
				text: 'It is such vicious circle when mistrust of one side causes mistrust of another one. A recent example is the trainings of the Russian Air Forces at the Japanese border. They were the cool message to the Japanese people.'
			},
			{ doc: 'togo-mgimo', text: 'In APR Japan and Russia can make efforts to increase a number of the real friends not nearly for opposition to other friends.' }
		]
	},
	{
		id: 'public-opinion',
		title: 'What do the two peoples think of each other, and does it matter?',
		short: 'Public opinion',
		description: 'Polls, images and stereotypes, and the exchanges between people that each side says would change them.',
		rules: {
			words:
				/public opinion|\bpoll|image|sympath|antipath|stereotyp|mistrust|mutual trust|hearts|people-to-people|citizens|mass[- ]media|soft power|cultural|festival|mutual understanding|sentiment|attitude/i
		},
		include: [
			'togo-mgimo#p19',
			'togo-mgimo#p20',
			// What the report says of Japanese opinion on the islands, and of dissent from it.
			'riac-2012#p126',
			'riac-2012#p127',
			'riac-2012#p116',
			'riac-2012#p118',
			'riac-2012#p122',
			'riac-2012#p147',
			'riac-2012#p158'
		],
		exclude: [
			// "Cultural" among the spheres of contact; the islands' camps in Japan.
			'riac-2012#p42',
			'riac-2012#p130',
			'riac-2012#p134',
			// A government's or a country's attitude to trade and to joint activity on the islands.
			'riac-2012#p68',
			'riac-2012#p152'
		],
		keys: [
			{ doc: 'riac-2012', text: 'About 90% of the polled are against the transfer of the “disputed Kuril Islands” to Japan.' },
			{ doc: 'riac-2012', text: 'Public opinion polls conducted in Japan in 2011 showed that of all the largest countries in the world the Japanese are least friendly to Russia (13%)' },
			{ doc: 'bely-2011', text: 'Mutual trust, on the other hand, needs promotion of positive image of the other country.' },
			{ doc: 'togo-mgimo', text: 'The humanitarian help toJapanfrom theRussiaafter the events of March, 11 softened heart the Japanese hearts.' },
			{ doc: 'imamura-2010', text: 'understanding and cooperation between the citizens of Japan and Russia are required in addition to the efforts made by the governments of both countries' }
		]
	},
	{
		id: 'summits',
		title: 'What have the meetings of leaders and ministers achieved?',
		short: 'The summits',
		description: 'Summits, ministers’ visits and the committees they head: what was agreed, and what came of it.',
		rules: {
			words: /summit|meeting|\bvisit(s|ed|ing)?\b|\btalks\b|high-level|highest level|met with/i
		},
		include: ['riac-2012#p132'],
		exclude: [
			// A summit in passing, in passages about gas and trade.
			'imamura-2010#p6',
			'bely-2011#p6'
		],
		keys: [
			{ doc: 'bely-2011', text: 'APEC meeting held last year in Yokohama provided an important stage for President Medvedev and Prime Minister Kan to hold a discussion' },
			{ doc: 'riac-2012', text: 'In political sphere it\'s essential to establish and maintain regular contacts and the dialogue not only at the highest level' },
			{ doc: 'kishida-2016', text: 'Prime Minister Abe and President Putin agreed at their May summit meeting in Sochi that they would vigorously promote negotiations taking a “new approach” that goes beyond the thinking of the past' },
			{ doc: 'togo-mgimo', text: 'have reached the general understanding and the general outlines at a meeting of Putin and Y.Mori in 2001' }
		]
	},
	{
		id: 'partners',
		title: 'Do Japan and Russia need each other, and as what kind of partners?',
		short: 'Partners?',
		description: 'Whether the two countries’ interests meet, and whether the relationship could become a strategic partnership.',
		rules: {
			words: /partner|need each other|depend on each other|interdependence|mutual interest|national interest|\bfriend|complementary|strategic (vision|significance|position)/i
		},
		include: ['kishida-2016#p16', 'togo-mgimo#p7', 'togo-mgimo#p18', 'riac-2012#p44', 'riac-2012#p143', 'riac-2012#p159'],
		exclude: [
			// Business partners, trade partners and the AEP's "partners": trade and investment.
			'riac-2012#p80',
			'riac-2012#p93',
			'riac-2012#p95',
			'riac-2012#p96',
			'riac-2012#p107',
			'riac-2012#p117',
			// A partner country, a negotiating partner or a partner of Beijing: other questions.
			'riac-2012#p21',
			'riac-2012#p45',
			'riac-2012#p103',
			'riac-2012#p104',
			'riac-2012#p118',
			'riac-2012#p136'
		],
		keys: [
			{ doc: 'imamura-2010', text: 'There is no question that Russia and Japan must work together as partners.' },
			{ doc: 'togo-mgimo', text: 'I consider that, search of a possibility of strategic partnership between two countries is the most important issue.' },
			{ doc: 'riac-2012', text: 'It is in the national interests of Russia to maintain friendly relations with Japan at the highest possible level.' },
			{ doc: 'bely-2011', text: 'Being a neighbor country of Japan, Russia is an important partner for Japan in various aspects such as economy, politics, security and so on.' }
		]
	}
];
