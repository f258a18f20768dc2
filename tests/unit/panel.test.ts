import { describe, expect, it } from 'vitest';
import { searchForView, tabOf, viewForTab, viewFromSearch } from '../../src/lib/state/panel';
import { countPlaces, mentionMarks, namedIn, passageCounts, placeSections } from '../../src/lib/corpus/place-passages';
import type { PayloadPassage } from '../../src/lib/corpus/payload';
import { excerpt, excerptWithMarks, segment } from '../../src/lib/corpus/segments';
import { matchMarks, matchRanges } from '../../src/lib/corpus/search';
import { narrowed } from '../../src/lib/corpus/narrow';

describe('the panel in the address', () => {
	it('reads and writes each view', () => {
		for (const view of [
			{ kind: 'places' },
			{ kind: 'place', id: 'kunashir' },
			{ kind: 'search', query: 'peace treaty & "LNG"' },
			{ kind: 'search', query: 'gas', side: 'japanese' },
			{ kind: 'search', query: 'China', side: 'russian', question: 'security' }
		] as const) {
			expect(viewFromSearch(searchForView(view))).toEqual(view);
		}
		expect(viewFromSearch('')).toEqual({ kind: 'closed' });
		expect(searchForView({ kind: 'closed' })).toBe('');
	});

	it('keeps hostile input as data, bounded in length', () => {
		const view = viewFromSearch('?place=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
		expect(view).toEqual({ kind: 'place', id: '<script>alert(1)</script>' });
		// A side that is neither is dropped; a question is kept as text (the panel says when none has it).
		expect(viewFromSearch('?q=gas&side=both&question=%3Cb%3E')).toEqual({ kind: 'search', query: 'gas', question: '<b>' });
		const long = viewFromSearch('?q=' + 'a'.repeat(5000));
		expect(long.kind === 'search' && long.query.length).toBe(200);
	});
});

describe('placeSections', () => {
	const p = (id: string, places: string[]): PayloadPassage => ({
		id,
		doc: id.split('#')[0]!,
		anchor: id.split('#')[1]!,
		label: '¶',
		kind: 'paragraph',
		text: places.join(' '),
		mentions: places.map((place, i) => [i, i + 1, place])
	});
	const passages = [
		p('riac-2012#p1', ['kunashir', 'southern-kurils']),
		p('togo-mgimo#p2', ['southern-kurils']),
		p('bely-2011#p3', ['southern-kurils']),
		p('riac-2012#p4', ['kuril-islands']),
		p('riac-2012#p5', ['sakhalin'])
	];
	const order = ['bely-2011', 'riac-2012', 'togo-mgimo'];

	it('shows a place’s own passages first, then each group’s, each passage once, by document', () => {
		const sections = placeSections(passages, 'kunashir', order);
		expect(sections.map((s) => [s.kind, s.group, s.documents.map((d) => [d.doc, d.passages.map((x) => x.anchor)])])).toEqual([
			['own', undefined, [['riac-2012', ['p1']]]],
			['group', 'southern-kurils', [['bely-2011', ['p3']], ['togo-mgimo', ['p2']]]],
			['group', 'kuril-islands', [['riac-2012', ['p4']]]]
		]);
	});

	it('shows a group’s passages, then those naming places within it', () => {
		const sections = placeSections(passages, 'southern-kurils', order);
		expect(sections.map((s) => [s.kind, s.count])).toEqual([
			['own', 3],
			['group', 1]
		]);
		expect(placeSections([p('x#p1', ['iturup'])], 'southern-kurils', ['x']).map((s) => [s.kind, s.count])).toEqual([
			['own', 0],
			['within', 1]
		]);
	});

	it('names, of a group’s members, those its passages name', () => {
		const within = placeSections([p('x#p1', ['iturup'])], 'southern-kurils', ['x']).find((s) => s.kind === 'within')!;
		expect(within.places.length).toBeGreaterThan(1);
		expect(namedIn(within)).toEqual(['iturup']);
	});

	it('marks a passage’s mentions of some places, and counts the passages naming each place', () => {
		expect(mentionMarks(passages[0]!, ['southern-kurils'])).toEqual([{ start: 1, end: 2, tag: 'mention', value: 'southern-kurils' }]);
		const counts = passageCounts(passages);
		expect(counts.get('southern-kurils')).toBe(3);
		expect(counts.get('sakhalin')).toBe(1);
		expect(countPlaces([{ places: ['b', 'a'] }, { places: ['a'] }, { places: ['c'] }], (id) => id)).toEqual([
			['a', 2],
			['b', 1],
			['c', 1]
		]);
	});
});

describe('the panel’s tabs', () => {
	it('open each use with its first view, and a place belongs to the places', () => {
		expect(viewForTab('route')).toEqual({ kind: 'route', from: 'yokohama', to: 'rotterdam', closed: ['nsr', 'nwp'] });
		expect(tabOf({ kind: 'place', id: 'x' })).toBe('places');
		expect(tabOf(viewForTab('measure'))).toBe('measure');
		expect(tabOf({ kind: 'closed' })).toBeNull();
	});
});

describe('segments and excerpts', () => {
	it('cuts styled spans at marks without losing a character', () => {
		const spans = [{ text: 'The trade with ' }, { text: 'Sakhalin-1', strong: true }, { text: '', note: '4' }, { text: ' grew.' }];
		const pieces = segment(spans, [{ start: 15, end: 23, tag: 'mention' }]);
		expect(pieces.map((s) => s.text).join('')).toBe('The trade with Sakhalin-1 grew.');
		expect(pieces.filter((s) => s.marks.length).map((s) => [s.text, s.strong])).toEqual([['Sakhalin', true]]);
		expect(pieces.some((s) => s.note === '4')).toBe(true);
	});

	it('takes the sentence around a mention, verbatim', () => {
		const text = 'First sentence here. The Kurils are named in this one. And a third.';
		const at = text.indexOf('Kurils');
		const { from, to } = excerpt(text, at, at + 6);
		expect(text.slice(from, to)).toBe('The Kurils are named in this one.');
	});

	it('finds the words a search matched, by prefix', () => {
		const text = 'Sakhalin-1 and the sakhalin shelf';
		expect(matchRanges(text, ['sakh']).map(([a, b]) => text.slice(a, b))).toEqual(['Sakhalin', 'sakhalin']);
		expect(matchMarks(text, ['shelf'])).toEqual([{ start: 28, end: 33, tag: 'match' }]);
	});

	it('cuts an excerpt round the first mark, keeping the marks inside it, moved with it', () => {
		const text = 'First sentence here. The Kurils are named in this one. And a third.';
		const at = text.indexOf('Kurils');
		const cut = excerptWithMarks(text, [{ start: at, end: at + 6, tag: 'mention' }, { start: 0, end: 5, tag: 'mention' }]);
		expect(cut).toMatchObject({ text: 'The Kurils are named in this one.', before: true, after: true });
		expect(cut.marks).toEqual([{ start: 4, end: 10, tag: 'mention' }]);
		expect(excerptWithMarks('A short passage.', [])).toEqual({ text: 'A short passage.', before: false, after: false, marks: [] });
	});
});

describe('a search narrowed to a side or a question', () => {
	const passage = (id: string) => ({ id, doc: id.split('#')[0]!, anchor: id.split('#')[1]!, label: '', kind: 'paragraph' as const, text: '', mentions: [] });
	const questions = [{ id: 'energy', short: 'Energy', title: 'What of energy?', passages: ['riac-2012#p56', 'imamura-2010#p6'] }];
	const all = ['riac-2012#p56', 'imamura-2010#p6', 'kishida-2016#p8', 'bely-2011#p4'].map(passage);
	const kept = (n: ReturnType<typeof narrowed>) => all.filter((p) => !n.keep || n.keep(p)).map((p) => p.id);

	it('keeps one side’s voices, one question’s passages, or both at once', () => {
		expect(kept(narrowed({}, questions))).toEqual(all.map((p) => p.id));
		expect(kept(narrowed({ side: 'japanese' }, questions))).toEqual(['imamura-2010#p6', 'kishida-2016#p8']);
		expect(kept(narrowed({ question: 'energy' }, questions))).toEqual(['riac-2012#p56', 'imamura-2010#p6']);
		expect(kept(narrowed({ side: 'russian', question: 'energy' }, questions))).toEqual(['riac-2012#p56']);
	});

	it('names a question that does not exist, and then narrows by nothing but the side', () => {
		const n = narrowed({ side: 'russian', question: 'atlantis' }, questions);
		expect(n.unknownQuestion).toBe('atlantis');
		expect(kept(n)).toEqual(['riac-2012#p56', 'bely-2011#p4']);
	});
});
