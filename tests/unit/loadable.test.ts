import { describe, expect, it, vi } from 'vitest';
import { Loadable } from '../../src/lib/state/loadable.svelte';

describe('something loaded on first use', () => {
	it('loads once, however often it is asked for', async () => {
		const load = vi.fn(async () => 42);
		const l = new Loadable(load);
		l.ensure();
		l.ensure();
		expect(l.loading).toBe(true);
		await vi.waitFor(() => expect(l.value).toBe(42));
		l.ensure();
		expect(load).toHaveBeenCalledTimes(1);
		expect(l.loading).toBe(false);
	});

	it('keeps a failure as its message, and tries again only when asked', async () => {
		let fail = true;
		const load = vi.fn(async () => {
			if (fail) throw new Error('the server answered 503');
			return 'ok';
		});
		const l = new Loadable(load);
		l.ensure();
		await vi.waitFor(() => expect(l.error).toBe('the server answered 503'));
		l.ensure();
		expect(load).toHaveBeenCalledTimes(1);
		fail = false;
		l.retry();
		expect(l.error).toBeNull();
		await vi.waitFor(() => expect(l.value).toBe('ok'));
		expect(load).toHaveBeenCalledTimes(2);
	});
});
