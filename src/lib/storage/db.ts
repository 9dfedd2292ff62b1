import { Dexie, type EntityTable } from 'dexie';
// The plain helpers only: the config barrel would bring every schema (and valibot) to the first page.
import { emailKey, nameKey } from '$lib/config/names';
import type {
	AccountRow,
	ConnectionRow,
	DiscoveryRow,
	GrantRow,
	KeyRow,
	PortalLogRow,
	PortalRow,
	SettingRow,
	TransactionRow
} from './rows';

export const DATABASE_NAME = 'oauth2-client';

/**
 * Every schema the app has ever shipped, oldest first. Never edit a shipped entry: add a new
 * version with an upgrade function, and a test that opens a database of each older version.
 */
export const SCHEMA_VERSIONS = [
	{
		version: 1,
		stores: {
			connections: 'id, provider',
			accounts: 'id, connectionId',
			grants: 'accountId',
			transactions: 'key, createdAt',
			settings: 'key',
			discovery: 'issuer',
			keys: 'id'
		}
	},
	{
		// Names and emails become unique, case-insensitively, enforced by the database itself so
		// that two tabs saving at once cannot both win.
		version: 2,
		stores: {
			connections: 'id, provider, &nameKey',
			accounts: 'id, connectionId, &emailKey'
		}
	},
	{
		// Portals that may embed the app and get tokens, and a log of what they asked.
		version: 3,
		stores: {
			portals: 'origin',
			portalLog: '++id, at'
		}
	},
	{
		// Microsoft tenants are kept in lower case (its issuers are); grants that came through a
		// tenant typed otherwise follow, so that they stay bound to their connection.
		version: 4,
		stores: {}
	},
	{
		// A portal's permission names each account's address and connection, not just its id; the
		// log is kept per origin.
		version: 5,
		stores: {
			portalLog: '++id, at, origin'
		}
	}
] as const;

export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export class AppDatabase extends Dexie {
	connections!: EntityTable<ConnectionRow, 'id'>;
	accounts!: EntityTable<AccountRow, 'id'>;
	grants!: EntityTable<GrantRow, 'accountId'>;
	transactions!: EntityTable<TransactionRow, 'key'>;
	settings!: EntityTable<SettingRow, 'key'>;
	discovery!: EntityTable<DiscoveryRow, 'issuer'>;
	keys!: EntityTable<KeyRow, 'id'>;
	portals!: EntityTable<PortalRow, 'origin'>;
	portalLog!: EntityTable<PortalLogRow, 'id'>;

	constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		const [v1, v2, v3, v4, v5] = SCHEMA_VERSIONS;
		this.version(v1.version).stores(v1.stores);
		this.version(v2.version)
			.stores(v2.stores)
			.upgrade(async (tx) => {
				// Before a unique index can exist, existing rows need their keys, and names that
				// only differed in case need telling apart: rename rather than drop anything.
				const taken = new Set<string>();
				await tx
					.table<ConnectionRow>('connections')
					.toCollection()
					.modify((row) => {
						row.name = uniqueName(row.name, taken);
						row.nameKey = nameKey(row.name);
					});
				const emails = new Map<string, number>();
				await tx
					.table<AccountRow>('accounts')
					.toCollection()
					.modify((row) => {
						const key = emailKey(row.email);
						const seen = emails.get(key) ?? 0;
						emails.set(key, seen + 1);
						// A duplicate address cannot be renamed meaningfully; keep the row reachable
						// under a marked key and let validation report it as a clash.
						row.emailKey = seen === 0 ? key : `${key}#duplicate-${seen}`;
					});
			});
		// New tables only: nothing to carry over.
		this.version(v3.version).stores(v3.stores);
		this.version(v4.version)
			.stores(v4.stores)
			.upgrade(async (tx) => {
				const microsoft = new Set<string>();
				await tx
					.table<ConnectionRow>('connections')
					.toCollection()
					.modify((row) => {
						if (row.provider !== 'microsoft') return;
						microsoft.add(row.id);
						if (row.projectId) row.projectId = row.projectId.toLowerCase();
					});
				// Microsoft's endpoints are lower case but for the tenant: the whole URL can follow.
				await tx
					.table<GrantRow>('grants')
					.toCollection()
					.modify((row) => {
						if (!microsoft.has(row.connectionId)) return;
						row.tokenEndpoint = row.tokenEndpoint.toLowerCase();
						if (row.issuer) row.issuer = row.issuer.toLowerCase();
					});
			});
		this.version(v5.version)
			.stores(v5.stores)
			.upgrade(async (tx) => {
				// Each allowed account is bound to the mailbox it is now; ids of accounts that are gone
				// are dropped (a later account with the same id is another mailbox).
				const accounts = new Map((await tx.table<AccountRow>('accounts').toArray()).map((a) => [a.id, a] as const));
				// Connections made before each had its own redirect URI keep the shared one, which is
				// what is registered at their providers, until the person registers their own.
				await tx
					.table<ConnectionRow>('connections')
					.toCollection()
					.modify((row) => {
						row.sharedRedirect = true;
					});
				await tx
					.table('portals')
					.toCollection()
					.modify((row: PortalRow & { accountIds?: string[] }) => {
						row.accounts = (row.accountIds ?? []).flatMap((id) => {
							const account = accounts.get(id);
							return account ? [{ id, emailKey: emailKey(account.email), connectionId: account.connectionId }] : [];
						});
						delete row.accountIds;
					});
			});
	}
}

function uniqueName(name: string, taken: Set<string>): string {
	let candidate = name;
	for (let n = 2; taken.has(nameKey(candidate)); n++) candidate = `${name} (${n})`;
	taken.add(nameKey(candidate));
	return candidate;
}
