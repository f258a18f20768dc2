/**
 * Figures for people: kilometres, nautical miles, square kilometres. Kept apart from the geodesic
 * library so that pages which only show figures do not load it.
 */

import type { LonLat } from '../content/place';
/** [longitude, latitude] in degrees, as in GeoJSON (defined with the places). */
export type { LonLat };

/** 1 international nautical mile, in metres (exact by definition). */
export const NAUTICAL_MILE = 1852;

/** "1,234.5 km" style figures. */
export function formatKm(metres: number): string {
	const km = metres / 1000;
	const digits = km < 10 ? 2 : km < 1000 ? 1 : 0;
	return `${km.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })} km`;
}

export function formatNm(metres: number): string {
	const nm = metres / NAUTICAL_MILE;
	const digits = nm < 10 ? 2 : nm < 1000 ? 1 : 0;
	return `${nm.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })} NM`;
}

export function formatArea(squareMetres: number): string {
	const km2 = squareMetres / 1e6;
	const digits = km2 < 10 ? 2 : km2 < 1000 ? 1 : 0;
	return `${km2.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })} km²`;
}
