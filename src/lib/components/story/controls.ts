/**
 * What the story shows only once its script has started: the map's tools, the timeline and the side
 * panel. One module, loaded beside the map's code, so the page's first load carries only what
 * draws the chapters' text.
 */
export { default as MapTools } from './MapTools.svelte';
export { default as StoryPanel } from '../StoryPanel.svelte';
export { default as Timeline } from '../timeline/Timeline.svelte';
