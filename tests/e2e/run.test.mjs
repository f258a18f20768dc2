/**
 * Every browser test, in one process: one static server and one Chromium for the run, each file's
 * suite in a browser context of its own, two suites at a time (while one waits on the map, the
 * other works). `E2E=story,sources node --test tests/e2e/run.test.mjs` runs some files only.
 */
import { after, describe } from 'node:test';
import { closeShared } from './harness.mjs';
import layout from './layout.e2e.mjs';
import lesson from './lesson.e2e.mjs';
import measure from './measure.e2e.mjs';
import perspectives from './perspectives.e2e.mjs';
import present from './present.e2e.mjs';
import quality from './quality.e2e.mjs';
import sources from './sources.e2e.mjs';
import story from './story.e2e.mjs';
import timeline from './timeline.e2e.mjs';

/** The longest first, so that the two lanes end together. */
const FILES = { quality, layout, story, present, sources, measure, perspectives, lesson, timeline };
const only = process.env.E2E?.split(',').filter(Boolean);

describe('the site in Chromium', { concurrency: 2 }, () => {
	for (const [name, register] of Object.entries(FILES)) if (!only || only.includes(name)) register();
});

after(closeShared);
