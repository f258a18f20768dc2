/** The figures of a route comparison, measured at build time (src/lib/server/routes.ts). */
import type { RouteComparison } from '../content/chapters';
import type { LonLat } from './format';
import type { StraitId } from './straits';

export interface MeasuredRoute {
	metres: number;
	/** The canals and straits it uses, in order */
	straits: StraitId[];
	/** Rounded to 0.001° (about 100 m) for drawing; longitudes unwrapped */
	coordinates: LonLat[];
}

export interface ComparisonFigures {
	from: string;
	to: string;
	viaSuez: MeasuredRoute;
	viaNsr: MeasuredRoute;
	/** The geodesic ("as the crow flies") distance between the two ports, in metres */
	direct: number;
	claim: RouteComparison['claim'];
	/** The document the claim is from, as a short citation ("RIAC report, 2012") */
	claimSource: string;
}

/** A distance a chapter shows: between the nearest points of two places, measured at build time. */
export interface MeasuredDistance {
	from: string;
	to: string;
	label: string;
	metres: number;
	/** The geodesic between the two nearest points, for drawing */
	line: LonLat[];
}
