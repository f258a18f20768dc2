/**
 * What the side panel shows, and how that is written in the address so a view can be shared:
 * `?place=kunashir`, `?q=sakhalin`, `?places` (the list). Whatever the address says is data:
 * an unknown place is reported as such, never interpreted.
 */
export type PanelView =
	| { kind: 'closed' }
	| { kind: 'places' }
	| { kind: 'place'; id: string }
	| { kind: 'search'; query: string };

export const MAX_QUERY = 200;

export function viewFromSearch(search: string): PanelView {
	const params = new URLSearchParams(search);
	const place = params.get('place');
	if (place !== null && place.trim()) return { kind: 'place', id: place.trim().slice(0, 100) };
	const q = params.get('q');
	if (q !== null) return { kind: 'search', query: q.slice(0, MAX_QUERY) };
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
			return `?q=${encodeURIComponent(view.query)}`;
	}
}
