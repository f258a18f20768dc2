/**
 * How the story's map layers are written: each a MapLibre layer specification, typed by MapLibre's
 * own types, with its id and source from ids.ts, and what the page switches or picks it by.
 */
import type {
	BackgroundLayerSpecification,
	CircleLayerSpecification,
	ExpressionSpecification,
	FillLayerSpecification,
	LineLayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { LayerGroup } from '../../content/chapters';
import type { LayerId, SourceId } from './ids';

/** Its source by id, and its filter an expression (not MapLibre's legacy filter syntax). */
type From = { source: SourceId; filter?: ExpressionSpecification };
type Spec =
	| Omit<BackgroundLayerSpecification, 'id'>
	| (Omit<FillLayerSpecification, 'id' | 'source' | 'filter'> & From)
	| (Omit<LineLayerSpecification, 'id' | 'source' | 'filter'> & From)
	| (Omit<CircleLayerSpecification, 'id' | 'source' | 'filter'> & From)
	| (Omit<SymbolLayerSpecification, 'id' | 'source' | 'filter'> & From);

export type StoryLayerSpec = Spec & { id: LayerId };

export interface StoryLayer {
	spec: StoryLayerSpec;
	/** The chapter-switchable group it belongs to (chapters.ts `layers`); shown by default otherwise */
	group?: LayerGroup;
	/** A click on one of its features opens that place */
	pickable?: boolean;
	/**
	 * It draws only the features of one set of marks (highlight.ts): those the chapter highlights,
	 * those a passage, the search or the open event names, or the place open in the panel.
	 */
	marks?: MarkSet;
}

export type MarkSet = 'highlight' | 'named' | 'selected';

/** The ids of each set of marks, as one source's features know them. */
export type Marks = Record<MarkSet, readonly string[]>;

/** A marks layer's filter: its own filter (a kind of place, say), and the ids of its set of marks. */
export function marksFilter(spec: StoryLayerSpec, ids: readonly string[]): ExpressionSpecification {
	const only: ExpressionSpecification = ['in', ['get', 'id'], ['literal', [...ids]]];
	return 'filter' in spec && spec.filter ? ['all', spec.filter, only] : only;
}

/** A layer for a group's list. */
export function layer(spec: StoryLayerSpec, options: Omit<StoryLayer, 'spec'> = {}): StoryLayer {
	return { spec, ...options };
}

export const FONT = 'Noto Sans Regular';

export const colors = {
	sea: '#c9dfe8',
	land: '#f4f1ea',
	coast: '#8ea3a8',
	river: '#9dc0d0',
	/** Context names (layers/basemap.ts): quiet beside the story's own */
	waterLabel: '#4f7a90',
	regionLabel: '#7d8589',
	cityLabel: '#59646a',
	border: '#9c8a7a',
	/** The borders the treaties drew, and the line of 1945 */
	treatyBorder: '#8a2f4a',
	highlight: '#f0b64a',
	highlightLine: '#b4690e',
	/** The place open in the panel */
	selected: '#1a5fb4',
	/** Places named by the passage under the pointer, or by search results */
	emphasis: '#7a3e9d',
	disputedLine: '#7a4a9a',
	route: '#1f5f8b',
	suezRoute: '#a23b2a',
	label: '#1f2a30',
	labelHalo: '#ffffffd9',
	point: '#3a4a52',
	/** The timeline's: event markers, and the years of the events shown at a place */
	event: '#2d2a6e'
} as const;


