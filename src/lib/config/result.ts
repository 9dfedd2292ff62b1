import * as v from 'valibot';
import type { FieldCode } from './codes';

/**
 * Named values a message is filled with: the data a problem is about (a host, a status, a
 * provider's own description), never words for people. The UI words every problem from its code
 * (`$lib/messages`).
 */
export type Params = Readonly<Record<string, string | number | undefined>>;

/** A problem as the domain reports it: a stable code, and the data its message needs. */
export interface Problem<C extends string = string> {
	readonly code: C;
	readonly params?: Params;
}

/** The one result shape of every layer: the value, or why not. */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
	return { ok: true, value };
}

export function err<E>(error: E): { readonly ok: false; readonly error: E } {
	return { ok: false, error };
}

/** One problem with a piece of input, located by its path (`tokenEndpoint`, `connections[3].name`). */
export interface FieldError extends Problem<FieldCode> {
	readonly path: string;
}

/** What every validator returns: the validated value, or every problem found. */
export type Validated<T> = Result<T, readonly FieldError[]>;

/**
 * The message to give a valibot schema or check: our code, with the params its sentence needs
 * (valibot carries only a string; `toFieldErrors` reads both back).
 */
export function coded(code: FieldCode, params?: Params): string {
	return params === undefined ? `${MARK}${code}` : `${MARK}${code} ${JSON.stringify(params)}`;
}

/** What marks a message as `coded`'s: valibot's own messages never start with it. */
const MARK = '§';

/** Reads back what `coded` wrote; any other message (a library's own words) is `invalid`. */
function decode(message: string): Problem<FieldCode> {
	if (!message.startsWith(MARK)) return { code: 'invalid' };
	const space = message.indexOf(' ');
	const code = (space === -1 ? message.slice(1) : message.slice(1, space)) as FieldCode;
	if (space === -1) return { code };
	try {
		const params: unknown = JSON.parse(message.slice(space + 1));
		if (typeof params === 'object' && params !== null && !Array.isArray(params))
			return { code, params: params as Params };
	} catch {
		// Not written by `coded`: the code alone.
	}
	return { code };
}

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
		errors.push({ path, ...decode(issue.message) });
	}
	return errors;
}

export function joinPath(prefix: string, path: string): string {
	if (prefix === '') return path;
	if (path === '') return prefix;
	return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** The first message (a `coded` one) a schema (or the first schema of a pipe) was given. */
function messageOf(schema: unknown): string | undefined {
	if (typeof schema !== 'object' || schema === null) return undefined;
	const s = schema as { message?: unknown; pipe?: unknown[]; wrapped?: unknown };
	if (typeof s.message === 'string') return s.message;
	if (Array.isArray(s.pipe)) return messageOf(s.pipe[0]);
	return undefined;
}

/**
 * `v.object` whose missing required keys report the same problem as an empty value
 * (`name-required`), instead of valibot's "Invalid key: Expected …".
 */
export function fields<const T extends v.ObjectEntries>(entries: T, notObject: FieldCode) {
	return v.object(entries, (issue) => {
		const key = issue.path?.at(-1)?.key;
		if (issue.path && typeof key === 'string') return messageOf(entries[key]) ?? coded('field-missing', { field: key });
		return coded(notObject);
	});
}
