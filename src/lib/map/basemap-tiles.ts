/**
 * The basemap's vector tiles, read from one PMTiles archive (static/geo/basemap.pmtiles) through
 * the `pmtiles` protocol: MapLibre asks for `pmtiles://<url>`, the protocol reads the archive's
 * header and directory once, then each tile by an HTTP range request (which the service worker
 * answers from its copy when offline).
 */
import { addProtocol } from 'maplibre-gl';
import { Protocol } from 'pmtiles';

export const BASEMAP_FILE = 'geo/basemap.pmtiles';

let registered = false;

/** Registers the `pmtiles` protocol with MapLibre, once per page. */
export function usePmtiles(): void {
	if (registered) return;
	addProtocol('pmtiles', new Protocol().tile);
	registered = true;
}

/** The source URL of the basemap, from an absolute URL of the archive. */
export const basemapUrl = (archive: string) => `pmtiles://${archive}`;
