/**
 * The story's chapters, as the page's data gives them, for the components deep in a page that need
 * them (a place's panel lists the chapters that show it) without handing them down through every
 * level between.
 */
import { createContext } from 'svelte';
import type { Chapter } from '../content/chapters';

export const [getChapters, setChapters] = createContext<readonly Chapter[]>();
