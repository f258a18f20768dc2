import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// CommonJS packages used by the prerendering server: bundle them so named imports work.
	ssr: { noExternal: ['geographiclib-geodesic', 'ngraph.graph', 'ngraph.path', 'ngraph.events'] },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Threads, on every core: vitest's default (forks, one fewer than the cores) took 55 s here, this 30 s.
		pool: 'threads',
		maxWorkers: availableParallelism(),
		// Two test files share the two cores: a test that takes 3 s alone may take 6 here, or 12 on a
		// slower machine of this kind. A generous limit, so that only a hung test fails for time.
		testTimeout: 60_000
	}
});
