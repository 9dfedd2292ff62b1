import { Dexie } from 'dexie';
import {
	err,
	ok,
	sameSecretDestination,
	stripUndefined,
	nameKey,
	newId,
	validateConnection,
	type Account,
	type Connection,
	type ConnectionInput,
	type FieldError,
	type Validated
} from '$lib/config';
import type { AppDatabase } from './db';
import type { ConnectionRow } from './rows';
import type { SecretBox } from './secrets';
import { accountFromRow, forgetInPortals } from './accounts';
import { splitValid, type StoredList } from './util';

export interface SaveConnectionOptions {
	/** Remove the stored client secret (a new one in the input replaces it anyway). */
	readonly removeClientSecret?: boolean;
	/** A connection the app registered itself (a new one: editing keeps what it had). */
	readonly registration?: NewRegistration;
}

/** What an automatic registration hands to storage; the management token is sealed there. */
export interface NewRegistration {
	readonly method: 'cimd' | 'dcr';
	readonly domain: string;
	readonly sessionUrl?: string;
	readonly managementUri?: string;
	readonly managementToken?: string;
}

export function secretContext(id: string): string {
	return `connection:${id}:clientSecret`;
}

function managementContext(id: string): string {
	return `connection:${id}:registrationAccessToken`;
}

export function connectionFromRow(row: ConnectionRow): Validated<Connection> {
	const { clientSecret, createdAt, updatedAt, nameKey: _key, sharedRedirect, registration, ...settings } = row;
	const checked = validateConnection(settings);
	if (!checked.ok) return checked;
	return ok({
		...checked.value,
		id: row.id,
		hasClientSecret: clientSecret !== undefined,
		...(sharedRedirect ? { sharedRedirect: true } : {}),
		...(registration
			? {
					registered: {
						method: registration.method,
						domains: [...registration.domains],
						...(registration.sessionUrl ? { sessionUrl: registration.sessionUrl } : {}),
						manageable: registration.managementUri !== undefined && registration.managementToken !== undefined,
						registeredAt: registration.registeredAt
					}
				}
			: {}),
		createdAt,
		updatedAt
	});
}

export class ConnectionRepository {
	constructor(
		private readonly db: AppDatabase,
		private readonly secrets: SecretBox,
		private readonly now: () => number = Date.now
	) {}

	/** Every stored connection, by name. Only Dexie calls inside: usable in a `liveQuery`. */
	async list(): Promise<StoredList<Connection>> {
		const rows = await this.db.connections.toArray();
		return splitValid(rows, connectionFromRow, (a, b) => a.name.localeCompare(b.name));
	}

	async get(id: string): Promise<Connection | undefined> {
		const row = await this.db.connections.get(id);
		if (!row) return undefined;
		const checked = connectionFromRow(row);
		return checked.ok ? checked.value : undefined;
	}

	/** The decrypted client secret, for the one request that needs it. */
	async clientSecret(id: string): Promise<string | undefined> {
		const row = await this.db.connections.get(id);
		if (!row?.clientSecret) return undefined;
		return this.secrets.open(row.clientSecret, secretContext(id));
	}

	/** The errors `save` would give for the name, checked before anything irreversible is done. */
	async nameProblem(name: string, id: string | undefined): Promise<readonly FieldError[] | undefined> {
		const clash = await this.db.connections.where('nameKey').equals(nameKey(name)).first();
		const taken = clash && clash.id !== id ? nameTaken(name) : undefined;
		return taken && !taken.ok ? taken.error : undefined;
	}

	/**
	 * Creates or replaces a connection after validating it. A name already used by another
	 * connection (ignoring case) is refused with an error on `name`.
	 */
	async save(raw: unknown, options: SaveConnectionOptions = {}): Promise<Validated<Connection>> {
		const checked = validateConnection(raw);
		if (!checked.ok) return checked;
		const input: ConnectionInput = checked.value;
		const id = input.id ?? newId();
		// Encrypt before the transaction: a WebCrypto await inside would end it.
		const sealed =
			input.clientSecret !== undefined ? await this.secrets.seal(input.clientSecret, secretContext(id)) : undefined;
		const registration = options.registration;
		const sealedManagement =
			registration?.managementToken !== undefined
				? await this.secrets.seal(registration.managementToken, managementContext(id))
				: undefined;

		try {
			return await this.db.transaction('rw', this.db.connections, async () => {
				const key = nameKey(input.name);
				const clash = await this.db.connections.where('nameKey').equals(key).first();
				if (clash && clash.id !== id) return nameTaken(input.name);
				const existing = await this.db.connections.get(id);
				const now = this.now();
				const { clientSecret: _plain, id: _id, ...settings } = input;
				const row: ConnectionRow = {
					...settings,
					scopes: settings.scopes ? [...settings.scopes] : undefined,
					id,
					nameKey: key,
					createdAt: existing?.createdAt ?? now,
					updatedAt: now
				};
				// A stored secret goes only where it went before: pointed at another provider, client or
				// endpoint, the connection does not take it along (the import follows the same rule).
				const keep =
					options.removeClientSecret || !existing || !sameSecretDestination(existing, input)
						? undefined
						: existing.clientSecret;
				const secret = sealed ?? keep;
				if (secret) row.clientSecret = secret;
				if (existing?.sharedRedirect) row.sharedRedirect = true;
				if (registration) {
					row.registration = stripUndefined({
						method: registration.method,
						domains: [registration.domain],
						sessionUrl: registration.sessionUrl,
						managementUri: sealedManagement ? registration.managementUri : undefined,
						managementToken: sealedManagement,
						registeredAt: now
					});
				} else if (existing?.registration && existing.clientId === input.clientId) {
					// Edited by hand: still the same registration.
					row.registration = existing.registration;
				}
				await this.db.connections.put(stripUndefined(row));
				const stored = connectionFromRow(row);
				return stored;
			});
		} catch (error) {
			if (error instanceof Dexie.ConstraintError) return nameTaken(input.name);
			throw error;
		}
	}

	/**
	 * The person registered the connection's own redirect URI at the provider: from now on its
	 * sign-ins use it, and the shared one is refused for it.
	 */
	async useOwnRedirect(id: string): Promise<void> {
		await this.db.connections.update(id, (row) => {
			delete row.sharedRedirect;
			row.updatedAt = this.now();
		});
	}

	/** Another domain found to sign in at an automatically made connection: never discovered again. */
	async addDomain(id: string, domain: string): Promise<void> {
		await this.db.connections.update(id, (row) => {
			if (row.registration && !row.registration.domains.includes(domain)) row.registration.domains.push(domain);
		});
	}

	/** Where and how to delete an automatic registration (RFC 7592), the token opened. */
	async management(id: string): Promise<{ uri: string; token: string } | undefined> {
		const row = await this.db.connections.get(id);
		const r = row?.registration;
		if (!r?.managementUri || !r.managementToken) return undefined;
		return { uri: r.managementUri, token: await this.secrets.open(r.managementToken, managementContext(id)) };
	}

	/** How many connections use this client id (the app's Client ID Metadata Document shares one redirect URI). */
	async usingClientId(clientId: string): Promise<number> {
		return this.db.connections.filter((row) => row.clientId === clientId).count();
	}

	/** How many connections still use the shared redirect URI. Only Dexie calls inside. */
	async sharingRedirect(): Promise<number> {
		return this.db.connections.filter((row) => row.sharedRedirect === true).count();
	}

	/** The accounts that use a connection: named to the person before deleting it. */
	async accountsUsing(id: string): Promise<Account[]> {
		return (await this.usage(id)).accounts;
	}

	/**
	 * The accounts that use a connection, and how many more records point at it that are not
	 * readable as accounts (damaged): deleting the connection removes those too, so say so.
	 */
	async usage(id: string): Promise<{ accounts: Account[]; unreadable: number }> {
		const rows = await this.db.accounts.where('connectionId').equals(id).toArray();
		const accounts = rows.flatMap((row) => {
			const checked = accountFromRow(row);
			return checked.ok ? [checked.value] : [];
		});
		return { accounts, unreadable: rows.length - accounts.length };
	}

	/** Deletes a connection, its accounts and their grants (and portals' permissions for them), in one transaction. */
	async delete(id: string): Promise<void> {
		await this.db.transaction(
			'rw',
			[this.db.connections, this.db.accounts, this.db.grants, this.db.portals],
			async () => {
				const accountIds = await this.db.accounts.where('connectionId').equals(id).primaryKeys();
				await this.db.grants.bulkDelete(accountIds);
				await this.db.accounts.bulkDelete(accountIds);
				await forgetInPortals(this.db, accountIds);
				await this.db.connections.delete(id);
			}
		);
	}
}

function nameTaken(name: string): Validated<Connection> {
	return err([{ path: 'name', code: 'connection-name-taken', params: { name } }]);
}
