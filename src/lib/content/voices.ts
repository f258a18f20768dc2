/**
 * The two sides' voices, as the Perspectives view and the place panel label and order them: who
 * wrote each document's words and in what role, and the order the columns read in. Small and free
 * of the questions' rules, so that the browser can have it.
 */
import type { DocumentId } from './documents';
import { getDocument } from './documents';

export type Side = 'russian' | 'japanese';

/** The side a document's voice is on. */
export function sideOf(doc: string): Side | undefined {
	const voice = getDocument(doc)?.voice;
	return voice === 'Russian' ? 'russian' : voice === 'Japanese' ? 'japanese' : undefined;
}

export const SIDE_NAMES: Readonly<Record<Side, string>> = { russian: 'Russian voices', japanese: 'Japanese voices' };

/**
 * How each voice speaks, for the columns' labels: who wrote the words, in what role. A voice is
 * one person's or one team's at one moment, not a government's settled position.
 */
export const VOICE_KINDS: Readonly<Record<DocumentId, string>> = {
	'bely-2011': 'Russia’s ambassador to Japan, in a talk outlined in English by the Japanese forum that hosted it (JFIR), not in his own words',
	'riac-2012': 'Russian scholars of Japan, coordinated by A.N. Panov (Russia’s ambassador to Japan from 1996 to 2003, which the report does not say), in a report for the Russian International Affairs Council’s research programme, with advice for Russian policy',
	'imamura-2010': 'A diplomat of Japan’s embassy in Moscow, in an opinion piece',
	'kishida-2016': 'Japan’s foreign minister, in a magazine article (in English translation)',
	'togo-mgimo': 'A former Japanese diplomat, in a conference report translated from the Japanese into Russian by V.V. Kuzminkov (one of the RIAC report’s authors) and from the Russian into English'
};

export const VOICE_NOTE =
	'Each document is one voice, not a government’s settled position: a minister and two diplomats write or speak from their posts at one moment; a former diplomat speaks for himself; a team of Russian scholars writes for the Russian International Affairs Council, with advice for Russian policy; and one text is a Japanese forum’s English outline of a talk, not the speaker’s own words.';

/**
 * The order the two columns read in: each document by its date; Togo's report, whose stated date
 * its content contradicts, at the earliest date its content allows (after 11 March 2011, of which
 * it speaks), though its counts of years point to 2012.
 */
export const TIME_ORDER: Readonly<Record<DocumentId, string>> = {
	'imamura-2010': '2010-08-05',
	'bely-2011': '2011-02-08',
	'togo-mgimo': '2011-03-11',
	'riac-2012': '2012',
	'kishida-2016': '2016-08'
};

/** How the columns are ordered, in words for the page. */
export const ORDER_NOTE =
	'Each column reads in time order: Imamura (August 2010), Bely (February 2011), Togo (dated 2009 in the text, but written after 11 March 2011; its counts of years point to 2012; placed here at the earliest date its content allows), the RIAC report (2012), Kishida (August 2016).';

/** The documents' ids in the columns' order (TIME_ORDER). */
export const DOCUMENTS_IN_TIME: readonly DocumentId[] = (Object.keys(TIME_ORDER) as DocumentId[]).sort((a, b) => TIME_ORDER[a].localeCompare(TIME_ORDER[b]));
