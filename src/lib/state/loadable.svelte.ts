/**
 * Something the page loads on first use (the corpus, the shipping lanes, a panel's code): loaded
 * once, its failure kept as a message that the page shows, and tried again only when asked.
 */
export class Loadable<T> {
	value = $state.raw<T | null>(null);
	error = $state<string | null>(null);
	loading = $state(false);
	readonly #load: () => Promise<T>;

	constructor(load: () => Promise<T>) {
		this.#load = load;
	}

	/** Start loading, unless it is loaded, loading or has failed (then `retry`). */
	ensure(): void {
		if (this.value === null && !this.loading && this.error === null) void this.#start();
	}

	/** Try again after a failure. */
	retry(): void {
		if (this.loading) return;
		this.error = null;
		void this.#start();
	}

	async #start(): Promise<void> {
		this.loading = true;
		try {
			this.value = await this.#load();
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			this.loading = false;
		}
	}
}
