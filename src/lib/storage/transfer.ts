import {
	emailKey,
	FORMAT_V1,
	nameKey,
	stripUndefined,
	type AccountEntry,
	type ConfigurationFile,
	type ConnectionEntry,
	type FieldError
} from '$lib/config';
import { secretContext } from './connections';
import type { AccountRow, ConnectionRow, SealedSecret } from './rows';
import type { Storage } from './index';

export interface ImportPreview {
	readonly connections: { readonly added: readonly ConnectionEntry[]; readonly replaced: readonly ConnectionEntry[] };
	readonly accounts: { readonly added: readonly AccountEntry[]; readonly replaced: readonly AccountEntry[] };
	/** Clashes with what is stored, and accounts whose connection is nowhere: the import cannot go ahead. */
	readonly problems: readonly FieldError[];
	/** Replaced accounts that are signed in now: importing signs them out. */
	readonly signedOut: readonly AccountEntry[];
}

/**
 * What importing a (validated) file would do here: added and replaced items (by id), and clashes
 * of names or emails with items that stay. Reads only.
 */
export async function previewImport(storage: Storage, file: ConfigurationFile): Promise<ImportPreview> {
	const { db } = storage;
	const [connections, accounts, grants] = await Promise.all([
		db.connections.toArray(),
		db.accounts.toArray(),
		db.grants.toArray()
	]);
	const connectionIds = new Set(connections.map((c) => c.id));
	const accountIds = new Set(accounts.map((a) => a.id));
	const problems: FieldError[] = [];

	// After the import: what stays, plus the file.
	const fileConnectionIds = new Set(file.connections.map((c) => c.id));
	const staying = connections.filter((c) => !fileConnectionIds.has(c.id));
	file.connections.forEach((c, i) => {
		const clash = staying.find((s) => nameKey(s.name) === nameKey(c.name));
		if (clash)
			problems.push({
				path: `connections[${i}].name`,
				message: `“${c.name}” is already the name of another connection here: rename one of them`
			});
	});
	const fileAccountIds = new Set(file.accounts.map((a) => a.id));
	const stayingAccounts = accounts.filter((a) => !fileAccountIds.has(a.id));
	const finalConnections = new Set([...staying.map((c) => c.id), ...fileConnectionIds]);
	file.accounts.forEach((a, i) => {
		const clash = stayingAccounts.find((s) => emailKey(s.email) === emailKey(a.email));
		if (clash)
			problems.push({
				path: `accounts[${i}].email`,
				message: `${a.email} is already used by another account here (“${clash.name}”)`
			});
		if (!finalConnections.has(a.connectionId)) {
			problems.push({
				path: `accounts[${i}].connectionId`,
				message: `no connection with the id “${a.connectionId}” is in the file or here`
			});
		}
	});
	const signedIn = new Set(grants.map((g) => g.accountId));
	return {
		connections: {
			added: file.connections.filter((c) => !connectionIds.has(c.id)),
			replaced: file.connections.filter((c) => connectionIds.has(c.id))
		},
		accounts: {
			added: file.accounts.filter((a) => !accountIds.has(a.id)),
			replaced: file.accounts.filter((a) => accountIds.has(a.id))
		},
		problems,
		signedOut: file.accounts.filter((a) => accountIds.has(a.id) && signedIn.has(a.id))
	};
}

/**
 * Writes a validated, previewed file in one transaction: everything or nothing. A replaced
 * connection keeps its stored client secret if the file carries none (exports leave secrets out
 * unless asked). Replaced accounts lose their grant: imported accounts start "Not signed in".
 */
export async function commitImport(storage: Storage, file: ConfigurationFile): Promise<void> {
	const { db, secrets } = storage;
	const now = Date.now();
	// Encrypt before the transaction: a WebCrypto await inside would end it.
	const sealed = new Map<string, SealedSecret>();
	for (const c of file.connections) {
		if (c.clientSecret !== undefined) sealed.set(c.id, await secrets.seal(c.clientSecret, secretContext(c.id)));
	}
	await db.transaction('rw', [db.connections, db.accounts, db.grants], async () => {
		for (const c of file.connections) {
			const existing = await db.connections.get(c.id);
			const { clientSecret: _plain, ...settings } = c;
			const row: ConnectionRow = stripUndefined({
				...settings,
				scopes: settings.scopes ? [...settings.scopes] : undefined,
				nameKey: nameKey(c.name),
				createdAt: existing?.createdAt ?? now,
				updatedAt: now,
				clientSecret: sealed.get(c.id) ?? existing?.clientSecret
			});
			await db.connections.put(row);
		}
		for (const a of file.accounts) {
			const existing = await db.accounts.get(a.id);
			const row: AccountRow = stripUndefined({
				...a,
				emailKey: emailKey(a.email),
				createdAt: existing?.createdAt ?? now,
				updatedAt: now
			});
			await db.accounts.put(row);
			if (existing) await db.grants.delete(a.id);
		}
	});
}

/**
 * The configuration as a file: every connection (or the chosen ones) and their accounts. Never
 * tokens; client secrets only with `includeSecrets`.
 */
export async function buildExport(
	storage: Storage,
	options: { connectionIds?: readonly string[]; includeSecrets: boolean; now?: Date }
): Promise<ConfigurationFile> {
	const all = (await storage.connections.list()).items;
	const chosen = options.connectionIds ? all.filter((c) => options.connectionIds!.includes(c.id)) : all;
	const ids = new Set(chosen.map((c) => c.id));
	const accounts = (await storage.accounts.list()).items.filter((a) => ids.has(a.connectionId));
	const connections: ConnectionEntry[] = [];
	for (const c of chosen) {
		const secret =
			options.includeSecrets && c.hasClientSecret ? await storage.connections.clientSecret(c.id) : undefined;
		connections.push(
			stripUndefined({
				id: c.id,
				name: c.name,
				provider: c.provider,
				clientId: c.clientId,
				clientSecret: secret,
				projectId: c.projectId,
				issuer: c.issuer,
				authorizationEndpoint: c.authorizationEndpoint,
				tokenEndpoint: c.tokenEndpoint,
				revocationEndpoint: c.revocationEndpoint,
				scopes: c.scopes ? [...c.scopes] : undefined
			}) as ConnectionEntry
		);
	}
	return {
		format: FORMAT_V1,
		exportedAt: (options.now ?? new Date()).toISOString(),
		connections,
		accounts: accounts.map(
			(a) =>
				stripUndefined({
					id: a.id,
					name: a.name,
					email: a.email,
					connectionId: a.connectionId,
					transport: a.transport,
					servers: a.servers
				}) as AccountEntry
		)
	};
}
