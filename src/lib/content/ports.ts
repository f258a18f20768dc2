/**
 * Ports for the sea-route tool: a point in the port's waters, from which the route joins the
 * shipping-lane network at its nearest node (the tool says how far that is).
 */
import type { LonLat } from './place';

export interface Port {
	id: string;
	name: string;
	country: string;
	at: LonLat;
}

export const ports: readonly Port[] = [
	{ id: 'yokohama', name: 'Yokohama', country: 'Japan', at: [139.68, 35.45] },
	{ id: 'tokyo', name: 'Tokyo', country: 'Japan', at: [139.79, 35.6] },
	{ id: 'vladivostok', name: 'Vladivostok', country: 'Russia', at: [131.93, 43.06] },
	{ id: 'nakhodka', name: 'Nakhodka', country: 'Russia', at: [132.98, 42.66] },
	{ id: 'korsakov', name: 'Korsakov (Aniva Bay, Sakhalin)', country: 'Russia', at: [142.8, 46.6] },
	{ id: 'busan', name: 'Busan', country: 'South Korea', at: [129.05, 35.08] },
	{ id: 'shanghai', name: 'Shanghai', country: 'China', at: [121.8, 31.35] },
	{ id: 'singapore', name: 'Singapore', country: 'Singapore', at: [103.85, 1.26] },
	{ id: 'murmansk', name: 'Murmansk', country: 'Russia', at: [33.05, 68.97] },
	{ id: 'rotterdam', name: 'Rotterdam', country: 'Netherlands', at: [4.05, 51.96] },
	{ id: 'hamburg', name: 'Hamburg', country: 'Germany', at: [9.95, 53.54] },
	{ id: 'new-york', name: 'New York', country: 'United States', at: [-74.02, 40.68] },
	{ id: 'los-angeles', name: 'Los Angeles', country: 'United States', at: [-118.26, 33.73] }
];

export function getPort(id: string): Port | undefined {
	return ports.find((p) => p.id === id);
}
