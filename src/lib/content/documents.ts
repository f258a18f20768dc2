/**
 * The five source documents the story is built from. Their texts live beside this file
 * (`documents/<id>.txt`), copied byte for byte from the originals; this is their metadata.
 * Kept free of the texts themselves so that pages can show citations without shipping the corpus.
 */
export interface SourceDocument {
	/** kebab-case id, also the file name under documents/ and the reader's URL segment */
	id: DocumentId;
	title: string;
	/** Short form for citations, e.g. "Bely (JFIR, 2011)" */
	short: string;
	author: string;
	/** How a citation names the author when the text is not the author's own words */
	byline?: string;
	authorRole: string;
	publisher: string;
	/** ISO date (or year-month / year) as the document gives it */
	date: string;
	/** The date as a reader should see it, with any caveat */
	dateLabel: string;
	/** Which side the voice comes from: the story lets each speak for itself */
	voice: 'Russian' | 'Japanese';
	originalUrl?: string;
	translationNote?: string;
	/** Known slips in the text, stated plainly for readers */
	caveats: string[];
	/** Where the date the text gives conflicts with what the text speaks of */
	dateConflict?: DateConflict;
	/** The file name the document had in the collection it came from */
	sourceFile: string;
	/** How the text was delivered: with Markdown markup (emphasis, links, footnote markers) or plain */
	format: 'markdown' | 'text';
}

/**
 * A document whose stated date its own content contradicts: the words that state the date and
 * the words that show it is later, each found verbatim in the text when the site is built.
 */
export interface DateConflict {
	/** The words that state the date */
	stated: string;
	/** Words that speak of later events, and what those events were (the story's own words) */
	evidence: { words: string; says: string }[];
	/** In one sentence, for lists of the documents */
	summary: string;
	/** When the content shows the text is from, for citations: "2011 or later" */
	contentDate: string;
}

export type DocumentId = 'bely-2011' | 'kishida-2016' | 'imamura-2010' | 'riac-2012' | 'togo-mgimo';

export const documents: readonly SourceDocument[] = [
	{
		id: 'bely-2011',
		title: 'The 66th meeting of "The Present and Future of Japan-Russia Relationship" Held',
		short: 'Bely (outline by JFIR), 2011',
		author: 'Mikhail M. Bely',
		byline: 'Mikhail M. Bely (outline by JFIR)',
		authorRole: 'Ambassador of Russia to Japan; the text is JFIR’s English outline of his talk, not his own words',
		publisher: 'The Japan Forum on International Relations (JFIR), "Diplomatic Roundtable"',
		date: '2011-02-08',
		dateLabel: '8 February 2011',
		voice: 'Russian',
		caveats: [
			'Its yen-to-dollar conversions are off by a factor of ten: 2.1 trillion yen was about 24 billion dollars in 2010, not "more than 240 billion".'
		],
		sourceFile: '000_0c0eeeb5d1328432.txt',
		format: 'text'
	},
	{
		id: 'kishida-2016',
		title: 'Advancing Japan-Russia relations',
		short: 'Kishida, 2016',
		author: 'Fumio Kishida',
		authorRole: 'Minister for Foreign Affairs of Japan',
		publisher: 'Magazine article in English translation, pp. 22–23; the magazine and the original address are unknown',
		date: '2016-08',
		dateLabel: 'August 2016',
		voice: 'Japanese',
		translationNote:
			'Published in English translation. Which magazine first printed it, and where the translation was published, could not be established; its layout resembles the U.S. Embassy Tokyo’s “Japan Media Highlights” translations, but that is not confirmed.',
		caveats: [],
		sourceFile: '001_67713563b05ab8fe.txt',
		format: 'text'
	},
	{
		id: 'imamura-2010',
		title: 'Peace Treaty Is Key to Japanese-Russian Ties',
		short: 'Imamura, Moscow Times 2010',
		author: 'Akira Imamura',
		authorRole: 'Minister and head of the information section, Embassy of Japan in Moscow',
		publisher: 'The Moscow Times (opinion)',
		date: '2010-08-05',
		dateLabel: '5 August 2010',
		voice: 'Japanese',
		originalUrl:
			'https://www.themoscowtimes.com/2010/08/05/peace-treaty-is-key-to-japanese-russian-ties-a446',
		caveats: [],
		sourceFile: '002_32b419a4a3be82d9.txt',
		format: 'markdown'
	},
	{
		id: 'riac-2012',
		title: "Current State of Russia's Relations with Japan and Prospects for Their Development",
		short: 'RIAC report, 2012',
		author: 'A.N. Panov (coordinator), O.I. Kazakov, V.O. Kistanov, V.V. Kuzminkov, V.N. Pavlyatenko, D.V. Streltsov, S.V. Chugrov',
		authorRole:
			'Russian specialists in Japanese studies; the coordinator, Alexander N. Panov, was Russia’s ambassador to Japan from 1996 to 2003',
		publisher: 'Russian International Affairs Council (RIAC), Moscow; ISBN 978-5-91891-208-9',
		date: '2012',
		dateLabel: '2012',
		voice: 'Russian',
		caveats: [],
		sourceFile: '003_aa380f36981fbd90.txt',
		format: 'markdown'
	},
	{
		id: 'togo-mgimo',
		title: 'Prospects of Japanese and Russian relationships',
		short: 'Togo, MGIMO report',
		author: 'Kazuhiko Togo (spelled "Kadzuhiko" in the translation)',
		authorRole: 'Former Japanese diplomat',
		publisher:
			'Report at the 9th conference of Russian and Japanese scientists and journalists, MGIMO, Moscow',
		date: '2009-09-12',
		dateLabel: '"September 12, 2009" as the text says; its content dates from 2011 or later',
		voice: 'Japanese',
		translationNote:
			'Translated from the Japanese by V.V. Kuzminkov and from the Russian by Irina Kalyuzhnaya (APIR Center).',
		caveats: [
			'The translators’ own words stand in the text as if they were Togo’s: “(Kurile Islands are meant, comment of V.K)”.',
			'It dates the G8 summit at Heiligendamm “in 2006” (“Khailigendam in 2006”); the summit was held there in June 2007.'
		],
		dateConflict: {
			stated: 'On September 12, 2009 the 9th conference of Russian and Japanese scientists and journalists',
			evidence: [
				{ words: 'speech of the Minister for Foreign Affairs S. Lavrov inKhabarovskin July 2010', says: 'a speech of July 2010' },
				{
					words: 'after visit of the president D.Medvedev on the island Kunashir',
					says: 'President Medvedev’s visit to Kunashir, in November 2010'
				},
				{ words: 'up to autumn 2009 (not autumn in 2010, and one year before)', says: 'talks that stopped in the autumn of 2009, written after the autumn of 2010' },
				{
					words: 'The humanitarian help toJapanfrom theRussiaafter the events of March, 11',
					says: 'the earthquake and tsunami of 11 March 2011'
				},
				{ words: '10 years passed after I had left in the Ministry of Foreign Affairs (MFA).', says: 'ten years since the author left the ministry in 2002, which points to 2012' },
				{ words: 'Currently, when since 15 years have passed', says: 'fifteen years since Prime Minister Hashimoto’s speech of 1997, which also points to 2012' }
			],
			summary:
				'The text gives its date as September 12, 2009, but speaks of a speech of July 2010, of the disaster of 11 March 2011 and of "10 years" since the author left the ministry in 2002: as published, it dates from 2011 or later (its counts of years point to 2012).',
			contentDate: '2011 or later'
		},
		sourceFile: '004_5c377e86fc609362.txt',
		format: 'text'
	}
];

const byId = new Map(documents.map((d) => [d.id, d]));

/** The document with this id, or undefined. */
export function getDocument(id: string): SourceDocument | undefined {
	return byId.get(id as DocumentId);
}

/**
 * The author's name for a short citation: without a note in brackets, and "et al." for a team
 * ("A.N. Panov et al." for the RIAC report's seven authors), or the byline a document gives for
 * a text that is not the author's own words ("Mikhail M. Bely (outline by JFIR)").
 */
export function authorName(doc: SourceDocument): string {
	if (doc.byline) return doc.byline;
	const first = doc.author.split(' (')[0]!.split(',')[0]!.trim();
	return doc.author.includes(',') ? `${first} et al.` : first;
}

/** The date a short citation gives; where the text's content contradicts it, the citation says so. */
export function citedDate(doc: SourceDocument): string {
	return doc.dateConflict ? `dated ${doc.date.slice(0, 4)} (content ${doc.dateConflict.contentDate})` : doc.dateLabel;
}

/** What a list of the documents notes about one: its date conflict, then its slips. */
export function documentNotes(doc: SourceDocument): string[] {
	return [...(doc.dateConflict ? [doc.dateConflict.summary] : []), ...doc.caveats];
}
