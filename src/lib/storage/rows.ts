import type { Grant, MicrosoftCloud, ProviderId, Servers, TransportKind } from '$lib/config';

/**
 * What IndexedDB holds. Rows are never handed out: repositories validate them into domain types.
 * Every field that is a secret is a `SealedSecret`, encrypted before it reaches the database.
 */

/** AES-GCM ciphertext of one secret, bound to the row and field it belongs to. */
export interface SealedSecret {
	readonly v: 1;
	/** Which key sealed it, so a lost or replaced key is told apart from corrupt data. */
	readonly keyId: string;
	readonly iv: Uint8Array;
	readonly data: ArrayBuffer;
}

export interface ConnectionRow {
	id: string;
	name: string;
	/** Lower-cased name: unique (schema v2). */
	nameKey: string;
	provider: ProviderId;
	clientId: string;
	clientSecret?: SealedSecret;
	projectId?: string;
	cloud?: MicrosoftCloud;
	/** Made before connections had their own redirect URI (schema 5): uses the shared one. */
	sharedRedirect?: true;
	/** Made by the app itself from an email address (docs/zero-registration.md): this browser's knowledge, never exported. */
	registration?: RegistrationRow;
	issuer?: string;
	authorizationEndpoint?: string;
	tokenEndpoint?: string;
	revocationEndpoint?: string;
	scopes?: string[];
	createdAt: number;
	updatedAt: number;
}

/** How an automatically made connection identified the app at its provider. */
export interface RegistrationRow {
	/** `cimd`: its Client ID Metadata Document; `dcr`: Dynamic Client Registration (RFC 7591). */
	method: 'cimd' | 'dcr';
	/** The email domains found to sign in here: never discovered again. */
	domains: string[];
	/** The JMAP Session resource autodiscovery found. */
	sessionUrl?: string;
	/** RFC 7592: where the registration is deleted, and the token for it (sealed). */
	managementUri?: string;
	managementToken?: SealedSecret;
	registeredAt: number;
}

export interface AccountRow {
	id: string;
	name: string;
	email: string;
	/** Lower-cased email: unique (schema v2). */
	emailKey: string;
	connectionId: string;
	transport?: TransportKind;
	servers?: Servers;
	createdAt: number;
	updatedAt: number;
}

/**
 * An account's grant, kept apart from the account so it can be wiped on its own. The token
 * material is one sealed JSON document (`GrantSecrets`); the rest is what the UI may show.
 */
export type GrantRow = { -readonly [K in keyof Grant]: Grant[K] } & { sealed?: SealedSecret };

/**
 * oidc-client-ts state (PKCE verifier, nonce) of a sign-in in flight. `key` is the state id;
 * `namespace` the account it belongs to. The value is sealed like every secret.
 */
export interface TransactionRow {
	key: string;
	namespace: string;
	value: SealedSecret;
	createdAt: number;
}

export interface SettingRow {
	key: string;
	value: unknown;
}

export interface DiscoveryRow {
	issuer: string;
	metadata: Record<string, unknown>;
	fetchedAt: number;
	expiresAt: number;
}

export interface KeyRow {
	id: string;
	key: CryptoKey;
	createdAt: number;
}

/**
 * A portal origin the person allowed to embed the app, and the accounts it may get tokens for:
 * each by its id, its address (case-folded) and its connection as they were when it was allowed.
 * An account that is deleted, replaced, or moved to another address or connection is not the
 * mailbox the person allowed (schema 5).
 */
export interface PortalRow {
	origin: string;
	accounts: PortalAccountBinding[];
	allowedAt: number;
	updatedAt: number;
}

export interface PortalAccountBinding {
	id: string;
	emailKey: string;
	connectionId: string;
}

/** One thing a portal asked, or tried to ask: what the person can read in Settings. */
export interface PortalLogRow {
	id?: number;
	at: number;
	origin: string;
	/** `hello`, `list-accounts`, `get-token`, or `refused` (an origin that is not allowed). */
	request: string;
	account?: string;
	/** `token`, `accounts`, `ready`, `error:<code>`, `ignored`. */
	outcome: string;
	detail?: string;
}
