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
	'bely-2011': 'Russia’s ambassador to Japan, in a talk outlined by the forum that hosted it (JFIR), not in his own words',
	'riac-2012': 'Russian scholars of Japan, in a report coordinated by a former ambassador to Japan',
	'imamura-2010': 'A diplomat of Japan’s embassy in Moscow, in an opinion piece',
	'kishida-2016': 'Japan’s foreign minister, in a magazine article',
	'togo-mgimo': 'A former Japanese diplomat, in a conference report translated by Russian scholars'
};

export const VOICE_NOTE =
	'Each document is one voice, not a government’s settled position: a minister and two diplomats write or speak from their posts at one moment, a former diplomat and a team of scholars speak for themselves, and one text is a forum’s outline of a talk rather than the speaker’s own words.';

/**
 * The order the two columns read in: each document by its date, Togo's report by what its content
 * shows (2011 or later: it speaks of 11 March 2011), since the date it states is contradicted.
 */
export const TIME_ORDER: Readonly<Record<DocumentId, string>> = {
	'imamura-2010': '2010-08-05',
	'bely-2011': '2011-02-08',
	'togo-mgimo': '2011-03-11',
	'riac-2012': '2012',
	'kishida-2016': '2016-08'
};
