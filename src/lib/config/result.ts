import * as v from 'valibot';

/** One problem with a piece of input, located by its path (`tokenEndpoint`, `connections[3].name`). */
export interface FieldError {
	readonly path: string;
	readonly message: string;
}

/** What every validator returns: the validated value, or every problem found. */
export type Validated<T> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly FieldError[] };

/** Formats a valibot issue path the way people read it: `connections[3].tokenEndpoint`. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = item.key;
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out;
}

/** Turns valibot issues into our field errors, keeping only the first problem per path. */
export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[], prefix = ''): FieldError[] {
	const seen = new Set<string>();
	const errors: FieldError[] = [];
	for (const issue of issues) {
		const own = issuePath(issue);
		const path = joinPath(prefix, own);
		if (seen.has(path)) continue;
		seen.add(path);
		errors.push({ path, message: issue.message });
	}
	return errors;
}

export function joinPath(prefix: string, path: string): string {
	if (prefix === '') return path;
	if (path === '') return prefix;
	return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** Groups errors by path for a form: the first message per field. */
export function errorsByField(errors: readonly FieldError[]): Record<string, string> {
	// Paths may name keys from input: a map without a prototype keeps `__proto__` an ordinary key.
	const out: Record<string, string> = Object.create(null) as Record<string, string>;
	for (const error of errors) out[error.path] ??= error.message;
	return out;
}

/** The first message a schema (or the first schema of a pipe) was given. */
function messageOf(schema: unknown): string | undefined {
	if (typeof schema !== 'object' || schema === null) return undefined;
	const s = schema as { message?: unknown; pipe?: unknown[]; wrapped?: unknown };
	if (typeof s.message === 'string') return s.message;
	if (Array.isArray(s.pipe)) return messageOf(s.pipe[0]);
	return undefined;
}

/**
 * `v.object` whose missing required keys report the same message as an empty value
 * ("enter a name"), instead of valibot's "Invalid key: Expected …".
 */
export function fields<const T extends v.ObjectEntries>(entries: T, notObject: string) {
	return v.object(entries, (issue) => {
		const key = issue.path?.at(-1)?.key;
		if (issue.path && typeof key === 'string') return messageOf(entries[key]) ?? `add “${key}”`;
		return notObject;
	});
}
