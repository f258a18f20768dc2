/**
 * Server-side (build-time) access to what must never ship to the browser whole: the documents'
 * full texts and the region's land file. Used by the prerendering load functions and the tests.
 */
import type { FeatureCollection } from 'geojson';
import { chapters } from '../content/chapters';
import { places } from '../content/places';
import { assertContentValid } from '../content/validate';
import landRegionRaw from '../../../static/geo/land-region.geojson?raw';

const texts = import.meta.glob('../content/documents/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Document id → full text, exactly as published. */
export const documentTexts: ReadonlyMap<string, string> = new Map(
	Object.entries(texts).map(([path, text]) => [path.replace(/^.*\/(.+)\.txt$/, '$1'), text])
);

/** Ids of the named polygons in static/geo/land-region.geojson. */
export function regionLandIds(raw: string = landRegionRaw): Set<string> {
	const land = JSON.parse(raw) as FeatureCollection;
	return new Set(
		land.features.map((f) => f.properties?.id).filter((id): id is string => typeof id === 'string')
	);
}

/** Check the whole story's content; throws a ContentError naming files and words. */
export function checkStoryContent(): void {
	assertContentValid({ chapters, places, landIds: regionLandIds(), documentTexts });
}
