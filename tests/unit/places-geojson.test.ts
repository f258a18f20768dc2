import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/lib/server/chapters';
import { places } from '../../src/lib/content/places';
import { placesGeoJson } from '../../src/lib/server/places-geojson';

const land = JSON.parse(readFileSync(join(__dirname, '..', '..', 'static', 'geo', 'land-region-simple.geojson'), 'utf8')) as FeatureCollection;
const fc = placesGeoJson(places, land);

describe('every place as GeoJSON (/geo/places.geojson)', () => {
	it('is valid GeoJSON by RFC 7946', () => {
		expect(() => check(JSON.stringify(fc))).not.toThrow();
	});

	it('has every place once, named in English with its Russian and Japanese names where it has them, its kind and description', () => {
		expect(fc.features.map((f) => f.properties.id).sort()).toEqual(places.map((p) => p.id).sort());
		for (const f of fc.features) {
			expect(f.properties.en.length, f.properties.id).toBeGreaterThan(1);
			expect(f.properties.description.length, f.properties.id).toBeGreaterThan(20);
		}
		// the Japanese and Russian names of the disputed islands, both
		const iturup = fc.features.find((f) => f.id === 'iturup')!.properties;
		expect([iturup.name, iturup.ru, iturup.ja]).toEqual(['Iturup / Etorofu', 'Итуруп', '択捉島']);
		expect(iturup.disputed).toBe(true);
		expect(iturup.part_of).toEqual(['southern-kurils', 'kuril-islands']);
	});

	it('draws each place as the story does: islands and groups as polygons, the sea route as lines, the bridge as a line', () => {
		const kind = (id: string) => fc.features.find((f) => f.id === id)!.geometry.type;
		expect(kind('kunashir')).toBe('Polygon');
		expect(kind('habomai')).toBe('MultiPolygon');
		expect(kind('northern-sea-route')).toBe('MultiLineString');
		expect(kind('russky-bridge')).toBe('LineString');
		expect(kind('vladivostok')).toBe('Point');
	});

	it('has every place each chapter names', () => {
		const ids = new Set(fc.features.map((f) => f.properties.id));
		for (const c of chapters) for (const id of c.places) expect(ids.has(id), `${c.id} → ${id}`).toBe(true);
	});

	it('says which island a land file lacks, naming both', () => {
		const noKunashir = { ...land, features: land.features.filter((f) => f.properties?.id !== 'kunashir') };
		expect(() => placesGeoJson(places, noKunashir)).toThrow(/kunashir.*kunashir|which the land file lacks/);
	});
});
