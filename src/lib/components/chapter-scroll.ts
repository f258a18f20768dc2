/**
 * The story's scroll observer, as an attachment on the element that holds the chapters: scrollama
 * (IntersectionObserver) reports the chapter crossing the reading line; once scrolling stops, a
 * check makes sure it is the one at the line (a jump across many chapters can leave the observer a
 * step behind); the hash follows the chapter, and a hash changed by Back, Forward or a link brings
 * its chapter into view. Its only output is the active chapter: `onchapter(id)`, null for the
 * introduction above the first chapter. The element's `data-scroll` says whether the reader is
 * scrolling (`moving`) or the check after it has run (`settled`): the test contract's rest.
 */
import scrollama from 'scrollama';
import type { Attachment } from 'svelte/attachments';
import { replaceState } from '$app/navigation';
import { chapterAtLine, chapterFromHash, NARROW, readingLine } from '$lib/state/reading';

const SETTLE_MS = 250;

export function chapterScroll(onchapter: (id: string | null) => void): Attachment<HTMLElement> {
	return (element) => {
		const line = readingLine(matchMedia(NARROW).matches);
		/**
		 * Between Back or Forward (popstate) and its hashchange, the observer can still report the
		 * scroll from before: it must neither change the chapter nor write that chapter's hash over the
		 * entry the browser is going to.
		 */
		let traversing = false;
		let knownHash = location.hash;
		/** Scrolling replaces the hash rather than adding history entries. */
		const enter = (id: string) => {
			if (traversing) return;
			onchapter(id);
			if (location.hash !== `#${id}`) replaceState(`#${id}`, {});
			knownHash = location.hash;
		};
		const onPopState = () => {
			if (location.hash !== knownHash) traversing = true;
		};

		/** The chapters, as the page's sections name them */
		const ids = [...element.querySelectorAll<HTMLElement>('[data-chapter]')].map((el) => ({ id: el.dataset.chapter! }));
		const fromHash = chapterFromHash(location.hash, ids);
		if (fromHash) onchapter(fromHash.id);

		const scroller = scrollama()
			.setup({ step: element.querySelectorAll<HTMLElement>('[data-chapter]'), offset: line })
			.onStepEnter(({ element: step }) => {
				if (step.dataset.chapter) enter(step.dataset.chapter);
			})
			.onStepExit(({ index, direction }) => {
				// Back above the first chapter: the introduction.
				if (index === 0 && direction === 'up' && !traversing) {
					onchapter(null);
					if (location.hash) replaceState(location.pathname + location.search, {});
					knownHash = location.hash;
				}
			});

		// Back and Forward between chapters, and a hash typed into the address bar: the browser fires
		// hashchange for each.
		const onHashChange = () => {
			traversing = false;
			knownHash = location.hash;
			const chapter = chapterFromHash(location.hash, ids);
			if (chapter) {
				onchapter(chapter.id);
				document.getElementById(chapter.id)?.scrollIntoView();
			} else if (!location.hash) onchapter(null);
		};

		let settle: ReturnType<typeof setTimeout> | undefined;
		const onScrollSettled = () => {
			const sections = [...element.querySelectorAll<HTMLElement>('[data-chapter]')].map((el) => ({
				id: el.dataset.chapter!,
				top: el.getBoundingClientRect().top
			}));
			const id = chapterAtLine(sections, innerHeight * line);
			if (id) enter(id);
			element.dataset.scroll = 'settled';
		};
		const onScroll = () => {
			if (element.dataset.scroll !== 'moving') element.dataset.scroll = 'moving';
			clearTimeout(settle);
			settle = setTimeout(onScrollSettled, SETTLE_MS);
		};
		const onResize = () => scroller.resize();

		window.addEventListener('popstate', onPopState);
		window.addEventListener('hashchange', onHashChange);
		window.addEventListener('scroll', onScroll, { passive: true });
		window.addEventListener('resize', onResize);
		return () => {
			scroller.destroy();
			clearTimeout(settle);
			window.removeEventListener('popstate', onPopState);
			window.removeEventListener('hashchange', onHashChange);
			window.removeEventListener('scroll', onScroll);
			window.removeEventListener('resize', onResize);
		};
	};
}
