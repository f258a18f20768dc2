/**
 * The Perspectives' questions: the assignment rules (on made-up passages), the problems the build
 * reports, and a set of assignments chosen by reading the documents — passages that must, and
 * must not, belong to a question.
 */
import { describe, expect, it } from 'vitest';
import { assignQuestions, assignmentCounts, inTimeOrder, perspectiveProblems, questionsOf, type AssignablePassage } from '../../src/lib/corpus/perspectives';
import { FRAME, questions, REPORTED, TIME_ORDER, type Question } from '../../src/lib/content/perspectives';
import { assignablePassages, perspectiveAssignment, perspectivesCountReport, perspectivesProblems, SIDES } from '../../src/lib/server/perspectives';
import { documentTexts } from '../../src/lib/server/content';

const passage = (id: string, text: string, extra: Partial<AssignablePassage> = {}): AssignablePassage => {
	const [doc, anchor] = id.split('#') as [string, string];
	return { id, doc, anchor, kind: 'paragraph', text, places: [], ...extra };
};

const question = (over: Partial<Question> = {}): Question => ({
	id: 'gas',
	title: 'What of gas?',
	short: 'Gas',
	description: 'Gas.',
	rules: { words: /\bgas\b/i },
	keys: [],
	...over
});

const made = [
	passage('ru#p1', 'Gas from Sakhalin.'),
	passage('ru#p2', 'A heading about gas', { kind: 'heading' }),
	passage('ru#fn-1', 'A footnote on gas.', { kind: 'footnote' }),
	passage('ru#p3', 'Masthead: the Gas Review'),
	passage('jp#p1', 'Nothing on it, but it speaks of the pipeline.'),
	passage('jp#p2', 'Gas again.'),
	passage('jp#p3', 'About Sakhalin only.', { places: ['sakhalin'] })
];
const options = { frame: { ru: ['p3'] }, timeOrder: { jp: '2010', ru: '2012' } };
const sides = { ru: 'russian', jp: 'japanese' } as const;

describe('assigning passages to questions', () => {
	it('takes the passages whose words match, never a heading, a footnote or the frame, in time order', () => {
		expect(assignQuestions(made, [question()], options)).toEqual({ gas: ['jp#p2', 'ru#p1'] });
	});

	it('takes a passage that names one of its places, and the passages it includes; leaves out those it excludes', () => {
		const q = question({ rules: { words: /\bgas\b/i, places: ['sakhalin'] }, include: ['jp#p1', 'ru#fn-1'], exclude: ['jp#p2'] });
		expect(assignQuestions(made, [q], options).gas).toEqual(['jp#p1', 'jp#p3', 'ru#p1', 'ru#fn-1']);
	});

	it('orders by document date, and keeps each document in its reading order', () => {
		const order = inTimeOrder([passage('b#p2', ''), passage('a#p9', ''), passage('b#p1', ''), passage('a#p1', '')], { a: '2011', b: '2010' });
		expect(order.map((p) => p.id)).toEqual(['b#p2', 'b#p1', 'a#p9', 'a#p1']);
	});

	it('lists the questions a passage belongs to, and counts by document', () => {
		const assignment = { gas: ['jp#p2', 'ru#p1'], oil: ['ru#p1', 'ru#p4'] };
		expect(questionsOf('ru#p1', assignment)).toEqual(['gas', 'oil']);
		expect(questionsOf('jp#p9', assignment)).toEqual([]);
		expect(assignmentCounts(assignment)).toEqual({ gas: { jp: 1, ru: 1 }, oil: { ru: 2 } });
	});
});

describe('the problems the build reports', () => {
	const problems = (q: Question, extra: Partial<Parameters<typeof perspectiveProblems>[0]> = {}) =>
		perspectiveProblems({
			questions: [q],
			passages: made,
			assignment: assignQuestions(made, [q], options),
			sides,
			frame: options.frame,
			reported: {},
			file: 'perspectives.ts',
			...extra
		});
	const keys = [
		{ doc: 'ru', text: 'Gas from Sakhalin.' },
		{ doc: 'jp', text: 'Gas again.' }
	] as unknown as Question['keys'];

	it('has none for a question with both sides and a key passage from each', () => {
		expect(problems(question({ keys }))).toEqual([]);
	});

	it('fails a question with no passage from one side, naming the question and the side', () => {
		const found = problems(question({ keys, exclude: ['jp#p2'] }));
		expect(found).toContain('perspectives.ts: question "gas" has no passage from the Japanese documents: every question sets both sides side by side');
	});

	it('names an unknown passage, an include the rules already take and an exclude they do not', () => {
		const found = problems(question({ keys, include: ['jp#p2', 'ru#p99'], exclude: ['jp#p1'] }), { reported: { 'xx#p1': 'x', 'jp#p3': 'y' } });
		expect(found).toEqual(
			expect.arrayContaining([
				expect.stringContaining('REPORTED names the passage "xx#p1", which no document has'),
				'perspectives.ts: REPORTED marks "jp#p3", which no question takes: remove it, or assign the passage',
				expect.stringContaining('includes names the passage "ru#p99"'),
				'perspectives.ts: question "gas" includes "jp#p2", which its rules already take: remove it from include',
				'perspectives.ts: question "gas" excludes "jp#p1", which its rules do not take: remove it from exclude'
			])
		);
	});

	it('fails a key passage that is not word for word in the question’s passages, and a side with no key', () => {
		const found = problems(question({ keys: [{ doc: 'ru', text: 'Oil from Sakhalin.' }] as unknown as Question['keys'] }));
		expect(found).toContain('perspectives.ts: question "gas": its key passage "Oil from Sakhalin." is not found, word for word, in a ru passage the question takes');
		expect(found).toContain('perspectives.ts: question "gas" has no key passage from the Japanese side for the handout');
	});

	it('wants every title to be a question', () => {
		expect(problems(question({ keys, title: 'Gas' }))).toEqual([expect.stringContaining('its title "Gas" must be a question')]);
	});
});

describe('the questions, as the documents are', () => {
	const assignment = perspectiveAssignment();

	it('have no problems, and every question has passages from both sides', () => {
		expect(perspectivesProblems()).toEqual([]);
		for (const q of questions) {
			const docs = new Set(assignment[q.id]!.map((id) => id.split('#')[0]!));
			expect([...docs].some((d) => SIDES[d] === 'russian'), q.id).toBe(true);
			expect([...docs].some((d) => SIDES[d] === 'japanese'), q.id).toBe(true);
		}
		expect(perspectivesCountReport()).toMatch(/islands-and-treaty +Russian \d+ \(bely-2011 \d+, riac-2012 \d+\) +Japanese/);
	});

	// Chosen by reading: [question, passage, why].
	const must: [string, string, string][] = [
		['islands-and-treaty', 'imamura-2010#p9', 'the dispute "blocking significant progress"'],
		['islands-and-treaty', 'togo-mgimo#p25', 'no solution at "a zero version": no territorial word in it'],
		['islands-and-treaty', 'togo-mgimo#p26', 'Japan should "accept result of defeat in negotiations"'],
		['islands-and-treaty', 'riac-2012#p125', 'the 1956 Joint Declaration as a peace treaty'],
		['islands-and-treaty', 'riac-2012#p77', 'business held back not by "the territorial problem"'],
		['islands-and-treaty', 'kishida-2016#p9', 'the "new approach" agreed at Sochi'],
		['islands-and-treaty', 'bely-2011#p8', 'a treaty needs mutual trust'],
		['energy', 'riac-2012#p74', 'Russian energy after Fukushima'],
		['energy', 'togo-mgimo#p10', 'Sechin’s offer of gas'],
		['energy', 'imamura-2010#p6', 'the first LNG plant in Sakhalin'],
		['energy', 'riac-2012#p63', 'Japan’s shares in Sakhalin-1 and -2 (named as places only)'],
		['far-east', 'riac-2012#p82', 'an alternative to "the Chinese vector": named no place, chosen by reading'],
		['far-east', 'imamura-2010#p7', 'the bridge to Russky Island for the APEC summit'],
		['far-east', 'kishida-2016#p13', 'the Eastern Economic Forum in Vladivostok'],
		['trade-and-investment', 'riac-2012#p65', '"hardly depend on each other in economic sphere"'],
		['trade-and-investment', 'imamura-2010#p8', 'trade shares of 2 and 4 percent'],
		['trade-and-investment', 'kishida-2016#p14', 'the Russian business environment'],
		['trade-and-investment', 'togo-mgimo#p8', 'trade of 20 billion dollars in 2007'],
		['security', 'togo-mgimo#p17', 'the Russian Air Forces’ trainings at the border'],
		['security', 'riac-2012#p47', 'Tokyo on China’s military build-up'],
		['security', 'riac-2012#fn-1', 'Japan’s Self-Defense Force: a footnote, chosen by reading'],
		['security', 'bely-2011#p4', 'terrorism, WMD, North Korea and Afghanistan'],
		['public-opinion', 'riac-2012#p104', 'polls in Russia, 1995–2011'],
		['public-opinion', 'riac-2012#p107', 'polls in Japan, 2011'],
		['public-opinion', 'togo-mgimo#p20', 'a network between people: no opinion word in it'],
		['public-opinion', 'kishida-2016#p16', 'people-to-people interactions'],
		['summits', 'kishida-2016#p6', 'the Sochi summit'],
		['summits', 'imamura-2010#p5', 'Kan and Medvedev at Muskoka'],
		['summits', 'riac-2012#p132', 'Putin’s statement at Irkutsk in 2001: no meeting word in it'],
		['summits', 'togo-mgimo#p12', 'the Krasnoyarsk summit'],
		['partners', 'riac-2012#p141', '"friendly relations with Japan at the highest possible level"'],
		['partners', 'togo-mgimo#p21', '"strategic partnership"'],
		['partners', 'imamura-2010#p6', '"must work together as partners"'],
		['partners', 'kishida-2016#p16', 'addressing the world’s issues together: chosen by reading']
	];
	it.each(must)('%s takes %s (%s)', (q, id) => {
		expect(assignment[q]).toContain(id);
	});

	const mustNot: [string, string, string][] = [
		['islands-and-treaty', 'riac-2012#p14', 'the report’s abstract: its frame'],
		['islands-and-treaty', 'riac-2012#fn-26', 'a footnote citing a program'],
		['islands-and-treaty', 'riac-2012#p110', 'opinion-makers: the islands in passing'],
		['energy', 'riac-2012#p94', 'the economic agreement: energy in passing'],
		['far-east', 'togo-mgimo#p13', 'a speech given in Khabarovsk, not about the Far East'],
		['trade-and-investment', 'imamura-2010#p11', '"importance" is not "import"'],
		['trade-and-investment', 'riac-2012#p35', '"importance" is not "import"'],
		['trade-and-investment', 'kishida-2016#p6', 'the economy named in passing'],
		['security', 'riac-2012#p73', 'smuggling among the eight economic spheres'],
		['public-opinion', 'riac-2012#p68', 'a government’s "attitude" to trade'],
		['summits', 'riac-2012#p105', '"visitation" is not a visit'],
		['summits', 'riac-2012#p131', '"revisit" is not a visit'],
		['partners', 'riac-2012#p80', 'business partners: trade'],
		['partners', 'riac-2012#p103', '"the partner country" in passing']
	];
	it.each(mustNot)('%s leaves out %s (%s)', (q, id) => {
		expect(assignment[q]).not.toContain(id);
	});

	it('never takes a document’s frame, and every passage it takes is a document’s words', () => {
		const byId = new Map(assignablePassages().map((p) => [p.id, p]));
		for (const [q, ids] of Object.entries(assignment))
			for (const id of ids) {
				const p = byId.get(id)!;
				expect(FRAME[p.doc as keyof typeof FRAME]?.includes(p.anchor), `${q} ${id}`).toBeFalsy();
				// Independent of the parser: the words (markup aside) are in the document's file.
				const firstWords = p.text.split(/\s+/).slice(0, 4).join(' ');
				expect(documentTexts.get(p.doc)!.replace(/\s+/g, ' ').replace(/\\/g, ''), id).toContain(firstWords.replace(/\s+/g, ' '));
			}
	});

	it('reads the columns in time order: Imamura, Bely, Togo (by content), RIAC, Kishida', () => {
		const docs = [...new Set(assignment['islands-and-treaty']!.map((id) => id.split('#')[0]))];
		expect(docs).toEqual(['imamura-2010', 'bely-2011', 'togo-mgimo', 'riac-2012', 'kishida-2016']);
		expect(Object.keys(TIME_ORDER).sort()).toEqual(Object.keys(SIDES).sort());
	});

	it('marks as reported passages a question takes', () => {
		const taken = new Set(Object.values(assignment).flat());
		expect(Object.keys(REPORTED).filter((id) => !taken.has(id))).toEqual([]);
		expect(Object.keys(REPORTED).length).toBeGreaterThan(10);
	});
});

describe('a chapter’s two sides', () => {
	const q = question({ keys: [{ doc: 'ru', text: 'Gas from Sakhalin.' }, { doc: 'jp', text: 'Gas again.' }] as unknown as Question['keys'] });
	const check = (pair: Record<string, unknown>) =>
		perspectiveProblems({
			questions: [q],
			passages: made,
			assignment: assignQuestions(made, [q], options),
			sides,
			frame: options.frame,
			reported: {},
			file: 'perspectives.ts',
			chaptersFile: 'chapters.ts',
			pairs: [{ chapter: 'c', pair: { question: 'gas', notes: ['Ask: why?'], russian: { doc: 'ru', text: 'Gas from' }, japanese: { doc: 'jp', text: 'Gas again.' }, ...pair } as never }]
		});
	it('pass with a quotation from each side in the question’s passages', () => {
		expect(check({})).toEqual([]);
	});
	it('fail a quotation from the wrong side, one the question does not take, an unknown question or no notes', () => {
		expect(check({ russian: { doc: 'jp', text: 'Gas again.' } })).toEqual(['chapters.ts: chapter "c"’s two sides: the Russian quotation is from jp, which is not a Russian voice']);
		expect(check({ japanese: { doc: 'jp', text: 'About Sakhalin only.' } })).toEqual([
			'chapters.ts: chapter "c"’s two sides: “About Sakhalin only.” is not found, word for word, in a jp passage the question "gas" takes'
		]);
		expect(check({ question: 'oil' })).toEqual(['chapters.ts: chapter "c"’s two sides name the question "oil", which is not in perspectives.ts']);
		expect(check({ notes: [] })).toEqual(['chapters.ts: chapter "c"’s two sides need speaker notes, the first a question for the class']);
	});
});
