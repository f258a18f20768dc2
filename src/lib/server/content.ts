/**
 * Server-side (build-time) access to what must never ship to the browser whole: the region's land
 * file, and the documents' full texts and passages (documents.ts, re-exported here); and the check
 * of the whole story's content, which the server's init hook runs before any page is written.
 */
import type { FeatureCollection } from 'geojson';
import { chapterLocation, chapters } from './chapters';
import { places } from '../content/places';
import { assertContentValid, ContentError } from './validate';
import { perspectivesCountReport, perspectivesProblems } from './perspectives';
import { events } from '../content/events';
import { figures } from '../content/figures';
import { balanceReport } from '../content/balance';
import { corpus } from './documents';
import landRegionRaw from '../../../static/geo/land-region.geojson?raw';
import landSimpleRaw from '../../../static/geo/land-region-simple.geojson?raw';
import landWorldRaw from '../../../static/geo/land-world.geojson?raw';
import { landOf } from '../geo/land';
import { passageIdProblems, type PassageRecord } from './passage-ids';
import passageRecord from '../../content/passages.json';

export { corpus, documentTexts, mentionFinder } from './documents';

/** Ids of the named polygons in static/geo/land-region.geojson. */
export function regionLandIds(raw: string = landRegionRaw): Set<string> {
	const land = JSON.parse(raw) as FeatureCollection;
	return new Set(
		land.features.map((f) => f.properties?.id).filter((id): id is string => typeof id === 'string')
	);
}

/**
 * The map's land, the world's and the region's together, for checking that sea lanes stay at sea:
 * the simplified region land (the lanes are drawn at the scale of a region, and a full-resolution
 * shore would count every rock a lane passes at a few hundred metres).
 */
export function mapLand() {
	return landOf(JSON.parse(landWorldRaw) as FeatureCollection, JSON.parse(landSimpleRaw) as FeatureCollection);
}

/** Checked once per process (and per edit, in development): the content is fixed while the site is built */
let checked = false;

/** Check the whole story's content; throws a ContentError naming files and words. The first check
 * in a process prints whose voices each chapter quotes (content/balance.ts) and each perspective
 * question's passages by document (content/perspectives.ts). */
export function checkStoryContent(): void {
	if (checked) return;
	assertContentValid({ chapters, locate: chapterLocation, places, landIds: regionLandIds(), corpus: corpus(), events, figures, land: mapLand() });
	const perspectives = perspectivesProblems();
	if (perspectives.length) throw new ContentError(perspectives);
	// Lessons and links name passages by id: no id may come to point at other words
	const ids = passageIdProblems(corpus(), passageRecord as PassageRecord);
	if (ids.length) throw new ContentError(ids);
	if (process.env.PASSAGES_QUIET !== '1') console.log(`${balanceReport(chapters)}\n${perspectivesCountReport()}`);
	checked = true;
}
