import {
	emailKey,
	err,
	FORMAT_V1,
	ok,
	nameKey,
	sameSecretDestination,
	SECRET_REFUSED,
	stripUndefined,
	validateGrant,
	type AccountEntry,
	type ConfigurationFile,
	type ConnectionEntry,
	type ConnectionSettings,
	type FieldError,
	type Grant,
	type Problem,
	type Result
} from '$lib/config';
import { forgetInPortals } from './accounts';
import { connectionFromRow, secretContext } from './connections';
import type { AccountRow, ConnectionRow, GrantRow, PortalRow, SealedSecret } from './rows';
import type { Storage } from './create';

/** What storage tells about an import besides its field problems: the UI words each code. */
export type StorageCode = 'client-secret-not-kept'; // {name}

/** A replaced connection whose stored client secret the import drops, and why, for the preview. */
export interface DroppedSecret extends Problem<StorageCode> {
	readonly id: string;
	readonly name: string;
}

export interface ImportPreview {
	readonly connections: { readonly added: readonly ConnectionEntry[]; readonly replaced: readonly ConnectionEntry[] };
	readonly accounts: { readonly added: readonly AccountEntry[]; readonly replaced: readonly AccountEntry[] };
	/**
	 * Clashes with the configuration as it will be after the import, and accounts whose connection
	 * is nowhere: the import cannot go ahead. Every rule the commit enforces is here, with its path.
	 */
	readonly problems: readonly FieldError[];
	/** Replaced accounts that are signed in now: importing signs them out. */
	readonly signedOut: readonly AccountEntry[];
	/** Replaced connections that the file points elsewhere: their stored client secret is not kept. */
	readonly droppedSecrets: readonly DroppedSecret[];
	/**
	 * Accounts the file leaves as they are, signed in through a connection it points at another
	 * provider or client: their tokens are revoked at the old provider and wiped, as when the
	 * connection is edited so.
	 */
	readonly rebound: readonly { readonly id: string; readonly email: string }[];
	/** Replaced accounts that portals were allowed to use: the permission does not carry over. */
	readonly portalPermissions: readonly {
		readonly id: string;
		readonly email: string;
		readonly origins: readonly string[];
	}[];
}

/**
 * Whether a grant's binding changes when its connection becomes `next` (`bindingChanges` of
 * `$lib/auth`, handed in: storage does not know the providers).
 */
export type Rebinding = (grant: Grant, next: ConnectionSettings, before: ConnectionSettings) => boolean;

/** The grants of accounts the file does not replace, whose connection it points elsewhere. */
function reboundGrants(
	connections: readonly ConnectionRow[],
	accounts: readonly AccountRow[],
	grants: readonly GrantRow[],
	file: ConfigurationFile,
	rebinding: Rebinding | undefined
): { readonly id: string; readonly email: string }[] {
	if (!rebinding) return [];
	const fileAccounts = new Set(file.accounts.map((a) => a.id));
	const fileConnections = new Map(file.connections.map((c) => [c.id, c]));
	const stored = new Map(connections.map((c) => [c.id, c]));
	const out: { id: string; email: string }[] = [];
	for (const row of grants) {
		const next = fileConnections.get(row.connectionId);
		const account = accounts.find((a) => a.id === row.accountId);
		const before = stored.get(row.connectionId);
		if (!next || !account || !before || fileAccounts.has(row.accountId)) continue;
		const { sealed: _sealed, ...meta } = row;
		const grant = validateGrant(meta);
		const previous = connectionFromRow(before);
		if (!grant.ok || !previous.ok) continue;
		if (rebinding(grant.value, next, previous.value)) out.push({ id: account.id, email: account.email });
	}
	return out;
}

/** Replaced accounts with a portal's permission, and which portals. */
function portalPermissionsOf(portals: readonly PortalRow[], accounts: readonly AccountRow[], file: ConfigurationFile) {
	const replaced = new Set(file.accounts.map((a) => a.id));
	return accounts
		.filter((a) => replaced.has(a.id))
		.map((a) => ({
			id: a.id,
			email: a.email,
			origins: portals.filter((p) => p.accounts.some((b) => b.id === a.id)).map((p) => p.origin)
		}))
		.filter((p) => p.origins.length > 0);
}

/**
 * What a commit did: all of the file, or, when the configuration changed after the preview (another
 * tab or window saved something), nothing, with the clashes found, each with its path.
 */
export type CommitResult = Result<void, readonly FieldError[]>;

/**
 * What would break a rule of the database, or leave an account without its connection, once the
 * file is in. The configuration after the import is the stored items the file does not replace,
 * with their names, plus the file's items, with theirs: a name or email that moves from one
 * replaced item to another (a swap) is no clash. Stored items are matched both by the key the
 * unique index holds and by the key of their name as it reads now.
 */
function clashes(
	connections: readonly ConnectionRow[],
	accounts: readonly AccountRow[],
	file: ConfigurationFile
): FieldError[] {
	const problems: FieldError[] = [];
	const fileConnectionIds = new Set(file.connections.map((c) => c.id));
	const names = new Map<string, { readonly name: string; readonly path?: string }>();
	for (const row of connections) {
		if (fileConnectionIds.has(row.id)) continue;
		if (row.nameKey) names.set(row.nameKey, row);
		names.set(nameKey(row.name), row);
	}
	file.connections.forEach((c, i) => {
		const path = `connections[${i}]`;
		const key = nameKey(c.name);
		const owner = names.get(key);
		if (!owner) names.set(key, { name: c.name, path });
		else if (owner.path)
			problems.push({ path: `${path}.name`, code: 'name-used-twice', params: { name: c.name, also: owner.path } });
		else problems.push({ path: `${path}.name`, code: 'name-clash', params: { name: c.name } });
	});

	const fileAccountIds = new Set(file.accounts.map((a) => a.id));
	const emails = new Map<string, { readonly name: string; readonly path?: string }>();
	for (const row of accounts) {
		if (fileAccountIds.has(row.id)) continue;
		if (row.emailKey) emails.set(row.emailKey, row);
		emails.set(emailKey(row.email), row);
	}
	const finalConnections = new Set([
		...connections.filter((c) => !fileConnectionIds.has(c.id)).map((c) => c.id),
		...fileConnectionIds
	]);
	file.accounts.forEach((a, i) => {
		const path = `accounts[${i}]`;
		const key = emailKey(a.email);
		const owner = emails.get(key);
		if (!owner) emails.set(key, { name: a.name, path });
		else if (owner.path)
			problems.push({ path: `${path}.email`, code: 'email-used-twice', params: { email: a.email, also: owner.path } });
		else problems.push({ path: `${path}.email`, code: 'email-clash', params: { email: a.email, account: owner.name } });
		if (!finalConnections.has(a.connectionId)) {
			problems.push({ path: `${path}.connectionId`, code: 'connection-missing', params: { id: a.connectionId } });
		}
	});
	return problems;
}

/**
 * What importing a (validated) file would do here: added and replaced items (by id), clashes of
 * names or emails in the configuration as it will be, and stored client secrets that will not be
 * kept. Reads only.
 */
export async function previewImport(
	storage: Storage,
	file: ConfigurationFile,
	rebinding?: Rebinding
): Promise<ImportPreview> {
	const { db } = storage;
	const [connections, accounts, grants, portals] = await db.transaction(
		'r',
		[db.connections, db.accounts, db.grants, db.portals],
		() => Promise.all([db.connections.toArray(), db.accounts.toArray(), db.grants.toArray(), db.portals.toArray()])
	);
	const storedConnections = new Map(connections.map((c) => [c.id, c]));
	const accountIds = new Set(accounts.map((a) => a.id));
	const signedIn = new Set(grants.map((g) => g.accountId));
	const droppedSecrets: DroppedSecret[] = [];
	for (const c of file.connections) {
		const stored = storedConnections.get(c.id);
		// The commit's rule: a stored secret stays only where the file sends it to the same place.
		if (!stored?.clientSecret || c.clientSecret !== undefined || sameSecretDestination(stored, c)) continue;
		droppedSecrets.push({ id: c.id, name: c.name, code: 'client-secret-not-kept', params: { name: c.name } });
	}
	return {
		connections: {
			added: file.connections.filter((c) => !storedConnections.has(c.id)),
			replaced: file.connections.filter((c) => storedConnections.has(c.id))
		},
		accounts: {
			added: file.accounts.filter((a) => !accountIds.has(a.id)),
			replaced: file.accounts.filter((a) => accountIds.has(a.id))
		},
		problems: clashes(connections, accounts, file),
		signedOut: file.accounts.filter((a) => accountIds.has(a.id) && signedIn.has(a.id)),
		droppedSecrets,
		rebound: reboundGrants(connections, accounts, grants, file, rebinding),
		portalPermissions: portalPermissionsOf(portals, accounts, file)
	};
}

/**
 * Writes a validated, previewed file in one transaction: everything or nothing. The clashes the
 * preview reports are checked again inside it, so a change made meanwhile (another tab) ends in a
 * refusal with paths, before anything is written; never in half an import. A replaced connection keeps its stored
 * client secret if the file carries none (exports leave secrets out unless asked), and only while
 * the file sends it to the same provider, client and endpoints. Imported accounts start "Not
 * signed in" (no grant survives) and are listed for signing in (`importedAccounts`), in the same
 * transaction.
 */
export async function commitImport(storage: Storage, file: ConfigurationFile): Promise<CommitResult> {
	const { db, secrets, settings } = storage;
	const now = Date.now();
	// Encrypt before the transaction: a WebCrypto await inside would end it.
	const sealed = new Map<string, SealedSecret>();
	for (const c of file.connections) {
		if (c.clientSecret !== undefined) sealed.set(c.id, await secrets.seal(c.clientSecret, secretContext(c.id)));
	}
	return db.transaction(
		'rw',
		[db.connections, db.accounts, db.grants, db.settings, db.portals],
		async (): Promise<CommitResult> => {
			const [connections, accounts] = await Promise.all([db.connections.toArray(), db.accounts.toArray()]);
			// Checked before the first write: a refusal leaves the transaction with nothing to undo.
			const errors = clashes(connections, accounts, file);
			if (errors.length > 0) return err(errors);
			const storedConnections = new Map(connections.map((c) => [c.id, c]));
			const storedAccounts = new Map(accounts.map((a) => [a.id, a]));
			const connectionRows = file.connections.map((c): ConnectionRow => {
				const stored = storedConnections.get(c.id);
				const { clientSecret: _plain, ...fields } = c;
				return stripUndefined({
					...fields,
					scopes: fields.scopes ? [...fields.scopes] : undefined,
					nameKey: nameKey(c.name),
					createdAt: stored?.createdAt ?? now,
					updatedAt: now,
					// A file that points a connection elsewhere must not take its stored secret along.
					clientSecret:
						sealed.get(c.id) ?? (stored && sameSecretDestination(stored, c) ? stored.clientSecret : undefined),
					// Registered at the provider or not, that is this browser's knowledge: it stays.
					sharedRedirect: stored?.sharedRedirect,
					// The same client at the same provider: still the registration this browser made.
					registration: stored && stored.clientId === c.clientId ? stored.registration : undefined
				});
			});
			const accountRows = file.accounts.map((a): AccountRow =>
				stripUndefined({
					...a,
					emailKey: emailKey(a.email),
					createdAt: storedAccounts.get(a.id)?.createdAt ?? now,
					updatedAt: now
				})
			);
			// Replaced rows leave first: unique indexes are checked write by write, not at the end, so a
			// name or email moving between two replaced items (a swap) would otherwise collide half-way.
			await db.connections.bulkDelete(file.connections.map((c) => c.id));
			await db.accounts.bulkDelete(file.accounts.map((a) => a.id));
			await db.connections.bulkAdd(connectionRows);
			await db.accounts.bulkAdd(accountRows);
			// No grant survives for an imported account, whoever's it was: each signs in here.
			await db.grants.bulkDelete(file.accounts.map((a) => a.id));
			// Nor a portal's permission: a replaced account may be another mailbox now.
			await forgetInPortals(
				db,
				file.accounts.filter((a) => storedAccounts.has(a.id)).map((a) => a.id)
			);
			if (file.accounts.length > 0) {
				const listed = (await settings.get('importedAccounts')) ?? [];
				await settings.set('importedAccounts', [...new Set([...listed, ...file.accounts.map((a) => a.id)])]);
			}
			return ok(undefined);
		}
	);
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
		// A secret the provider refuses from a browser app is never exported (it would not import).
		const secret =
			options.includeSecrets && c.hasClientSecret && !SECRET_REFUSED[c.provider]
				? await storage.connections.clientSecret(c.id)
				: undefined;
		connections.push(
			stripUndefined({
				id: c.id,
				name: c.name,
				provider: c.provider,
				clientId: c.clientId,
				clientSecret: secret,
				projectId: c.projectId,
				cloud: c.cloud,
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
