/**
 * The export format (README, "Moving a configuration: export and import"; docs/architecture.md,
 * "Contracts"): UTF-8 JSON
 * `{"format": "oauth2-client/v1", "exportedAt", "connections": [...], "accounts": [...]}`. Never
 * tokens; client secrets only when the person asked for them.
 *
 * Files are untrusted: the whole file is checked before anything is written, and every problem
 * is reported with its path and code (`connections[3].tokenEndpoint`, `url-scheme`: the UI words
 * it `connections[3].tokenEndpoint: not an https URL…`, `$lib/messages/fields`). The version is
 * switched at the boundary, one schema per version: a v2 is added beside v1, not into it.
 */
import { emailKey } from './names';
import { validateAccount, type AccountInput, type JmapServer, type MailServer, type Servers } from './account';
import { validateConnection, type ConnectionInput } from './connection';
import { nameKey } from './names';
import type { FieldCode } from './codes';
import { err, ok, type FieldError, type Params, type Validated } from './result';
import { isPlainObject } from './text';

export const FORMAT_V1 = 'oauth2-client/v1';
/** Larger files are refused before they are read: a configuration is a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** The format nests four levels (file, list, item, servers, server); deeper is not a configuration. */
export const MAX_DEPTH = 8;
/** Generous for any organisation, small enough to preview. */
export const MAX_ITEMS = 1000;

/** A connection in a file: the settings, with an id, maybe a client secret. */
export type ConnectionEntry = ConnectionInput & { readonly id: string };
export type AccountEntry = AccountInput & { readonly id: string };

export interface ConfigurationFile {
	readonly format: typeof FORMAT_V1;
	readonly exportedAt: string;
	readonly connections: readonly ConnectionEntry[];
	readonly accounts: readonly AccountEntry[];
}

/** How deep a parsed JSON value nests, without recursion (a hostile file could be very deep). */
function depthOf(value: unknown): number {
	let max = 0;
	const stack: [unknown, number][] = [[value, 1]];
	while (stack.length > 0) {
		const [item, depth] = stack.pop()!;
		if (typeof item !== 'object' || item === null) continue;
		max = Math.max(max, depth);
		if (max > MAX_DEPTH) return max;
		for (const child of Object.values(item)) stack.push([child, depth + 1]);
	}
	return max;
}

function problem(path: string, code: FieldCode, params?: Params): FieldError {
	return params === undefined ? { path, code } : { path, code, params };
}

/**
 * The fields v1 knows, level by level. An item with any other field is refused, not trimmed: a
 * file that carries more than the format holds (tokens, passwords, a newer app's settings) is not
 * what the person thinks it is. Typed as records so that the compiler keeps them complete.
 */
const V1_FIELDS = {
	connection: {
		id: true,
		name: true,
		provider: true,
		clientId: true,
		clientSecret: true,
		projectId: true,
		cloud: true,
		issuer: true,
		authorizationEndpoint: true,
		tokenEndpoint: true,
		revocationEndpoint: true,
		scopes: true
	} satisfies Record<keyof ConnectionEntry, true>,
	account: {
		id: true,
		name: true,
		email: true,
		connectionId: true,
		transport: true,
		servers: true
	} satisfies Record<keyof AccountEntry, true>,
	servers: { imap: true, smtp: true, jmap: true } satisfies Record<keyof Servers, true>,
	mailServer: { host: true, port: true, security: true, username: true } satisfies Record<keyof MailServer, true>,
	jmapServer: { sessionUrl: true } satisfies Record<keyof JmapServer, true>
} as const;

const TOKEN_LIKE = /token|grant|assertion|verifier|authorization_?code/i;
const SECRET_LIKE = /secret|passw|pwd|credential|api_?key|private/i;

/** `servers.imap` for a plain name; anything else quoted (and cut short: it is shown to people). */
function keyPath(prefix: string, key: string): string {
	if (/^[A-Za-z_$][\w$-]{0,63}$/.test(key)) return `${prefix}.${key}`;
	const shown = key.length > 60 ? `${key.slice(0, 60)}…` : key;
	return `${prefix}[${JSON.stringify(shown)}]`;
}

/** Fields of `raw` that `known` does not list, each as a problem at its path. */
function unknownFields(raw: unknown, known: Readonly<Record<string, true>>, path: string, inConnection = false) {
	if (!isPlainObject(raw)) return [];
	return Object.keys(raw)
		.filter((key) => !Object.hasOwn(known, key))
		.map((key) => {
			const at = keyPath(path, key);
			if (TOKEN_LIKE.test(key)) return problem(at, 'unknown-field-token');
			if (SECRET_LIKE.test(key))
				return problem(at, inConnection ? 'unknown-field-connection-secret' : 'unknown-field-secret');
			return problem(at, 'unknown-field');
		});
}

function unknownConnectionFields(raw: unknown, path: string): FieldError[] {
	return unknownFields(raw, V1_FIELDS.connection, path, true);
}

function unknownAccountFields(raw: unknown, path: string): FieldError[] {
	const errors = unknownFields(raw, V1_FIELDS.account, path);
	const servers = isPlainObject(raw) ? raw.servers : undefined;
	if (!isPlainObject(servers)) return errors;
	errors.push(...unknownFields(servers, V1_FIELDS.servers, `${path}.servers`));
	errors.push(...unknownFields(servers.imap, V1_FIELDS.mailServer, `${path}.servers.imap`));
	errors.push(...unknownFields(servers.smtp, V1_FIELDS.mailServer, `${path}.servers.smtp`));
	errors.push(...unknownFields(servers.jmap, V1_FIELDS.jmapServer, `${path}.servers.jmap`));
	return errors;
}

/**
 * Reads a configuration file: size, JSON, depth, format and version, then every item. Returns
 * every problem found, each with its path, or the validated configuration.
 */
export function parseConfigurationFile(text: string): Validated<ConfigurationFile> {
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > MAX_FILE_BYTES) {
		return err([problem('', 'file-too-large', { size: Math.round(bytes / 1024), max: MAX_FILE_BYTES / 1024 })]);
	}
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		// The parser's own words, as data: where the text stops being JSON.
		return err([problem('', 'file-not-json', error instanceof Error ? { detail: error.message } : undefined)]);
	}
	if (depthOf(data) > MAX_DEPTH) return err([problem('', 'file-too-deep', { max: MAX_DEPTH })]);
	if (!isPlainObject(data)) return err([problem('', 'file-not-object')]);
	const format = data.format;
	if (format === FORMAT_V1) return parseV1(data);
	if (typeof format === 'string' && /^oauth2-client\/v\d+$/.test(format)) {
		return err([problem('format', 'format-newer', { format })]);
	}
	return err([
		typeof format === 'string'
			? problem('format', 'format-wrong', { expected: FORMAT_V1, format: format.slice(0, 60) })
			: problem('format', 'format-missing', { expected: FORMAT_V1 })
	]);
}

function parseV1(data: Record<string, unknown>): Validated<ConfigurationFile> {
	const errors: FieldError[] = [];
	const allowed = new Set(['format', 'exportedAt', 'connections', 'accounts']);
	for (const key of Object.keys(data)) if (!allowed.has(key)) errors.push(problem(key, 'file-unknown-field'));
	const exportedAt =
		typeof data.exportedAt === 'string' && !Number.isNaN(Date.parse(data.exportedAt)) ? data.exportedAt : undefined;
	if (!exportedAt) errors.push(problem('exportedAt', 'exported-at-invalid'));
	const lists = {
		connections: { list: data.connections, notList: 'connections-not-list', tooMany: 'connections-too-many' },
		accounts: { list: data.accounts, notList: 'accounts-not-list', tooMany: 'accounts-too-many' }
	} as const;
	for (const [name, { list, notList, tooMany }] of Object.entries(lists)) {
		if (!Array.isArray(list)) errors.push(problem(name, notList));
		else if (list.length > MAX_ITEMS) errors.push(problem(name, tooMany, { max: MAX_ITEMS }));
	}
	if (errors.length > 0) return err(errors);

	const connections: ConnectionEntry[] = [];
	const ids = new Map<string, string>();
	const names = new Map<string, string>();
	(data.connections as unknown[]).forEach((raw, i) => {
		const path = `connections[${i}]`;
		const unknown = unknownConnectionFields(raw, path);
		errors.push(...unknown);
		const checked = validateConnection(raw, path);
		if (!checked.ok) return errors.push(...checked.error);
		const c = checked.value;
		if (!c.id) return errors.push(problem(`${path}.id`, 'connection-id-missing'));
		if (ids.has(c.id)) return errors.push(problem(`${path}.id`, 'id-used-twice', { id: c.id, also: ids.get(c.id) }));
		ids.set(c.id, path);
		const key = nameKey(c.name);
		if (names.has(key))
			return errors.push(problem(`${path}.name`, 'name-used-twice', { name: c.name, also: names.get(key) }));
		names.set(key, path);
		connections.push(c as ConnectionEntry);
	});

	const accounts: AccountEntry[] = [];
	const accountIds = new Map<string, string>();
	const emails = new Map<string, string>();
	(data.accounts as unknown[]).forEach((raw, i) => {
		const path = `accounts[${i}]`;
		const unknown = unknownAccountFields(raw, path);
		errors.push(...unknown);
		const checked = validateAccount(raw, path);
		if (!checked.ok) return errors.push(...checked.error);
		const a = checked.value;
		if (!a.id) return errors.push(problem(`${path}.id`, 'account-id-missing'));
		if (accountIds.has(a.id))
			return errors.push(problem(`${path}.id`, 'id-used-twice', { id: a.id, also: accountIds.get(a.id) }));
		accountIds.set(a.id, path);
		const key = emailKey(a.email);
		if (emails.has(key))
			return errors.push(problem(`${path}.email`, 'email-used-twice', { email: a.email, also: emails.get(key) }));
		emails.set(key, path);
		accounts.push(a as AccountEntry);
	});
	if (errors.length > 0) return err(errors);
	return ok({ format: FORMAT_V1, exportedAt: exportedAt!, connections, accounts });
}
