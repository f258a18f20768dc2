/**
 * Words the documents print run together ("toJapanfrom theRussiaafter": spaces lost in their
 * conversion to text, before this project had them). The site quotes them as published and never
 * mends them; it marks them, and gives a reading beside them, so that a reader knows the slip is
 * the document's, not the site's. The list was made by reading every token of the five documents
 * with a small letter followed by a capital (tests/unit/as-published.test.ts keeps it complete),
 * and two more found by reading ("Eastis", "territorieswill").
 */

/** Each run-together word as published, and how it reads */
export const RUN_TOGETHER: Readonly<Record<string, string>> = {
	regardingRussia: 'regarding Russia',
	andAsiain: 'and Asia in',
	withRussia: 'with Russia',
	betweenJapanandRussiain: 'between Japan and Russia in',
	theFar: 'the Far',
	Eastis: 'East is',
	toJapanfrom: 'to Japan from',
	theRussiaafter: 'the Russia after',
	betweenJapanand: 'between Japan and',
	ofCambodiawhen: 'of Cambodia when',
	ofNorthern: 'of Northern',
	ofRussiain: 'of Russia in',
	ofRussia: 'of Russia',
	inKhabarovskin: 'in Khabarovsk in',
	listingJapanin: 'listing Japan in',
	theNorthern: 'the Northern',
	JapanandRussiafor: 'Japan and Russia for',
	territorieswill: 'territories will',
	toRussia: 'to Russia',
	'ofJapan.Russiahas': 'of Japan. Russia has',
	forJapan: 'for Japan',
	ofChinaand: 'of China and',
	withChinaare: 'with China are',
	forRussia: 'for Russia',
	recentlyRussiashowed: 'recently Russia showed',
	withChinain: 'with China in',
	theUSAandChinaare: 'the USA and China are',
	ofJapanandRussiain: 'of Japan and Russia in'
};

/** Words with a small letter before a capital that are written so ("PhD", "WikiLeaks") */
export const WRITTEN_SO = ['PhD', 'WikiLeaks', 'OpenDocument'];

export interface RunTogether {
	start: number;
	end: number;
	/** As published */
	words: string;
	/** How they read */
	reading: string;
}

const KEYS = Object.keys(RUN_TOGETHER).sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERN = new RegExp(`(?<![A-Za-z])(?:${KEYS.map(escape).join('|')})(?![A-Za-z])`, 'g');

/** The run-together words in a text, in order. */
export function runTogether(text: string): RunTogether[] {
	return [...text.matchAll(PATTERN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, words: m[0], reading: RUN_TOGETHER[m[0]]! }));
}

/** Words that look run together (a small letter before a capital) but are in neither list: the build names them. */
export function unlistedRunTogether(text: string): string[] {
	const listed = runTogether(text);
	const covered = (start: number, end: number) => listed.some((r) => r.start <= start && end <= r.end);
	return [...text.matchAll(/[A-Za-z]*[a-z][A-Z][A-Za-z]*/g)]
		.filter((m) => !covered(m.index!, m.index! + m[0].length) && !WRITTEN_SO.includes(m[0]))
		.map((m) => m[0]);
}

/** Pieces of a text, each either plain or run together (with its reading), for rendering without HTML strings. */
export function piecesOf(text: string): { text: string; reading?: string }[] {
	const out: { text: string; reading?: string }[] = [];
	let at = 0;
	for (const r of runTogether(text)) {
		if (r.start > at) out.push({ text: text.slice(at, r.start) });
		out.push({ text: r.words, reading: r.reading });
		at = r.end;
	}
	if (at < text.length) out.push({ text: text.slice(at) });
	return out;
}
