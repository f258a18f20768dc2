/**
 * The browser tests (Playwright Test): Debian's Chromium (never a downloaded browser) against the
 * built site, served by each worker (tests/e2e/fixtures.mjs). `npm test` runs them after the build;
 * `npx playwright test tests/e2e/story.e2e.mjs` or `-g "phrase"` picks some, against an existing
 * build. A failed test is run again with a trace, kept in .test-results/e2e/ (`npx playwright
 * show-trace <zip>` shows what the page did).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium.mjs';
import { DESKTOP } from './tests/e2e/helpers.mjs';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '*.e2e.mjs',
	outputDir: '.test-results/e2e',
	// Two cores: one test in each. Tests are independent, so any two can run side by side.
	workers: 2,
	fullyParallel: true,
	// WebGL is drawn in software, and these machines vary 2–3× in speed: limits are generous, and
	// every wait is on a condition, never a fixed sleep.
	timeout: 180_000,
	expect: { timeout: 30_000 },
	// A test that fails runs once more with a full trace (.test-results/e2e/<test>/trace.zip), which
	// costs nothing while tests pass; a test that passes only the second time still fails the run.
	retries: 1,
	failOnFlakyTests: true,
	forbidOnly: !!process.env.CI,
	reporter: [['list'], ['json', { outputFile: '.test-results/e2e.json' }]],
	use: {
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		headless: true,
		viewport: DESKTOP,
		serviceWorkers: 'block',
		reducedMotion: 'reduce',
		actionTimeout: 60_000,
		navigationTimeout: 60_000,
		trace: 'on-first-retry',
		screenshot: 'only-on-failure'
	}
});
