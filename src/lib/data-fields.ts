/** The columns of the downloadable CSV files (src/lib/server/downloads.ts), shared with the page that describes them (/data). */
export const EVENT_COLUMNS = [
	'event_id', 'date', 'title', 'place_ids', 'place_names', 'lon', 'lat',
	'source_kind', 'doc', 'author', 'words', 'paragraph', 'url', 'source_title', 'source_article', 'source_publisher', 'note'
] as const;

export const FIGURE_COLUMNS = [
	'figure_id', 'chapter', 'figure_title', 'unit', 'category', 'label', 'series', 'value', 'converted_at_yen_per_dollar',
	'doc', 'author', 'figure_as_written', 'words', 'paragraph', 'url'
] as const;
