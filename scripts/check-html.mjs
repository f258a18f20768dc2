#!/usr/bin/env node
/**
 * Every built page checked by the W3C Nu HTML Checker (errors only): `npm run check:html` after a
 * build; `npm test` runs it too. The checker is the `vnu-jar` package's jar, fetched once with
 * `npm pack` into .cache/ (the package's own install script, which would fetch a Java runtime from
 * outside the npm registry, never runs). Needs Java 11 or newer (`java` on the PATH).
 * Exit code 0: no errors; 1: errors (listed); 2: the checker could not run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDir } from './serve.mjs';

const VERSION = '26.9.27';
const root = new URL('..', import.meta.url).pathname;
const cache = join(root, '.cache', `vnu-jar-${VERSION}`);
const jar = join(cache, 'package', 'build', 'dist', 'vnu.jar');

if (spawnSync('java', ['-version']).status !== 0) {
	console.error('The HTML check needs Java 11 or newer (Debian: apt-get install default-jre-headless).');
	process.exit(2);
}
if (!existsSync(join(buildDir, 'index.html'))) {
	console.error('build/ has no index.html: run `npm run build` first.');
	process.exit(2);
}
if (!existsSync(jar)) {
	mkdirSync(cache, { recursive: true });
	const tarball = execFileSync('npm', ['pack', `vnu-jar@${VERSION}`, '--silent', '--pack-destination', cache], { encoding: 'utf8' }).trim().split('\n').at(-1);
	execFileSync('tar', ['xzf', join(cache, tarball), '-C', cache]);
}
const pages = (function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : name.endsWith('.html') ? [path] : [];
	});
})(buildDir);
const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...pages], { encoding: 'utf8' });
const errors = (run.stderr + run.stdout).split('\n').filter(Boolean);
if (errors.length) {
	for (const line of errors) console.log(line.replace(`file:${buildDir}/`, 'build/').replace(buildDir + '/', 'build/'));
	console.log(`The Nu HTML Checker found ${errors.length} error${errors.length === 1 ? '' : 's'} in ${pages.length} pages.`);
	process.exit(1);
}
console.log(`The Nu HTML Checker found no errors in ${pages.length} built pages (${relative(root, buildDir)}/).`);
