import { describe, expect, it } from 'vitest';
import { type Chapter } from '../../src/lib/content/chapters';
import { chapters } from '../../src/lib/server/chapters';
import { legendItems } from '../../src/lib/map/legend';

const chapter = (id: string): Chapter => chapters.find((c) => c.id === id)!;
const ids = (id: string, events = true) => legendItems(chapter(id), { events }).map((i) => i.id);

describe('the map key', () => {
	it('explains the disputed islands’ outline and the order of their names where the chapter is about them', () => {
		expect(ids('four-islands')).toContain('disputed');
		expect(ids('habomai')).toContain('disputed');
		const disputed = legendItems(chapter('four-islands'), { events: true }).find((i) => i.id === 'disputed')!;
		expect(disputed.label).toMatch(/administered by Russia, claimed by Japan/);
		expect(disputed.label).toMatch(/takes no side/);
		// The Arctic chapter shows no disputed islands.
		expect(ids('northern-sea-route')).not.toContain('disputed');
	});

	it('lists what a chapter draws and nothing it does not', () => {
		// The Arctic chapter measures two routes; the border chapter draws the treaties' lines.
		expect(ids('northern-sea-route')).toContain('routes');
		expect(ids('neighbours')).not.toContain('routes');
		expect(ids('border-treaties')).toContain('treaty-borders');
		expect(ids('trade')).not.toContain('treaty-borders');
		// A chapter with a measured distance says how it was measured.
		for (const c of chapters) expect(ids(c.id).includes('distance'), c.id).toBe(Boolean(c.distances?.length));
		// Event markers only while the map shows them.
		expect(ids('summits', false)).not.toContain('events');
		expect(ids('summits', true)).toContain('events');
	});

	it('gives every item words, not only a colour', () => {
		for (const c of chapters)
			for (const item of legendItems(c, { events: true })) expect(item.label.length, `${c.id} ${item.id}`).toBeGreaterThan(10);
	});
});
