/**
 * What the side panel shows, and how that is written in the address so a view can be shared:
 * `?place=kunashir`, `?q=sakhalin` (narrowed by `&side=japanese` and `&question=energy`),
 * `?places` (the list), `?measure=lon,lat;lon,lat` (the ruler; `&ring` closes the path),
 * `?route=yokohama,rotterdam&closed=suez` (the sea-route tool).
 * Whatever the address says is data: an unknown place or a bad point is reported, never
 * interpreted.
 */
import type { LonLat } from '../geo/format';
import { normalizeLongitude } from '../geo/longitude';
import { STRAITS, type StraitId } from '../geo/straits';
import type { Side } from '../content/voices';

export type PanelView =
	| { kind: 'closed' }
	| { kind: 'places' }
	| { kind: 'place'; id: string }
	| { kind: 'search'; query: string; side?: Side; question?: string }
	| { kind: 'measure'; points: LonLat[]; ring: boolean; invalid?: string[] }
	| { kind: 'route'; from: string; to: string; closed: StraitId[] };

export const MAX_QUERY = 200;
export const MAX_POINTS = 100;
/** Passages a new route leaves closed: the Arctic lanes are open only part of the year. */
export const DEFAULT_CLOSED: StraitId[] = ['nsr', 'nwp'];

/** Read "lon,lat;lon,lat" into points, and the parts that are not points. */
export function parsePoints(value: string): { points: LonLat[]; invalid: string[] } {
	const points: LonLat[] = [];
	const invalid: string[] = [];
	for (const part of value.split(';').map((p) => p.trim()).filter(Boolean).slice(0, MAX_POINTS)) {
		const m = /^(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)$/.exec(part);
		const lon = m ? Number(m[1]) : NaN;
		const lat = m ? Number(m[2]) : NaN;
		if (m && lon >= -540 && lon <= 540 && lat >= -90 && lat <= 90) points.push([normalizeLongitude(lon), lat]);
		else invalid.push(part.slice(0, 40));
	}
	return { points, invalid };
}

const round = (v: number) => String(Math.round(v * 1e5) / 1e5);

export function formatPoints(points: readonly LonLat[]): string {
	return points.map(([lon, lat]) => `${round(lon)},${round(lat)}`).join(';');
}

export function viewFromSearch(search: string): PanelView {
	const params = new URLSearchParams(search);
	const place = params.get('place');
	if (place !== null && place.trim()) return { kind: 'place', id: place.trim().slice(0, 100) };
	const q = params.get('q');
	if (q !== null) {
		const side = params.get('side');
		const question = params.get('question')?.trim().slice(0, 60);
		return {
			kind: 'search',
			query: q.slice(0, MAX_QUERY),
			...((side === 'russian' || side === 'japanese') && { side }),
			...(question && { question })
		};
	}
	const measure = params.get('measure');
	if (measure !== null) {
		const { points, invalid } = parsePoints(measure);
		return { kind: 'measure', points, ring: params.has('ring') && points.length >= 3, ...(invalid.length && { invalid }) };
	}
	const route = params.get('route');
	if (route !== null) {
		const [from = '', to = ''] = route.split(',').map((s) => s.trim().slice(0, 40));
		const closedParam = params.get('closed');
		const closed =
			closedParam === null
				? DEFAULT_CLOSED
				: closedParam.split(',').filter((p): p is StraitId => Object.hasOwn(STRAITS, p));
		return { kind: 'route', from, to, closed };
	}
	if (params.has('places')) return { kind: 'places' };
	return { kind: 'closed' };
}

/** The query string for a view ("" when closed), other parameters dropped. */
export function searchForView(view: PanelView): string {
	switch (view.kind) {
		case 'closed':
			return '';
		case 'places':
			return '?places';
		case 'place':
			return `?place=${encodeURIComponent(view.id)}`;
		case 'search':
			return `?q=${encodeURIComponent(view.query)}${view.side ? `&side=${view.side}` : ''}${view.question ? `&question=${encodeURIComponent(view.question)}` : ''}`;
		case 'measure':
			return `?measure=${formatPoints(view.points)}${view.ring ? '&ring' : ''}`;
		case 'route':
			return `?route=${encodeURIComponent(view.from)},${encodeURIComponent(view.to)}&closed=${view.closed.join(',')}`;
	}
}

/** The panel's four uses, as the map's toolbar names them. */
export type PanelTab = 'places' | 'search' | 'measure' | 'route';

/** The view each of the panel's uses opens with. */
export function viewForTab(tab: PanelTab): PanelView {
	switch (tab) {
		case 'places':
			return { kind: 'places' };
		case 'search':
			return { kind: 'search', query: '' };
		case 'measure':
			return { kind: 'measure', points: [], ring: false };
		case 'route':
			return { kind: 'route', from: 'yokohama', to: 'rotterdam', closed: DEFAULT_CLOSED };
	}
}

/** The tab a kind of view belongs to: a place is one of the places. */
export function tabOfKind(kind: Exclude<PanelView['kind'], 'closed'>): PanelTab {
	return kind === 'place' ? 'places' : kind;
}

/** The tab a view belongs to, or null when the panel is closed. */
export function tabOf(view: PanelView): PanelTab | null {
	return view.kind === 'closed' ? null : tabOfKind(view.kind);
}
