/**
 * The canals, straits and Arctic lanes ("straits" for short, to keep them apart from the
 * documents' passages) that the route tool can open or close.
 */
export const STRAITS = {
	suez: 'Suez Canal',
	panama: 'Panama Canal',
	cape: 'Cape of Good Hope',
	magellan: 'Cape Horn and the Strait of Magellan',
	nsr: 'Northern Sea Route',
	nwp: 'Northwest Passage',
	bering: 'Bering Strait',
	malacca: 'Strait of Malacca',
	sunda: 'Sunda Strait',
	gibraltar: 'Strait of Gibraltar',
	babalmandab: 'Bab-el-Mandeb',
	hormuz: 'Strait of Hormuz',
	bosporus: 'Bosporus and Dardanelles'
} as const;

export type StraitId = keyof typeof STRAITS;

/** Every strait's id, in the order the route tool lists them. */
export const STRAIT_IDS = Object.keys(STRAITS) as StraitId[];
