/**
 * How the border moved (content/borders.ts, drawn by the timeline's settlements) and whose voices
 * each chapter quotes (content/balance.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { balanceProblems, balanceReport, chapterVoices } from '../../src/lib/content/balance';
import { borders } from '../../src/lib/content/borders';
import { layerVisibility, type Chapter } from '../../src/lib/content/chapters';
import { chapters } from '../../src/lib/server/chapters';
import { getDocument } from '../../src/lib/content/documents';
import { events } from '../../src/lib/content/events';
import { getPlace, places } from '../../src/lib/content/places';
import { landOf, onLand } from '../../src/lib/geo/land';
import { staticMap } from '../../src/lib/geo/static-map';
import { treatyBorderFeatures } from '../../src/lib/map/overlay-data';
import { bordersInSpan, shownBorders } from '../../src/lib/state/timeline';
import { parseDate } from '../../src/lib/content/dates';

const read = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', 'static', 'geo', name), 'utf8')) as FeatureCollection;
const years = events.map((e) => ({ id: e.id, year: parseDate(e.date).year }));
const byId = new Map(events.map((e) => [e.id, e]));

describe('the borders the settlements drew', () => {
	it('each follow an event that cites the treaty or record it comes from, with its article where it has one', () => {
		for (const b of borders) {
			const event = byId.get(b.event);
			expect(event, b.id).toBeDefined();
			expect(event!.sources?.length, b.id).toBeGreaterThan(0);
			if (b.id.startsWith('border-')) expect(event!.sources!.some((s) => s.article), b.id).toBe(true);
		}
	});

	it('run where the treaties put them', () => {
		const line = (id: string) => borders.find((b) => b.id === id)!;
		// Shimoda (1855), Article 2: between Iturup and Urup. The line's ends are at sea, and Iturup
		// lies south-west of it, Urup north-east.
		const land = landOf(read('land-region.geojson'));
		for (const part of line('border-1855').parts) for (const p of part) expect(onLand(p, land)).toBe(false);
		// Portsmouth (1905), Article IX: "The fiftieth degree of north latitude".
		const sakhalinPart = line('border-1905').parts.find((p) => p.every(([, lat]) => lat === 50));
		expect(sakhalinPart).toBeDefined();
		const portsmouth = byId.get('treaty-1905')!.sources!.map((s) => s.words).join(' ');
		expect(portsmouth).toMatch(/fiftieth degree of north latitude/);
		// St Petersburg (1875) and Portsmouth both keep the strait between Kamchatka and Shumshu.
		const kamchatkaShumshu = (id: string) => line(id).parts.some((p) => p.every(([lon, lat]) => lon > 156 && lon < 157 && lat > 50.5 && lat < 51.2));
		expect(kamchatkaShumshu('border-1875')).toBe(true);
		expect(kamchatkaShumshu('border-1905')).toBe(true);
		// Each line is labelled with its settlement's year.
		for (const b of borders) expect(b.label).toBe(String(years.find((y) => y.id === b.event)!.year));
	});

	it('are drawn for the settlements in the span, oldest first', () => {
		expect(bordersInSpan(borders, years, { from: 1855, to: 1905 }).map((b) => b.id)).toEqual(['border-1855', 'border-1875', 'border-1905']);
		expect(bordersInSpan(borders, years, { from: 1945, to: 2016 }).map((b) => b.id)).toEqual(['line-1945']);
		expect(bordersInSpan(borders, years, { from: 1997, to: 2016 })).toEqual([]);
		// An event the timeline lacks draws nothing.
		expect(bordersInSpan(borders, [], { from: 1800, to: 2100 })).toEqual([]);
	});

	it('are shown where the chapter draws them, in its span, or wherever the reader chose a span', () => {
		const timeline = { events: years, years: years.map((y) => ({ year: y.year })) };
		const chapter = (id: string) => chapters.find((c) => c.id === id)!;
		expect(shownBorders(borders, chapter('border-treaties'), timeline).map((b) => b.id)).toEqual(['border-1855', 'border-1875', 'border-1905']);
		expect(shownBorders(borders, chapter('war-and-after'), timeline).map((b) => b.id)).toEqual(['line-1945']);
		// A chapter that does not draw them: none, until the reader chooses a span.
		expect(shownBorders(borders, chapter('trade'), timeline)).toEqual([]);
		expect(shownBorders(borders, chapter('trade'), timeline, { span: { from: 1870, to: 1950 }, chosen: true }).map((b) => b.id)).toEqual([
			'border-1875',
			'border-1905',
			'line-1945'
		]);
	});

	it('are map features, a line a part and a label a line, the last marked latest', () => {
		const lines = bordersInSpan(borders, years, { from: 1855, to: 1905 });
		const fc = treatyBorderFeatures(lines);
		const parts = lines.reduce((n, b) => n + b.parts.length, 0);
		expect(fc.features.filter((f) => f.geometry.type === 'LineString')).toHaveLength(parts);
		expect(fc.features.filter((f) => f.geometry.type === 'Point').map((f) => f.properties?.label)).toEqual(['1855', '1875', '1905']);
		expect(new Set(fc.features.filter((f) => f.properties?.latest).map((f) => f.properties?.id))).toEqual(new Set(['border-1905']));
	});

	it('are switched on by the chapters that tell the history, and printed on their handout maps', () => {
		const on = chapters.filter((c) => layerVisibility(c)['treaty-borders']).map((c) => c.id);
		expect(on).toEqual(['border-treaties', 'war-and-after']);
		const chapter = chapters.find((c) => c.id === 'border-treaties')!;
		const data = { landRegion: read('land-region.geojson'), landWorld: read('land-world.geojson'), borders: read('borders.geojson'), places };
		const lines = bordersInSpan(borders, years, chapter.timeline!);
		const map = staticMap(chapter, data, { treatyBorders: lines }, 680, 400);
		expect(map.lines.filter((l) => l.kind === 'treaty-border')).toHaveLength(2);
		expect(map.lines.filter((l) => l.kind === 'treaty-border-latest')).toHaveLength(1);
		for (const year of ['1855', '1875', '1905']) expect(map.labels.map((l) => l.text)).toContain(year);
	});

	it('have places for the treaties’ straits, named by both sides', () => {
		for (const id of ['vries-strait', 'la-perouse-strait', 'first-kuril-strait']) {
			const place = getPlace(id)!;
			expect(place.names.ru, id).toBeTruthy();
			expect(place.names.ja, id).toBeTruthy();
		}
	});
});

describe('the balance of voices', () => {
	const chapter = (over: Partial<Chapter>): Chapter => ({ ...chapters.find((c) => c.id === 'four-islands')!, ...over });

	it('counts each chapter’s quotations by side and by document', () => {
		const c = chapter({
			blocks: ['Words of our own.', { doc: 'riac-2012', text: 'x' }, { doc: 'bely-2011', text: 'y' }, { doc: 'togo-mgimo', text: 'z' }]
		});
		expect(chapterVoices(c)).toMatchObject({ Russian: 2, Japanese: 1, documents: { 'riac-2012': 1, 'bely-2011': 1, 'togo-mgimo': 1 } });
		expect(getDocument('riac-2012')!.voice).toBe('Russian');
		expect(getDocument('togo-mgimo')!.voice).toBe('Japanese');
	});

	it('fails a chapter on a disputed question that quotes one side only, naming it', () => {
		const oneSided = chapter({ id: 'lopsided', contested: true, blocks: [{ doc: 'kishida-2016', text: 'x' }, { doc: 'imamura-2010', text: 'y' }] });
		expect(balanceProblems([oneSided], 'chapters.ts')).toEqual([
			'chapters.ts: chapter "lopsided" is about a disputed question but quotes only Japanese voices; quote both sides'
		]);
		// A chapter on an undisputed question may quote one side.
		expect(balanceProblems([{ ...oneSided, contested: false }], 'chapters.ts')).toEqual([]);
	});

	it('holds for the story: every disputed chapter quotes both sides, and the report lists every chapter', () => {
		expect(balanceProblems(chapters, 'chapters.ts')).toEqual([]);
		const contested = chapters.filter((c) => c.contested).map((c) => c.id);
		for (const id of ['four-islands', 'habomai', 'border-treaties', 'war-and-after', 'visits-and-proposals', 'security', 'ways-forward']) expect(contested).toContain(id);
		const report = balanceReport(chapters);
		for (const c of chapters) expect(report).toContain(c.id);
		const all = chapters.map(chapterVoices).reduce((t, v) => ({ r: t.r + v.Russian, j: t.j + v.Japanese }), { r: 0, j: 0 });
		expect(report).toContain(`all chapters: Russian ${all.r}, Japanese ${all.j}`);
	});
});
