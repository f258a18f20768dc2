import { chapters } from '$lib/server/chapters';
import type { LayoutServerLoad } from './$types';

// Every page (the error page too) can list the chapters: their ids and titles, not their prose.
export const load: LayoutServerLoad = () => ({ chapterList: chapters.map(({ id, title }) => ({ id, title })) });
