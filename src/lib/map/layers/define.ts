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

type Spec =
	| Omit<BackgroundLayerSpecification, 'id'>
	| (Omit<FillLayerSpecification, 'id' | 'source'> & { source: SourceId })
	| (Omit<LineLayerSpecification, 'id' | 'source'> & { source: SourceId })
	| (Omit<CircleLayerSpecification, 'id' | 'source'> & { source: SourceId })
	| (Omit<SymbolLayerSpecification, 'id' | 'source'> & { source: SourceId });

export type StoryLayerSpec = Spec & { id: LayerId };

export interface StoryLayer {
	spec: StoryLayerSpec;
	/** The chapter-switchable group it belongs to (chapters.ts `layers`); shown by default otherwise */
	group?: LayerGroup;
	/** A click on one of its features opens that place */
	pickable?: boolean;
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
	border: '#9c8a7a',
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

/** A feature's `mark` property or feature state: 'selected' (the place open in the panel) in blue, else purple. */
export const markColor = (value: ExpressionSpecification): ExpressionSpecification => [
	'match',
	value,
	'selected',
	colors.selected,
	colors.emphasis
];
