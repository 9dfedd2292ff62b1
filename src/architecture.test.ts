import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../scripts/layers.js';

/**
 * The house rules that hold the layers apart, checked on the source itself: no import cycle (type
 * imports included), imports only downward as `scripts/layers.js` says (ESLint says it too, file
 * by file), grants changed in one module, and no source pointing at a document outside the
 * repository.
 */

const SRC = join(import.meta.dirname);
const LIB = join(SRC, 'lib');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (name.startsWith('.')) return [];
		if (statSync(path).isDirectory()) return files(path);
		return /\.(ts|js|svelte)$/.test(name) ? [path] : [];
	});
}

const isTest = (path: string) => /\.test\.ts$|\/testing(\/|\.ts$)/.test(path);
const sources = files(SRC).filter((path) => !isTest(path) && path !== join(SRC, 'architecture.test.ts'));

interface Edge {
	readonly to: string;
	readonly typeOnly: boolean;
	readonly spec: string;
}

const IMPORT =
	/(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolve(from: string, spec: string): string | undefined {
	let base: string;
	if (spec.startsWith('$lib/') || spec === '$lib') base = join(LIB, spec.slice(5));
	else if (spec.startsWith('.')) base = join(dirname(from), spec);
	else return undefined;
	for (const candidate of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts'), join(base, 'index.js')]) {
		try {
			if (statSync(candidate).isFile()) return candidate;
		} catch {
			// not this one
		}
	}
	throw new Error(`${relative(SRC, from)}: cannot resolve ${spec}`);
}

function edgesOf(path: string): Edge[] {
	const text = readFileSync(path, 'utf8');
	const code = path.endsWith('.svelte')
		? [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
		: text;
	const edges: Edge[] = [];
	for (const match of code.matchAll(IMPORT)) {
		const spec = match[2] ?? match[3]!;
		const to = resolve(path, spec);
		if (to) edges.push({ to, typeOnly: match[1] !== undefined, spec });
	}
	return edges;
}

const graph = new Map(sources.map((path) => [path, edgesOf(path)]));

/** Strongly connected components with more than one module (or a module importing itself). */
function cycles(): string[][] {
	let index = 0;
	const indexOf = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const on = new Set<string>();
	const found: string[][] = [];
	const visit = (v: string) => {
		indexOf.set(v, index);
		low.set(v, index++);
		stack.push(v);
		on.add(v);
		for (const { to } of graph.get(v) ?? []) {
			if (!indexOf.has(to)) {
				visit(to);
				low.set(v, Math.min(low.get(v)!, low.get(to)!));
			} else if (on.has(to)) low.set(v, Math.min(low.get(v)!, indexOf.get(to)!));
		}
		if (low.get(v) === indexOf.get(v)) {
			const component: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				on.delete(w);
				component.push(relative(SRC, w));
			} while (w !== v);
			const selfLoop = (graph.get(v) ?? []).some((e) => e.to === v);
			if (component.length > 1 || selfLoop) found.push(component.sort());
		}
	};
	for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
	return found;
}

/** The folder of `src/lib` a file is in, if any. */
function folderOf(path: string): string | undefined {
	const rel = relative(LIB, path);
	if (rel.startsWith('..')) return undefined;
	const first = rel.split('/')[0]!;
	return first in LAYERS ? first : undefined;
}

describe('the architecture', () => {
	it('reads every source file and resolves every import (this check sees the whole house)', () => {
		expect(sources.length).toBeGreaterThan(100);
		const edges = [...graph.values()].flat();
		expect(edges.length).toBeGreaterThan(300);
		expect(edges.some((e) => e.typeOnly)).toBe(true);
	});

	it('has no import cycle, type imports included', () => {
		expect(cycles()).toEqual([]);
	});

	it('imports only downward, as scripts/layers.js says', () => {
		const upward: string[] = [];
		for (const [path, edges] of graph) {
			const from = folderOf(path);
			if (!from) continue;
			const rule = LAYERS[from as keyof typeof LAYERS];
			for (const edge of edges) {
				const to = folderOf(edge.to);
				if (!to || to === from) continue;
				const allowed =
					(rule.imports as readonly string[]).includes(to) ||
					(edge.typeOnly && (rule.types as readonly string[]).includes(to));
				if (!allowed) upward.push(`${relative(SRC, path)} → ${edge.spec}`);
			}
		}
		expect(upward).toEqual([]);
	});

	it('changes grants in one module: auth/grant-changes.ts (storage deletes a grant only with its account)', () => {
		const writers = sources.filter((path) => {
			if (path.includes(`${join('lib', 'storage')}/`)) return false;
			return /\bgrants\.(store|update|delete|put|bulkDelete|bulkPut|clear)\(/.test(readFileSync(path, 'utf8'));
		});
		expect(writers.map((p) => relative(SRC, p))).toEqual([join('lib', 'auth', 'grant-changes.ts')]);
	});

	it('points at no document outside the repository (tests included)', () => {
		const outside = files(SRC).filter(
			(path) =>
				path !== join(SRC, 'architecture.test.ts') && /DESIGN\.md|\.\.\/shared\//.test(readFileSync(path, 'utf8'))
		);
		expect(outside.map((p) => relative(SRC, p))).toEqual([]);
	});
});
