/** Builds the corpus payload (src/lib/corpus/payload.ts) from the documents and the map data. */
import bbox from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import MiniSearch from 'minisearch';
import { passagesOf } from '../corpus/corpus';
import type { CorpusPayload, PayloadPassage } from '../corpus/payload';
import { SEARCH_OPTIONS, type SearchDoc } from '../corpus/search';
import { places } from '../content/places';
import { corpus } from './content';
import { perspectiveAssignment } from './perspectives';
import { questions } from '../content/perspectives';
import landRegionRaw from '../../../static/geo/land-region.geojson?raw';

type Bounds = [number, number, number, number];

/** Bounds of some geometries; a set that straddles the antimeridian gets an east edge beyond 180. */
export function boundsOf(geometries: Geometry[]): Bounds {
	const fc: FeatureCollection = {
		type: 'FeatureCollection',
		features: geometries.map((g): Feature => ({ type: 'Feature', geometry: g, properties: {} }))
	};
	const [w, s, e, n] = bbox(fc) as Bounds;
	if (w < -90 && e > 90) {
		// Across the 180° meridian: measure in 0–360° so the box is the short way round.
		const shifted = JSON.parse(JSON.stringify(fc), (key, value) =>
			key === 'coordinates' ? shift(value) : value
		) as FeatureCollection;
		const [w2, s2, e2, n2] = bbox(shifted) as Bounds;
		return [w2, s2, e2, n2];
	}
	return [w, s, e, n];
}

function shift(value: unknown): unknown {
	if (Array.isArray(value) && typeof value[0] === 'number') {
		const [lon, ...rest] = value as number[];
		return [lon! < 0 ? lon! + 360 : lon!, ...rest];
	}
	return Array.isArray(value) ? value.map(shift) : value;
}

export function placeBounds(landRaw: string = landRegionRaw): Record<string, Bounds> {
	const land = JSON.parse(landRaw) as FeatureCollection;
	const byId = new Map<string, Geometry>();
	for (const f of land.features) if (typeof f.properties?.id === 'string') byId.set(f.properties.id, f.geometry);
	const out: Record<string, Bounds> = {};
	for (const place of places) {
		const g = place.geometry;
		const geometries = g.type === 'Land' ? g.ids.flatMap((id) => byId.get(id) ?? []) : [g];
		if (geometries.length) out[place.id] = boundsOf(geometries).map((v) => Math.round(v * 1e4) / 1e4) as Bounds;
	}
	return out;
}

/** Every passage of the five documents, with the places it names as [start, end, place id]. */
export function payloadPassages(): PayloadPassage[] {
	const passages: PayloadPassage[] = [];
	for (const doc of corpus().values()) {
		for (const p of passagesOf(doc)) {
			passages.push({
				id: `${doc.id}#${p.anchor}`,
				doc: doc.id,
				anchor: p.anchor,
				label: p.label,
				kind: p.kind,
				text: p.text,
				mentions: p.mentions.map((m) => [m.start, m.end, m.place])
			});
		}
	}
	return passages;
}

export function corpusPayload(): CorpusPayload {
	const passages = payloadPassages();
	const search = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
	search.addAll(passages.filter((p) => p.text.trim()).map((p) => ({ id: p.id, text: p.text })));
	const assignment = perspectiveAssignment();
	const perspectives = questions.map((q) => ({ id: q.id, short: q.short, title: q.title, passages: assignment[q.id]! }));
	return { passages, index: search.toJSON(), bounds: placeBounds(), perspectives };
}
