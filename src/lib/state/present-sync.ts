/**
 * Keeps the presenter and the speaker window on the same slide, and their clocks on the same
 * start time, over a BroadcastChannel (same origin, same browser; no server). Either window can
 * drive: each announces its own moves and applies the other's without announcing them again. A
 * window that opens later says hello, and an open window answers with where it is.
 */

export const CHANNEL_NAME = 'passages-presenter';

export type SyncMessage =
	| { type: 'show'; index: number; startedAt: number; from: string }
	| { type: 'hello'; from: string };

/** A message from the channel, checked: anything malformed is dropped, never acted on. */
export function readMessage(data: unknown): SyncMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (typeof m.from !== 'string') return null;
	if (m.type === 'hello') return { type: 'hello', from: m.from };
	if (m.type === 'show' && Number.isInteger(m.index) && (m.index as number) >= 0 && Number.isFinite(m.startedAt))
		return { type: 'show', index: m.index as number, startedAt: m.startedAt as number, from: m.from };
	return null;
}

export interface SyncHandlers {
	/** Another window moved (or answered our hello): show this slide, and keep this start time */
	show(index: number, startedAt: number): void;
	/** Where this window is now, to answer a window that has just opened */
	current(): { index: number; startedAt: number };
}

export class PresentSync {
	readonly id = Math.random().toString(36).slice(2);
	private channel: BroadcastChannel | null = null;

	constructor(private handlers: SyncHandlers) {
		if (typeof BroadcastChannel !== 'function') return;
		this.channel = new BroadcastChannel(CHANNEL_NAME);
		this.channel.onmessage = (event) => {
			const message = readMessage(event.data);
			if (!message || message.from === this.id) return;
			if (message.type === 'hello') this.announce(handlers.current());
			else handlers.show(message.index, message.startedAt);
		};
		this.channel.postMessage({ type: 'hello', from: this.id } satisfies SyncMessage);
	}

	/** Tell the other windows where this one is. */
	announce({ index, startedAt }: { index: number; startedAt: number }): void {
		this.channel?.postMessage({ type: 'show', index, startedAt, from: this.id } satisfies SyncMessage);
	}

	close(): void {
		this.channel?.close();
		this.channel = null;
	}
}

const START_KEY = 'passages-presenter-started';

/** When this presentation began: kept for the tab's session, so a reload does not reset the clock. */
export function storedStart(now = Date.now()): number {
	try {
		const stored = Number(sessionStorage.getItem(START_KEY));
		if (Number.isFinite(stored) && stored > 0 && stored <= now) return stored;
		sessionStorage.setItem(START_KEY, String(now));
	} catch {
		// Storage may be off (private modes); the clock then starts with the page.
	}
	return now;
}

export function storeStart(startedAt: number): void {
	try {
		sessionStorage.setItem(START_KEY, String(startedAt));
	} catch {
		// See storedStart.
	}
}
