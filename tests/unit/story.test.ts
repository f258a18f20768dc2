/**
 * The story's state: what a person does, and what follows from it. The address is a fake that
 * records what the page would write.
 */
import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/lib/server/chapters';
import { getPlace } from '../../src/lib/content/places';
import { Story } from '../../src/lib/state/story.svelte';
import type { TimelineData } from '../../src/lib/state/timeline';

const event = (id: string, year: number) => ({ id, date: String(year), when: String(year), year, title: id, places: [{ id: 'moscow', name: 'Moscow', at: [37.6, 55.75] as [number, number] }], passages: [], sources: [], x: 0 });
const timeline: TimelineData = {
	events: [event('a-1956', 1956), event('b-2001', 2001), event('c-2010', 2010)],
	years: [1956, 2001, 2010].map((year, i) => ({ year, x0: i * 100, x1: i * 100 + 50 })),
	breaks: [],
	minor: [],
	width: 1000
};

function story(search = '', hash = '') {
	const written: { push: string[]; replace: string[] } = { push: [], replace: [] };
	const here = { pathname: '/', search, hash };
	const s = new Story({
		chapters,
		placeKind: (id) => getPlace(id)?.kind,
		timeline,
		base: '',
		address: {
			push: (url) => (written.push.push(url), (here.search = new URL(url, 'http://x').search)),
			replace: (url) => (written.replace.push(url), (here.search = new URL(url, 'http://x').search))
		},
		here: () => here
	});
	return { s, written };
}

describe('the story’s state', () => {
	it('starts at the first chapter, and the introduction is the first chapter too', () => {
		const { s } = story();
		expect(s.chapter.id).toBe(chapters[0]!.id);
		s.enter('sakhalin');
		expect(s.index).toBe(chapters.findIndex((c) => c.id === 'sakhalin'));
		s.enter(null);
		expect(s.chapter.id).toBe(chapters[0]!.id);
	});

	it('writes a view in the address: a new entry, or in place of the current one', () => {
		const { s, written } = story();
		s.show({ kind: 'place', id: 'kunashir' });
		s.show({ kind: 'search', query: 'sak' }, { history: 'replace' });
		expect(written).toEqual({ push: ['/?place=kunashir'], replace: ['/?q=sak'] });
		expect(s.selected).toBeNull();
	});

	it('reads the address without writing it, and ignores an address that says what it shows', () => {
		const { s, written } = story();
		s.fromAddress('?place=kunashir', { load: true });
		expect(s.view).toEqual({ kind: 'place', id: 'kunashir' });
		expect(s.opening).toBe('load');
		const fit = s.fit;
		s.fromAddress('?place=kunashir');
		expect(s.fit).toBe(fit);
		expect(written).toEqual({ push: [], replace: [] });
	});

	it('takes the map back for a new chapter, which brings its own span of years', () => {
		const { s } = story();
		s.show({ kind: 'place', id: 'kunashir' });
		expect(s.fit).toEqual({ kind: 'place', id: 'kunashir' });
		s.setSpan({ from: 2001, to: 2001 });
		expect(s.span).toEqual({ from: 2001, to: 2001 });
		s.enter('habomai');
		expect(s.fit).toBeNull();
		expect(s.span).toEqual(chapters.find((c) => c.id === 'habomai')!.timeline ?? { from: 1956, to: 2010 });
		expect(s.target).toEqual({ kind: 'chapter', camera: chapters.find((c) => c.id === 'habomai')!.camera, projection: 'mercator' });
	});

	it('widens the span to show an event opened outside it, and marks its places', () => {
		const { s } = story();
		s.setSpan({ from: 2001, to: 2001 });
		s.openEvent('c-2010');
		expect(s.span).toEqual({ from: 2001, to: 2010 });
		expect(s.emphasis).toEqual(['moscow']);
		expect(s.markers.features.find((f) => f.properties?.selected)?.properties?.events).toContain('c-2010');
		s.openEvent(null);
		expect(s.span).toEqual({ from: 2001, to: 2010 });
		expect(s.eventId).toBeNull();
	});

	it('adds a clicked point to the ruler only while it is open, replacing its history entry', () => {
		const { s, written } = story();
		s.addPoint([1, 2]);
		expect(s.view.kind).toBe('closed');
		s.show({ kind: 'measure', points: [], ring: false });
		s.addPoint([139.77, 35.68]);
		expect(s.view).toEqual({ kind: 'measure', points: [[139.77, 35.68]], ring: false });
		expect(written.replace).toEqual(['/?measure=139.77,35.68']);
	});

	it('marks the hovered passage’s places over the open event’s', () => {
		const { s } = story();
		s.openEvent('a-1956');
		s.hover(['kunashir']);
		expect(s.emphasis).toEqual(['kunashir']);
		s.show({ kind: 'places' });
		expect(s.emphasis).toEqual(['moscow']);
	});
});
