/**
 * The folders' arrows: content files → checked and resolved at build (lib/server) → pages → the
 * browser. Reads every import in src/ (TypeScript and Svelte, `import type` included) and holds:
 * no import cycles; lib/content imports nothing above it (only itself, packages and JSON); nothing
 * outside lib/server and the routes' server files imports lib/server; and no browser code bundles
 * the chapter files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('src');
function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
	});
}
const files = walk(root);
const known = new Set(files);

/** A module specifier resolved to a file in src/, or null (a package, a virtual module, an asset) */
function resolveImport(from: string, spec: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/')) base = join(root, 'lib', spec.slice(5));
	else if (spec === '$lib') base = join(root, 'lib');
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else if (spec.startsWith('/src/')) base = resolve(spec.slice(1));
	else return null;
	base = base.replace(/\?.*$/, '');
	for (const candidate of [base, `${base}.ts`, `${base}.svelte`, join(base, 'index.ts')]) if (known.has(candidate)) return candidate;
	return null;
}

const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\.meta\.glob\(\s*['"]([^'"]+)['"]/g;
const graph = new Map<string, string[]>();
const globs = new Map<string, string[]>();
/** Imports made only while the build renders a page (`if (import.meta.env.SSR) { await import(…) }`): the client build drops them */
const buildOnly = new Map<string, string[]>();
/** Every module specifier as written */
const specs = new Map<string, string[]>();
/** Every other import: what runs wherever the module runs */
const runtime = new Map<string, string[]>();
for (const file of files) {
	const text = readFileSync(file, 'utf8');
	const deps: string[] = [];
	for (const m of text.matchAll(IMPORT)) {
		if (m[3]) (globs.get(file) ?? globs.set(file, []).get(file)!).push(m[3]);
		const spec = m[1] ?? m[2];
		if (spec) (specs.get(file) ?? specs.set(file, []).get(file)!).push(spec);
		const target = spec && resolveImport(file, spec);
		if (!target) continue;
		deps.push(target);
		const ssrOnly = m[2] && /if \(import\.meta\.env\.SSR\) \{\n[^\n]*$/.test(text.slice(Math.max(0, m.index! - 120), m.index));
		const list = ssrOnly ? buildOnly : runtime;
		(list.get(file) ?? list.set(file, []).get(file)!).push(target);
	}
	graph.set(file, deps);
}
const rel = (f: string) => relative(resolve('.'), f);
const isServer = (f: string) => f.startsWith(join(root, 'lib/server')) || /\+(page|layout)\.server\.ts$|\+server\.ts$/.test(f) || f.endsWith('hooks.server.ts');

describe('the layers of src/', () => {
	it('reads the imports it checks (a sanity check of the reader)', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(graph.get(join(root, 'lib/server/chapters.ts'))).toContain(join(root, 'lib/content/chapter-file.ts'));
		expect(globs.get(join(root, 'lib/server/chapters.ts'))).toEqual(['/src/content/chapters/*.md']);
	});

	it('has no import cycles', () => {
		// Tarjan's strongly connected components: any with more than one module is a cycle
		let index = 0;
		const idx = new Map<string, number>();
		const low = new Map<string, number>();
		const stack: string[] = [];
		const on = new Set<string>();
		const cycles: string[][] = [];
		const visit = (v: string) => {
			idx.set(v, index);
			low.set(v, index++);
			stack.push(v);
			on.add(v);
			for (const w of graph.get(v) ?? []) {
				if (!idx.has(w)) {
					visit(w);
					low.set(v, Math.min(low.get(v)!, low.get(w)!));
				} else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
			}
			if (low.get(v) === idx.get(v)) {
				const scc: string[] = [];
				let w: string;
				do {
					w = stack.pop()!;
					on.delete(w);
					scc.push(w);
				} while (w !== v);
				if (scc.length > 1) cycles.push(scc.map(rel).sort());
			}
		};
		for (const f of files) if (!idx.has(f)) visit(f);
		expect(cycles).toEqual([]);
	});

	it('lib/content imports nothing above it', () => {
		const content = join(root, 'lib/content');
		const upward = files
			.filter((f) => f.startsWith(content))
			.flatMap((f) => [
				...graph.get(f)!.filter((t) => !t.startsWith(content)).map((t) => `${rel(f)} → ${rel(t)}`),
				// nor the app's own modules ($app/…, $env/…)
				...(specs.get(f) ?? []).filter((spec) => spec.startsWith('$')).map((spec) => `${rel(f)} → ${spec}`)
			]);
		expect(upward).toEqual([]);
	});

	it('only server code imports lib/server (the types pages share live outside it)', () => {
		const wrong = files
			.filter((f) => !isServer(f))
			.flatMap((f) => (runtime.get(f) ?? []).filter(isServer).map((t) => `${rel(f)} → ${rel(t)}`));
		expect(wrong).toEqual([]);
		// The one import of build-time code from a page's universal load, which the client build drops
		// (the story page's prose: the browser test "sends each chapter's words once" holds that it is dropped)
		expect([...buildOnly].map(([f, t]) => `${rel(f)} → ${t.map(rel).join(', ')}`)).toEqual(['src/routes/+page.ts → src/lib/server/prose.ts']);
	});

	it('only server code reads the chapter files', () => {
		const readers = [...globs].filter(([, patterns]) => patterns.some((p) => p.includes('content/chapters'))).map(([f]) => rel(f));
		expect(readers).toEqual(['src/lib/server/chapters.ts']);
	});
});
