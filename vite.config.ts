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
		maxWorkers: availableParallelism()
	}
});
