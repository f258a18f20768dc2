/**
 * One presentation as the presenter and the speaker window both hold it: the slide and overlay
 * (presenter.ts's state), the address that names the slide, the clock's start, and the channel
 * that keeps the two windows in step. Each page adds only what is its own (the presenter its
 * focus and notices, the speaker window its clock's display).
 */
import { replaceState } from '$app/navigation';
import type { Chapter } from '../content/chapters';
import {
	hashForSlide,
	initialState,
	isLesson,
	itemCount,
	reduce,
	slideIndexFromHash,
	slidesFor,
	type PresenterAction,
	type PresenterState,
	type Slide
} from './presenter';
import { PresentSync, storedStart, storeStart, type DeckPosition } from './present-sync';
import { slidesFromAddress } from '../lesson/play';

export class Deck {
	/** The story's slides, or a lesson's once the page has read it from the address */
	slides: Slide[] = $state.raw([]);
	/** The story's chapters (the page's data) */
	readonly chapters: readonly Chapter[];
	/** How the slides are counted: the story's by chapter, a lesson's by slide */
	readonly count = $derived(itemCount(this.slides));
	readonly unit: 'Chapter' | 'Slide' = $derived(isLesson(this.slides) ? 'Slide' : 'Chapter');
	state: PresenterState = $state(initialState());
	/** What the address's lesson names that Passages lacks, or why it could not be read ("" once dismissed) */
	lessonNotice = $state('');
	/** "?lesson=…" while a lesson from the address plays (for the links that keep it), else "" */
	lessonSearch = $state('');
	startedAt = $state(Date.now());
	readonly slide = $derived(this.slides[this.state.index]!);
	readonly black = $derived(this.state.overlay === 'black');
	#sync: PresentSync | null = null;

	constructor(chapters: readonly Chapter[]) {
		this.chapters = chapters;
		this.slides = slidesFor(chapters);
	}

	#position = (): DeckPosition => ({ slide: this.slide.id, startedAt: this.startedAt, black: this.black });

	/**
	 * Apply an action: write a new slide in the address, and tell the other window when the slide
	 * or the black screen changed (unless it told us). Returns the state before.
	 */
	apply(action: PresenterAction, { announce = true } = {}): PresenterState {
		const before = this.state;
		this.state = reduce(before, action, this.slides);
		if (this.state.index !== before.index) {
			const url = location.pathname + location.search + hashForSlide(this.slide);
			if (url !== location.pathname + location.search + location.hash) replaceState(url, {});
		}
		if (announce && (this.state.index !== before.index || this.black !== (before.overlay === 'black'))) this.#sync?.announce(this.#position());
		return before;
	}

	/** Play other slides (a lesson's), from the slide the address names. */
	play(slides: Slide[]): void {
		this.slides = slides;
		this.state = initialState(slideIndexFromHash(location.hash, slides));
	}

	/**
	 * Play the lesson the address names (?lesson=…, ?chapters=a,b,c), if it names one, instead of the
	 * story: both windows do, so they hold the same slides.
	 */
	async playAddress(base: string): Promise<void> {
		const { slides, notice } = await slidesFromAddress(location.search, base, this.chapters);
		if (slides) this.play(slides);
		this.lessonNotice = notice;
		const lesson = new URLSearchParams(location.search).get('lesson');
		this.lessonSearch = slides && lesson ? `?lesson=${lesson}` : '';
	}

	/** Clear a typed number and a notice (they go away on their own). */
	clearTyping(): void {
		this.state = { ...this.state, typed: '', notice: '' };
	}

	restartClock(): void {
		this.startedAt = Date.now();
		storeStart(this.startedAt);
		this.#sync?.announce(this.#position());
	}

	/**
	 * In the browser: show the slide the address names, keep the clock's start across a reload,
	 * and join the channel. Returns the cleanup.
	 */
	start(): () => void {
		this.state = initialState(slideIndexFromHash(location.hash, this.slides));
		this.startedAt = storedStart();
		this.#sync = new PresentSync({
			show: (other) => {
				this.startedAt = other.startedAt;
				storeStart(other.startedAt);
				const index = this.slides.findIndex((s) => s.id === other.slide);
				if (index >= 0 && index !== this.state.index) this.apply({ type: 'goto', index }, { announce: false });
				// The black screen follows the other window; any other overlay stays as it is.
				if (other.black !== this.black) this.apply({ type: 'toggle', overlay: 'black' }, { announce: false });
			},
			current: this.#position
		});
		return () => this.#sync?.close();
	}
}
