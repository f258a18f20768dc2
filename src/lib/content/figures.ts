/**
 * The numbers the documents give, as small charts inside the chapters. Every value is tied to the
 * words that state it: `words` must be found verbatim in the document and `figure` inside them,
 * and what `figure` says must be the value charted (validate.ts, numbers.ts). Where a value is a
 * conversion (yen to dollars) it is computed here at a cited rate. Where a document's figures do
 * not add up, a note says so and shows the arithmetic, computed from the same numbers.
 *
 * Titles, summaries and notes are the story's own words; anything in “curly quotes” in a note is
 * the documents' and is checked against them too.
 */
import type { DocumentId } from './documents';
import { formatNumber, RATE_SOURCE, YEN_PER_DOLLAR, yenToDollarBillions } from './numbers';

export interface FigureSource {
	doc: DocumentId;
	/** The document's words that state the value, exactly (whitespace may differ) */
	words: string;
	/** The figure within those words, as written: "$30.8 billion", "69%", "about 2 percent" */
	figure: string;
}

export interface Datum {
	/** The category (a year, a project, a sector) */
	label: string;
	/** For a chart of several series: which one */
	series?: string;
	/** The value charted, in the figure's unit */
	value: number;
	source: FigureSource;
	/** The written figure is in yen; the value charted is in dollars at this year's average rate */
	convertedAt?: number;
}

export type FigureKind = 'columns' | 'bars' | 'slope';

export interface Figure {
	id: string;
	/** The chapter it is shown in */
	chapter: string;
	title: string;
	/** What the categories are, for the table's first column: "Year", "Project" */
	category: string;
	kind: FigureKind;
	unit: 'percent' | 'usd-billion';
	/** The value axis's top (100 for shares of a whole); otherwise from the data */
	max?: number;
	/** What the chart shows, in a sentence: its text equivalent */
	summary: string;
	data: Datum[];
	/** What does not add up, with the arithmetic; and how values were read */
	notes: string[];
}

export const FIGURES_FILE = 'src/lib/content/figures.ts';

const bn = (value: number) => formatNumber(value, 1);
const TRADE_2010_YEN = 2.1e12;
const TRADE_2009_YEN = 1.1e12;
const trade2010 = yenToDollarBillions(TRADE_2010_YEN, YEN_PER_DOLLAR[2010]!);
const trade2009 = yenToDollarBillions(TRADE_2009_YEN, YEN_PER_DOLLAR[2009]!);

const JAPAN_CUMULATIVE = 9.022;
const ALL_FOREIGN = 114.746;
const SECTORS = { oil: 86.7, manufacturing: 5.1, wholesale: 4.4, transport: 1.1 };
const sectorSum = Object.values(SECTORS).reduce((a, b) => a + b, 0);

const SHARES = "In 2008, Russia and Japan accounted for about 2 percent and 4 percent of the other country's trade, respectively.";
const RUSSIAN_POLL =
	'in the period from 1995 to 2011 the level of sympathy towards Japan in Russia decreased from 69% to 44% while the level of antipathy rose sharply from 19% to 31%.';

export const figures: readonly Figure[] = [
	{
		id: 'trade-volume',
		category: 'Year',
		chapter: 'trade',
		title: 'Trade between Japan and Russia, as the documents give it',
		kind: 'columns',
		unit: 'usd-billion',
		summary:
			'Trade between the two countries in billions of US dollars: 20 in 2007, about 12 in 2009 and about 24 in 2010 (both converted from yen), and 30.8 in 2011.',
		data: [
			{
				label: '2007',
				value: 20,
				source: { doc: 'togo-mgimo', words: 'In 2007, this trade volume reached 20 billion dollars.', figure: '20 billion dollars' }
			},
			{
				label: '2009',
				value: trade2009,
				convertedAt: YEN_PER_DOLLAR[2009],
				source: { doc: 'bely-2011', words: 'almost twice the sum of two years ago which was 1.1 trillion yen', figure: '1.1 trillion yen' }
			},
			{
				label: '2010',
				value: trade2010,
				convertedAt: YEN_PER_DOLLAR[2010],
				source: { doc: 'bely-2011', words: 'the total trade of last year exceeded 2.1 trillion yen', figure: '2.1 trillion yen' }
			},
			{
				label: '2011',
				value: 30.8,
				source: {
					doc: 'riac-2012',
					words: 'In 2011 the bilateral trade turnover reached a record high notch of $30.8 billion',
					figure: '$30.8 billion'
				}
			}
		],
		notes: [
			`JFIR’s outline of Ambassador Bely’s talk gives 2.1 trillion yen as “more than 240 billion dollars”. At ${YEN_PER_DOLLAR[2010]} yen to the dollar (the 2010 average), 2.1 trillion yen is 2,100 billion yen ÷ ${YEN_PER_DOLLAR[2010]} yen per dollar = ${bn(trade2010)} billion dollars, a tenth of the dollar figure written. Its dollar figure for 1.1 trillion yen, “more than 120 billion dollars”, is ten times too large in the same way: at ${YEN_PER_DOLLAR[2009]} yen per dollar (the 2009 average) 1.1 trillion yen is ${bn(trade2009)} billion dollars. The yen and dollar figures cannot both be right. The converted yen fit the other documents: Togo’s “20 billion dollars” for 2007 and the Russian report’s record “$30.8 billion” for 2011, which 240 billion would exceed nearly eightfold; the chart shows the yen figures converted (hollow columns), and the table gives the words as written.`,
			'The talk was given in February 2011, so its “last year” is read as 2010 and its “two years ago” as 2009.',
			`The documents do not say they use the same statistics (the Russian report cites Japan’s JETRO and Russia’s Federal Customs Service; the others name none), so the columns compare orders of size, not exact values. Exchange rates: ${RATE_SOURCE}.`
		]
	},
	{
		id: 'trade-shares',
		category: 'Share',
		chapter: 'trade',
		title: "Each country's share of the other's trade",
		kind: 'bars',
		unit: 'percent',
		max: 5,
		summary:
			"On a scale of 0 to 5%: Japan's share of Russia's trade is about 4% in both documents; Russia's share of Japan's trade is about 2% for 2008 and slightly more than 1.8% in the Russian report.",
		data: [
			{
				label: "Japan's share of Russia's trade",
				series: 'Imamura (2008 figures)',
				value: 4,
				source: { doc: 'imamura-2010', words: SHARES, figure: '4 percent' }
			},
			{
				label: "Japan's share of Russia's trade",
				series: 'RIAC report (2012)',
				value: 4,
				source: { doc: 'riac-2012', words: 'the share of Japan in overall Russian trade turnover is only about 4%', figure: 'about 4%' }
			},
			{
				label: "Russia's share of Japan's trade",
				series: 'Imamura (2008 figures)',
				value: 2,
				source: { doc: 'imamura-2010', words: SHARES, figure: 'about 2 percent' }
			},
			{
				label: "Russia's share of Japan's trade",
				series: 'RIAC report (2012)',
				value: 1.8,
				source: {
					doc: 'riac-2012',
					words: "The share of Russia in Japan's foreign trade is even smaller. It amounts to slightly more than 1.8%.",
					figure: '1.8%'
				}
			}
		],
		notes: [
			'Imamura pairs the shares “respectively”: Russia accounted for about 2 percent of Japan’s trade, and Japan for about 4 percent of Russia’s. The Russian report does not give the year of its shares.'
		]
	},
	{
		id: 'sakhalin-stakes',
		category: 'Project',
		chapter: 'sakhalin',
		title: 'Japanese stakes in the Sakhalin projects',
		kind: 'bars',
		unit: 'percent',
		max: 100,
		summary: 'Japanese investors hold 30% of the Sakhalin-1 project and 22.5% of Sakhalin-2, according to the Russian report.',
		data: [
			{
				label: 'Sakhalin-1',
				value: 30,
				source: { doc: 'riac-2012', words: 'The share of Japanese investments in Sakhalin-1 project is 30%', figure: '30%' }
			},
			{
				label: 'Sakhalin-2',
				value: 22.5,
				source: { doc: 'riac-2012', words: 'Sakhalin-2 – 22.5%', figure: '22.5%' }
			}
		],
		notes: ['The report cites the two projects’ operators for these shares.']
	},
	{
		id: 'investment-sectors',
		category: 'Sector',
		chapter: 'sakhalin',
		title: 'Where Japanese investment in Russia went, as the report gives it for 2010',
		kind: 'bars',
		unit: 'percent',
		max: 100,
		summary:
			'For 2010, the Russian report puts 86.7% of Japanese investment into oil production and refining, 5.1% into manufacturing, 4.4% into wholesale trade and 1.1% into transport vehicles and parts.',
		data: [
			{
				label: 'Oil production and refining',
				value: SECTORS.oil,
				source: {
					doc: 'riac-2012',
					words: 'in 2010 86.7% of the investments were made into oil production and downstream refining',
					figure: '86.7%'
				}
			},
			{
				label: 'Manufacturing',
				value: SECTORS.manufacturing,
				source: { doc: 'riac-2012', words: 'manufacturing industry (5.1%)', figure: '5.1%' }
			},
			{
				label: 'Wholesale trade',
				value: SECTORS.wholesale,
				source: { doc: 'riac-2012', words: 'wholesale trade (4.4%)', figure: '4.4%' }
			},
			{
				label: 'Transport vehicles and parts',
				value: SECTORS.transport,
				source: { doc: 'riac-2012', words: 'production of transport vehicles and spare parts for them (1.1%)', figure: '1.1%' }
			}
		],
		notes: [
			`The four shares add up to ${Object.values(SECTORS).join(' + ')} = ${bn(sectorSum)}%, although the report calls the last three “The rest”: ${bn(100 - sectorSum)}% is not accounted for.`,
			'The report introduces these shares as the “Sectoral makeup of the Japanese cumulative investments” and then gives them for one year: “in 2010 86.7% of the investments were made into oil production”. Whether they are shares of all investment made up to 2010 or of that year’s alone, its words leave open. It adds that “The most part of Japanese FDI was accumulated in wholesale trade – 47.4%”: that is direct investment alone, a narrower measure than the one charted.',
			`The report puts Japan's cumulative investment at “$9.0 billion” and again at “$9,022 billion”, where the comma stands for a decimal point (9.022 billion). It says this made “3% of all cumulative foreign investments” (“$114.746 billion”); as written, ${JAPAN_CUMULATIVE} ÷ ${ALL_FOREIGN} = ${bn((100 * JAPAN_CUMULATIVE) / ALL_FOREIGN)}%. Its footnote for the larger figure is a news report on investment in 2010 alone, which may be why the two do not match.`
		]
	},
	{
		id: 'russian-views',
		category: 'Year',
		chapter: 'public-opinion',
		title: 'How Russians see Japan, 1995 and 2011',
		kind: 'slope',
		unit: 'percent',
		max: 100,
		summary:
			'In Russian polls, sympathy towards Japan fell from 69% in 1995 to 44% in 2011, and antipathy rose from 19% to 31%.',
		data: [
			{ label: '1995', series: 'Sympathy towards Japan', value: 69, source: { doc: 'riac-2012', words: RUSSIAN_POLL, figure: '69%' } },
			{ label: '2011', series: 'Sympathy towards Japan', value: 44, source: { doc: 'riac-2012', words: RUSSIAN_POLL, figure: '44%' } },
			{ label: '1995', series: 'Antipathy towards Japan', value: 19, source: { doc: 'riac-2012', words: RUSSIAN_POLL, figure: '19%' } },
			{ label: '2011', series: 'Antipathy towards Japan', value: 31, source: { doc: 'riac-2012', words: RUSSIAN_POLL, figure: '31%' } }
		],
		notes: ['The report cites the Institute of Sociology of the Russian Academy of Sciences and a VCIOM poll.']
	},
	{
		id: 'japanese-views',
		category: 'Feeling',
		chapter: 'public-opinion',
		title: 'How the Japanese see Russia and the United States, 2011',
		kind: 'bars',
		unit: 'percent',
		max: 100,
		summary:
			'In a Japanese government poll of 2011, 13% felt friendly towards Russia and 83% were antipathetic to it; 82% felt friendly towards the United States.',
		data: [
			{
				label: 'Friendly towards Russia',
				value: 13,
				source: { doc: 'riac-2012', words: 'the Japanese are least friendly to Russia (13%)', figure: '13%' }
			},
			{
				label: 'Antipathetic towards Russia',
				value: 83,
				source: { doc: 'riac-2012', words: 'with those antipathetic to Russia - 83%', figure: '83%' }
			},
			{
				label: 'Friendly towards the United States',
				value: 82,
				source: { doc: 'riac-2012', words: 'most friendly towards USA (82%)', figure: '82%' }
			}
		],
		notes: ['The report cites the Cabinet Office of Japan’s poll on foreign policy, 2011.']
	}
];
