/** Every chapter's map as SVG paths for the handout, drawn from static/geo when the site is built. */
import type { FeatureCollection } from 'geojson';
import { borders } from '../content/borders';
import { chapters } from './chapters';
import { shownBorders } from '../state/timeline';
import { places } from '../content/places';
import { staticMap, type StaticMap } from '../geo/static-map';
import { storyData } from './story-data';
// The simplified land: the printed maps are small, and the fine land would make them heavy.
import landRegionRaw from '../../../static/geo/land-region-simple.geojson?raw';
import landWorldRaw from '../../../static/geo/land-world.geojson?raw';
import bordersRaw from '../../../static/geo/borders.geojson?raw';

/** The handout's map size in CSS pixels (about 17 × 10 cm on an A4 page). */
export const HANDOUT_MAP_SIZE = { width: 680, height: 400 };

let drawn: Record<string, StaticMap> | undefined;

/** Chapter id → its map, drawn once per process. */
export function chapterMaps(): Record<string, StaticMap> {
	drawn ??= drawMaps();
	return drawn;
}

function drawMaps(): Record<string, StaticMap> {
	const data = {
		landRegion: JSON.parse(landRegionRaw) as FeatureCollection,
		landWorld: JSON.parse(landWorldRaw) as FeatureCollection,
		borders: JSON.parse(bordersRaw) as FeatureCollection,
		places
	};
	const { comparisons, distances, timeline } = storyData();
	const maps: Record<string, StaticMap> = {};
	for (const chapter of chapters) {
		const figures = comparisons[chapter.id];
		maps[chapter.id] = staticMap(
			chapter,
			data,
			{
				routes: figures && [
					{ kind: 'route-suez', coordinates: figures.viaSuez.coordinates },
					{ kind: 'route-nsr', coordinates: figures.viaNsr.coordinates }
				],
				distances: distances[chapter.id]?.map((d) => d.line),
				treatyBorders: shownBorders(borders, chapter, timeline)
			},
			HANDOUT_MAP_SIZE.width,
			HANDOUT_MAP_SIZE.height
		);
	}
	return maps;
}
