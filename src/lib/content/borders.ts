/**
 * Where the border ran, as data: for each settlement on the timeline that moved it (events.ts), the
 * lines it drew, with the treaty and article they follow (the event's sources). The map draws the
 * lines of the settlements in the timeline's span. Coordinates are WGS84 [longitude, latitude],
 * placed at sea in the straits (the 50th parallel crosses Sakhalin by definition).
 */
import type { LonLat } from './place';

export interface BorderLine {
	/** kebab-case, unique */
	id: string;
	/** The event that drew it (events.ts) */
	event: string;
	/** What the map writes beside it: the year, and whose line it is */
	label: string;
	/** Where the label goes: at sea beside the line's end, clear of the places' names */
	labelAt: LonLat;
	/** The line, in one or more parts */
	parts: LonLat[][];
	/** What it is, in the story's own words */
	description: string;
}

export const BORDERS_FILE = 'src/lib/content/borders.ts';

const LA_PEROUSE: LonLat[] = [
	[141.3, 45.62],
	[142.7, 45.82]
];
const FIRST_KURIL: LonLat[] = [
	[156.42, 51.02],
	[156.75, 50.72]
];

export const borders: readonly BorderLine[] = [
	{
		id: 'border-1855',
		event: 'treaty-1855',
		label: '1855',
		labelAt: [149.95, 45.15],
		parts: [
			[
				[148.95, 45.85],
				[149.35, 45.25]
			]
		],
		description: 'Between Iturup / Etorofu and Urup, as the Treaty of Shimoda drew it; Sakhalin was left undivided.'
	},
	{
		id: 'border-1875',
		event: 'treaty-1875',
		label: '1875',
		labelAt: [157.35, 50.7],
		parts: [LA_PEROUSE, FIRST_KURIL],
		description:
			'Through La Pérouse Strait and the strait between Kamchatka and Shumshu, as the Treaty of St Petersburg drew it: Sakhalin to Russia; to Japan the Kuril Islands Russia then held, the eighteen from Urup to Shumshu.'
	},
	{
		id: 'border-1905',
		event: 'treaty-1905',
		label: '1905',
		labelAt: [144.75, 50.0],
		parts: [
			[
				[142.05, 50.0],
				[144.1, 50.0]
			],
			FIRST_KURIL
		],
		description: 'Along the 50th parallel across Sakhalin, as the Treaty of Portsmouth drew it; the Kuril Islands stayed Japanese.'
	},
	{
		id: 'line-1945',
		event: 'islands-taken-1945',
		label: '1945',
		labelAt: [144.9, 44.75],
		parts: [
			LA_PEROUSE,
			[
				[145.55, 44.6],
				[145.48, 44.1],
				[145.28, 43.85],
				[145.38, 43.62],
				[145.5, 43.48],
				[145.72, 43.43],
				[145.86, 43.41],
				[145.97, 43.3]
			]
		],
		description:
			'The line between the areas administered by the Soviet Union (from 1991 Russia) and by Japan since August and September 1945: La Pérouse Strait, and the straits between Hokkaido and Kunashir / Kunashiri and the Habomai islets. The two countries have signed no peace treaty, and no treaty between them draws this line.'
	}
];
