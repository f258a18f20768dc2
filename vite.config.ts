import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// CommonJS packages used by the prerendering server: bundle them so named imports work.
	ssr: { noExternal: ['geographiclib-geodesic', 'ngraph.graph', 'ngraph.path', 'ngraph.events'] },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
