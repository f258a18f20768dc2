/**
 * The benchmark's reference page: MapLibre alone with the story's basemap (the same style, data
 * and fonts) and none of the app. `npm run bench` builds it to .bench/bare and serves it beside the
 * site, so the two are measured in one run on the same machine.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
	root: fileURLToPath(new URL('./bare', import.meta.url)),
	base: '/__bare/',
	logLevel: 'warn',
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } },
	build: { outDir: fileURLToPath(new URL('../.bench/bare', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 2000 }
});
