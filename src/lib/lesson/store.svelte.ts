/**
 * The lesson being built, kept in the browser's localStorage so it survives a reload and a
 * restart, and shared between tabs (a passage added in a reader appears in the builder). One
 * lesson at a time; a file or a link replaces it only when the teacher says so.
 */
import { checkLesson, emptyLesson, lessonFileText, MAX_ITEMS, type Lesson, type LessonItem } from './lesson';

export const STORAGE_KEY = 'passages-lesson';

function load(): Lesson {
	try {
		const text = localStorage.getItem(STORAGE_KEY);
		if (!text) return emptyLesson();
		return checkLesson(JSON.parse(text)).lesson ?? emptyLesson();
	} catch {
		return emptyLesson();
	}
}

export class LessonStore {
	lesson: Lesson = $state(emptyLesson());
	/** Said when saving failed (storage full or refused): the lesson still works in this tab */
	problem = $state('');
	#started = false;

	/** In the browser: read the saved lesson; changes are saved from now on. */
	open(): this {
		this.lesson = load();
		this.#started = true;
		return this;
	}

	/** In the browser: read the saved lesson and follow changes made in other tabs. Returns the cleanup. */
	start(): () => void {
		this.open();
		const onStorage = (e: StorageEvent) => {
			if (e.key === STORAGE_KEY) this.lesson = load();
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}

	#save() {
		if (!this.#started) return;
		try {
			localStorage.setItem(STORAGE_KEY, lessonFileText(this.lesson));
			this.problem = '';
		} catch {
			this.problem = 'This browser would not keep the lesson (its storage may be full or turned off): export it to a file to keep it.';
		}
	}

	has(kind: LessonItem['kind'], ref: string): boolean {
		return this.lesson.items.some((i) => i.kind === kind && i.ref === ref);
	}

	/** Add a chapter or a passage at the end (once); false when the lesson is full or has it already. */
	add(kind: LessonItem['kind'], ref: string): boolean {
		if (this.has(kind, ref) || this.lesson.items.length >= MAX_ITEMS) return false;
		this.lesson = { ...this.lesson, items: [...this.lesson.items, { kind, ref, notes: '', question: '' }] };
		this.#save();
		return true;
	}

	remove(index: number): void {
		this.lesson = { ...this.lesson, items: this.lesson.items.filter((_, i) => i !== index) };
		this.#save();
	}

	/** Move a slide from one place to another (the others keep their order). */
	move(from: number, to: number): void {
		const items = [...this.lesson.items];
		if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return;
		const [item] = items.splice(from, 1);
		items.splice(to, 0, item!);
		this.lesson = { ...this.lesson, items };
		this.#save();
	}

	update(index: number, change: Partial<Pick<LessonItem, 'notes' | 'question'>>): void {
		this.lesson = { ...this.lesson, items: this.lesson.items.map((item, i) => (i === index ? { ...item, ...change } : item)) };
		this.#save();
	}

	setTitle(title: string): void {
		this.lesson = { ...this.lesson, title };
		this.#save();
	}

	replace(lesson: Lesson): void {
		this.lesson = lesson;
		this.#save();
	}
}

/** Add one item to the saved lesson from any page (a reader, the panel, Perspectives), without a builder open. */
export function addToSavedLesson(kind: LessonItem['kind'], ref: string): { added: boolean; count: number } {
	const store = new LessonStore().open();
	const added = store.add(kind, ref) && !store.problem;
	return { added, count: store.lesson.items.length };
}
