/** The passages (canals, straits, Arctic lanes) the route tool can open or close. */
/** Passages a route can be allowed or forbidden to use. */
export const PASSAGES = {
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

export type PassageId = keyof typeof PASSAGES;
