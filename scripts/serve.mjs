#!/usr/bin/env node
/**
 * Serve the built site (build/) from this machine, with no network: `npm run serve` after a build,
 * or `npm run serve -- --port 8080` (`-- --no-ranges` to answer every request whole). Addresses without ".html" find their page, as on any static
 * host; unknown addresses get the site's own 404 page. The browser tests use the same server.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export const buildDir = join(new URL('..', import.meta.url).pathname, 'build');

/**
 * An HTTP server for build/ (not yet listening). With `ranges: false` it answers every request with
 * the whole file (200), as many simple static hosts do: the map must draw from those too.
 */
export function staticServer(dir = buildDir, { ranges = true } = {}) {
	if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: run \`npm run build\` first.`);
	const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'Not found';
	const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	return createServer((req, res) => {
		if (!ranges) delete req.headers.range;
		serve(req, res, () => {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(notFound);
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const i = process.argv.indexOf('--port');
	const port = i > 0 ? Number(process.argv[i + 1]) : 4173;
	// `--no-ranges`: answer every request whole, to try the site as a host without byte serving serves it.
	const ranges = !process.argv.includes('--no-ranges');
	const host = '127.0.0.1';
	try {
		staticServer(buildDir, { ranges }).listen(port, host, () => {
			console.log(`Passages is at http://${host}:${port}/ (presenter: /present, handout: /handout). Ctrl+C stops it.`);
		});
	} catch (e) {
		console.error(e instanceof Error ? e.message : e);
		process.exit(1);
	}
}
