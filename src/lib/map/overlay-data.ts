/** A chapter's measured routes and distances as GeoJSON for the map. Pure. */
import type { FeatureCollection } from 'geojson';
import type { BorderLine } from '../content/borders';
import type { ComparisonFigures, MeasuredDistance } from '../geo/comparison';
import { formatKm } from '../geo/format';

/** The measured routes as lines, Suez first so the Arctic route draws on top. */
export function routeFeatures(figures: ComparisonFigures | undefined): FeatureCollection {
	if (!figures) return { type: 'FeatureCollection', features: [] };
	return {
		type: 'FeatureCollection',
		features: (['viaSuez', 'viaNsr'] as const).map((key) => ({
			type: 'Feature',
			properties: { route: key === 'viaSuez' ? 'suez' : 'nsr' },
			geometry: { type: 'LineString', coordinates: figures[key].coordinates }
		}))
	};
}

/** Distances as lines, each with its length as a label at its middle. */
export function distanceFeatures(list: readonly MeasuredDistance[] | undefined): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: (list ?? []).flatMap((d) => [
			{ type: 'Feature' as const, properties: { kind: 'line' }, geometry: { type: 'LineString' as const, coordinates: d.line } },
			{
				type: 'Feature' as const,
				properties: { kind: 'label', text: formatKm(d.metres) },
				geometry: { type: 'Point' as const, coordinates: d.line[Math.floor(d.line.length / 2)]! }
			}
		])
	};
}

/**
 * The settlements' borders as lines, a feature a part, and their labels as points; the last line
 * given (the latest settlement) is marked `latest`.
 */
export function treatyBorderFeatures(lines: readonly BorderLine[]): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: lines.flatMap((line, i) => {
			const properties = { id: line.id, label: line.label, latest: i === lines.length - 1 };
			return [
				...line.parts.map((part) => ({ type: 'Feature' as const, properties, geometry: { type: 'LineString' as const, coordinates: part } })),
				{ type: 'Feature' as const, properties, geometry: { type: 'Point' as const, coordinates: line.labelAt } }
			];
		})
	};
}
