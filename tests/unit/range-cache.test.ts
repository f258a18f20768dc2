import { describe, expect, it, vi } from 'vitest';
vi.mock('maplibre-gl', () => ({ addProtocol: () => undefined }));
import { RangeCache } from '../../src/lib/map/basemap-tiles';

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
