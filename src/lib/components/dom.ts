/** Small pieces of DOM behaviour the story's components share. */
import type { Attachment } from 'svelte/attachments';

/**
 * A plain left click, without a modifier: the page may handle it itself. Any other click (a new
 * tab or window) keeps the browser's own behaviour.
 */
export function isPlainClick(event: MouseEvent): boolean {
	return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * Move the keyboard's focus to the element when it appears and whenever `key` changes, so keyboard
 * and screen-reader users follow a panel as it opens or changes; not when `enabled` is false (a
 * panel opened by the address the page loaded with keeps the focus where the browser put it).
 */
export function focusOnShow(enabled: boolean, key?: unknown): Attachment<HTMLElement> {
	return (element) => {
		void key;
		if (enabled) queueMicrotask(() => element.focus());
	};
}
