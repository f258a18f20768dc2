import { describe, expect, it, vi } from 'vitest';
vi.mock('maplibre-gl', () => ({ addProtocol: () => undefined }));
import { ByteServingSource, RangeCache } from '../../src/lib/map/basemap-tiles';

function counting(fail = false) {
	const calls: string[] = [];
	return {
		calls,
		source: {
			getKey: () => 'archive',
			getBytes: async (offset: number, length: number) => {
				calls.push(`${offset}+${length}`);
				if (fail) throw new Error('down');
				return { data: new Uint8Array(length).fill(offset % 256).buffer };
			}
		}
	};
}

describe('the basemap’s range cache', () => {
	it('reads each range from its source once, and gives every caller its own copy of the bytes', async () => {
		const { calls, source } = counting();
		const cache = new RangeCache(source);
		const a = await cache.getBytes(10, 4);
		const b = await cache.getBytes(10, 4);
		await cache.getBytes(20, 4);
		expect(calls).toEqual(['10+4', '20+4']);
		expect(a.data).not.toBe(b.data);
		// one copy handed on (and emptied) leaves the next intact
		structuredClone(a.data, { transfer: [a.data] });
		expect((await cache.getBytes(10, 4)).data.byteLength).toBe(4);
	});

	it('lets one caller give up without cancelling the read for the others', async () => {
		const { calls, source } = counting();
		const cache = new RangeCache(source);
		const abort = new AbortController();
		const first = cache.getBytes(0, 8, abort.signal);
		abort.abort(new Error('not needed'));
		await expect(first).rejects.toThrow('not needed');
		expect((await cache.getBytes(0, 8)).data.byteLength).toBe(8);
		expect(calls).toEqual(['0+8']);
	});

	it('does not keep a failed read: the next asks the source again', async () => {
		const { calls, source } = counting(true);
		const cache = new RangeCache(source);
		await expect(cache.getBytes(0, 8)).rejects.toThrow('down');
		await expect(cache.getBytes(0, 8)).rejects.toThrow('down');
		expect(calls).toEqual(['0+8', '0+8']);
	});
});

/** A file of 1,000 bytes (byte i is i % 251) on a host that serves ranges, or one that answers every request whole. */
function host(byteServing: boolean, status = 200) {
	const file = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
	const requests: string[] = [];
	const fetcher = (async (_url: string, init?: RequestInit) => {
		const range = new Headers(init?.headers).get('range') ?? '';
		requests.push(range);
		if (status !== 200) return new Response('unavailable', { status });
		const [, from, to] = /bytes=(\d+)-(\d+)/.exec(range) ?? [];
		if (!byteServing || !from) return new Response(file.slice(), { status: 200 });
		return new Response(file.slice(Number(from), Number(to) + 1), { status: 206, headers: { 'content-range': `bytes ${from}-${to}/1000` } });
	}) as typeof fetch;
	return { file, requests, fetcher };
}

describe('reading the basemap archive from any static host', () => {
	it('asks for each range, and takes the 206 answer as that range', async () => {
		const { file, requests, fetcher } = host(true);
		const source = new ByteServingSource('/geo/basemap.pmtiles', fetcher);
		expect(new Uint8Array((await source.getBytes(100, 10)).data)).toEqual(file.slice(100, 110));
		expect(new Uint8Array((await source.getBytes(990, 10)).data)).toEqual(file.slice(990, 1000));
		expect(requests).toEqual(['bytes=100-109', 'bytes=990-999']);
	});

	it('keeps the whole file when the host ignores ranges (200), and cuts every later range from it without asking again', async () => {
		const { file, requests, fetcher } = host(false);
		const source = new ByteServingSource('/geo/basemap.pmtiles', fetcher);
		const first = await source.getBytes(0, 16);
		expect(first.data.byteLength).toBe(16);
		expect(new Uint8Array(first.data)).toEqual(file.slice(0, 16));
		expect(new Uint8Array((await source.getBytes(500, 20)).data)).toEqual(file.slice(500, 520));
		expect(requests).toEqual(['bytes=0-15']);
	});

	it('answers reads made while the whole file is on its way from the one copy', async () => {
		const { file, fetcher } = host(false);
		const source = new ByteServingSource('/geo/basemap.pmtiles', fetcher);
		const [a, b] = await Promise.all([source.getBytes(0, 8), source.getBytes(700, 8)]);
		expect(new Uint8Array(a.data)).toEqual(file.slice(0, 8));
		expect(new Uint8Array(b.data)).toEqual(file.slice(700, 708));
	});

	it('fails a read the server refuses, naming the status', async () => {
		const { fetcher } = host(true, 503);
		await expect(new ByteServingSource('/geo/basemap.pmtiles', fetcher).getBytes(0, 8)).rejects.toThrow('503');
	});
});
