/** Which places the story's map marks in purple, besides the one open in the panel. */

export interface EmphasisSources {
	/** Places the passage under the pointer or the keyboard's focus names */
	hovered: readonly string[];
	/** The panel shows search results */
	searching: boolean;
	/** Places the search results name */
	searchPlaces: readonly string[];
	/** Places of the event open on the timeline */
	eventPlaces: readonly string[];
}

/** The hovered passage's places; else, while searching, the results'; else the open event's. Each once. */
export function emphasisIds({ hovered, searching, searchPlaces, eventPlaces }: EmphasisSources): string[] {
	const ids = hovered.length ? hovered : searching ? searchPlaces : eventPlaces;
	return [...new Set(ids)];
}
