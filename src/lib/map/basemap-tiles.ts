/**
 * The basemap's vector tiles, read from one PMTiles archive (static/geo/basemap.pmtiles) through
 * the `pmtiles` protocol: MapLibre asks for `pmtiles://<url>`, the protocol reads the archive's
 * header and directory once, then each tile by an HTTP range request (which the service worker
 * answers from its copy when offline).
 *
 * A static host that does not serve byte ranges answers a range request with the whole file (200):
 * `pmtiles`' own FetchSource refuses that, and the map had no land. ByteServingSource keeps that
 * answer instead and cuts every later range from it, so the map draws from any static host.
 *
 * Each range is read from the network once per page: the story's map asks again for tiles it has
 * shown before (the bench counted 228 requests for 84 ranges over the fourteen chapters), and a
 * browser does not keep range responses for reuse, so the archive's source keeps what it has read.
 * The archive is 2.9 MB, all of it, so the copy never grows past that.
 */
import { addProtocol } from 'maplibre-gl';
import { PMTiles, Protocol, type RangeResponse, type Source } from 'pmtiles';

export const BASEMAP_FILE = 'geo/basemap.pmtiles';

/** A source that reads each range once and answers it again from memory. */
export class RangeCache implements Source {
	readonly #inner: Source;
	readonly #ranges = new Map<string, Promise<RangeResponse>>();
	constructor(inner: Source) {
		this.#inner = inner;
	}
	getKey(): string {
		return this.#inner.getKey();
	}
	getBytes(offset: number, length: number, signal?: AbortSignal, etag?: string): Promise<RangeResponse> {
		const key = `${offset}+${length}`;
		let got = this.#ranges.get(key);
		if (!got) {
			// Not tied to one request's signal: a map that no longer needs a tile must not cancel
			// the read for the next one that does.
			got = this.#inner.getBytes(offset, length, undefined, etag);
			got.catch(() => this.#ranges.delete(key));
			this.#ranges.set(key, got);
		}
		// A copy each time: whoever reads the bytes may hand them on to a worker, which empties them.
		const copy = got.then((r) => ({ ...r, data: r.data.slice(0) }));
		if (!signal) return copy;
		return new Promise((resolve, reject) => {
			if (signal.aborted) return reject(signal.reason);
			signal.addEventListener('abort', () => reject(signal.reason), { once: true });
			copy.then(resolve, reject);
		});
	}
}

/**
 * Reads ranges of a file over HTTP. A 206 answer is the range asked for; a 200 answer is the whole
 * file (a host without byte serving), which is kept and cut for this and every later read.
 */
export class ByteServingSource implements Source {
	readonly #url: string;
	readonly #fetch: typeof fetch;
	#whole: Promise<ArrayBuffer> | null = null;
	constructor(url: string, fetcher: typeof fetch = (...args) => fetch(...args)) {
		this.#url = url;
		this.#fetch = fetcher;
	}
	getKey(): string {
		return this.#url;
	}
	async getBytes(offset: number, length: number, signal?: AbortSignal): Promise<RangeResponse> {
		if (this.#whole) return { data: (await this.#whole).slice(offset, offset + length) };
		const response = await this.#fetch(this.#url, { signal, headers: { range: `bytes=${offset}-${offset + length - 1}` } });
		if (response.status === 206) {
			const etag = response.headers.get('etag');
			return { data: await response.arrayBuffer(), etag: etag && !etag.startsWith('W/') ? etag : undefined };
		}
		if (response.status !== 200) throw new Error(`${this.#url}: the server answered ${response.status}`);
		// The whole file: keep it (a failed read is not kept, so the next asks again).
		if (!this.#whole) {
			const whole = response.arrayBuffer();
			this.#whole = whole;
			whole.catch(() => {
				if (this.#whole === whole) this.#whole = null;
			});
		} else response.body?.cancel().catch(() => undefined);
		return { data: (await this.#whole).slice(offset, offset + length) };
	}
}

let protocol: Protocol | null = null;

/**
 * The source URL of the basemap, from an absolute URL of the archive. The first call registers the
 * `pmtiles` protocol with MapLibre (once per page); the archive's reads go through a RangeCache
 * over a ByteServingSource.
 */
export function basemapUrl(archive: string): string {
	if (!protocol) {
		protocol = new Protocol();
		addProtocol('pmtiles', protocol.tile);
	}
	if (!protocol.get(archive)) protocol.add(new PMTiles(new RangeCache(new ByteServingSource(archive))));
	return `pmtiles://${archive}`;
}
