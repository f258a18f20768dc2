/**
 * Keeps the presenter and the speaker window on the same slide, and their clocks on the same
 * start time, over a BroadcastChannel (same origin, same browser; no server). Either window can
 * drive: each announces its own moves and applies the other's without announcing them again. A
 * window that opens later says hello, and an open window answers with where it is.
 */

export const CHANNEL_NAME = 'passages-presenter';

/** Where a window is: the slide's id ("" for the title), the clock's start, the screen blacked out */
export interface DeckPosition {
	slide: string;
	startedAt: number;
	black: boolean;
}

export type SyncMessage = ({ type: 'show' } & DeckPosition & { from: string }) | { type: 'hello'; from: string };

/** A slide's id: a chapter's (with "/sides" for its two sides), a lesson's passage ("riac-2012.p63"), or "" */
const SLIDE_ID = /^[a-z0-9-]{0,64}(?:\/sides|\.(?:p|fn-)\d{1,4})?$/;

/** A message from the channel, checked: anything malformed is dropped, never acted on. */
export function readMessage(data: unknown): SyncMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (typeof m.from !== 'string') return null;
	if (m.type === 'hello') return { type: 'hello', from: m.from };
	if (
		m.type === 'show' &&
		typeof m.slide === 'string' &&
		SLIDE_ID.test(m.slide) &&
		typeof m.startedAt === 'number' &&
		Number.isFinite(m.startedAt) &&
		typeof m.black === 'boolean'
	)
		return { type: 'show', slide: m.slide, startedAt: m.startedAt, black: m.black, from: m.from };
	return null;
}

export interface SyncHandlers {
	/** Another window moved (or answered our hello): show where it is */
	show(position: DeckPosition): void;
	/** Where this window is now, to answer a window that has just opened */
	current(): DeckPosition;
}

/**
 * Slides travel by id, not by number, so two windows that disagree about the chapters (one
 * reloaded into a new version) never show different chapters under the same number.
 */
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
			else handlers.show({ slide: message.slide, startedAt: message.startedAt, black: message.black });
		};
		this.channel.postMessage({ type: 'hello', from: this.id } satisfies SyncMessage);
	}

	/** Tell the other windows where this one is. */
	announce(position: DeckPosition): void {
		this.channel?.postMessage({ type: 'show', ...position, from: this.id } satisfies SyncMessage);
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
