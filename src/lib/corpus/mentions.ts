/**
 * Finding the places a passage mentions, by the names the documents themselves use. The
 * translations spell names several ways ("Kuril Islands", "Kurile Islands", "Kurils") and run
 * words together ("theNorthern territories", "theFar Eastis"), so a name may start right after a
 * lower-case letter when it begins with a capital, and may run into one of the short words the
 * translations glue on. It must not start or end inside another word: "Japan" is not in "Japanese".
 */

export interface Mention {
	place: string;
	/** [start, end) in the passage's text */
	start: number;
	end: number;
}

interface CompiledAlias {
	place: string;
	pattern: RegExp;
}

const WORD = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Short words the translations run into a name ("theFar Eastis a", "toJapanfrom"). */
const GLUED =
	/^(?:and|in|is|are|was|were|will|would|has|have|from|after|of|to|the|at|on|for|with|as|by|that|which)(?![\p{L}\p{N}])/u;

/** A regular expression for an alias: whitespace matches any whitespace, quotes match any quote mark. */
function aliasPattern(alias: string): RegExp {
	const source = alias
		.trim()
		.split(/\s+/)
		.map((word) =>
			word
				.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
				.replace(/["“”«»]/gu, '["“”«»]')
				.replace(/['’]/gu, "['’]")
		)
		.join('\\s+');
	return new RegExp(source, 'giu');
}

function startsWord(text: string, at: number): boolean {
	if (at === 0) return true;
	const before = text[at - 1]!;
	if (!WORD.test(before)) return true;
	// "theNorthern territories": a capital right after a lower-case letter starts a new word.
	return LOWER.test(before) && UPPER.test(text[at]!);
}

function endsWord(text: string, at: number): boolean {
	if (at >= text.length) return true;
	const after = text[at]!;
	if (!WORD.test(after)) return true;
	if (UPPER.test(after)) return LOWER.test(text[at - 1]!);
	return GLUED.test(text.slice(at));
}

/** True when [start, end) sits inside a web address ("…/heiligendamm.html"), which names no place. */
function inAddress(text: string, start: number, end: number): boolean {
	let a = start;
	while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
	let b = end;
	while (b < text.length && !/\s/.test(text[b]!)) b++;
	const token = text.slice(a, b);
	return /\/|www\./.test(token);
}

export class MentionFinder {
	private readonly aliases: CompiledAlias[];
	private readonly excluded: RegExp[];

	/**
	 * @param aliases place id → the names the documents use for it
	 * @param exclude phrases that contain a name but do not mean the place ("The Moscow Times")
	 */
	constructor(aliases: Readonly<Record<string, readonly string[]>>, exclude: readonly string[] = []) {
		this.aliases = Object.entries(aliases).flatMap(([place, names]) =>
			names.map((name) => ({ place, pattern: aliasPattern(name) }))
		);
		this.excluded = exclude.map(aliasPattern);
	}

	/**
	 * Every mention in `text`, in order of position. Where names overlap, the longest wins:
	 * "Sakhalin-1" is the project, not the island; "disputed Kuril Islands" the four islands.
	 */
	find(text: string): Mention[] {
		const blocked: Array<[number, number]> = [];
		for (const pattern of this.excluded) {
			for (const m of text.matchAll(pattern)) blocked.push([m.index, m.index + m[0].length]);
		}
		const found = new Map<string, Mention>();
		for (const { place, pattern } of this.aliases) {
			for (const m of text.matchAll(pattern)) {
				const start = m.index;
				const end = start + m[0].length;
				if (!startsWord(text, start) || !endsWord(text, end)) continue;
				if (blocked.some(([a, b]) => start < b && end > a)) continue;
				if (inAddress(text, start, end)) continue;
				const key = `${place}:${start}`;
				const prior = found.get(key);
				if (!prior || prior.end < end) found.set(key, { place, start, end });
			}
		}
		const all = [...found.values()];
		const longest = all.filter(
			(m) => !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)
		);
		return longest.sort((a, b) => a.start - b.start || a.end - b.end);
	}
}

/** The distinct places among mentions, in order of first mention. */
export function mentionedPlaces(mentions: readonly Mention[]): string[] {
	return [...new Set(mentions.map((m) => m.place))];
}
