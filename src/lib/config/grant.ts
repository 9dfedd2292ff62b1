import * as v from 'valibot';
import { err, fields, ok, toFieldErrors, type Params, type Validated } from './result';

/** What a stored grant can be. "Not signed in" is the absence of a grant; "Offline" is the browser's. */
export const GRANT_STATES = ['connected', 'retrying', 'sign-in-required', 'configuration-error'] as const;
export type GrantState = (typeof GRANT_STATES)[number];

/** The status words people see: a contract. Never "Not connected". */
export const STATUS_WORDS = [
	'Not signed in',
	'Connected',
	'Refreshing',
	'Retrying',
	'Sign-in required',
	'Configuration error',
	'Offline'
] as const;
export type StatusWord = (typeof STATUS_WORDS)[number];

/**
 * Why a grant is not plainly connected: a stable code (for decisions, and for the UI to word) and
 * the data its message names. Grants stored by earlier versions carried an English `message`
 * instead of `params`; it is dropped when read (their code words them the same).
 */
export interface GrantProblem {
	readonly code: string;
	readonly params?: Params;
	readonly at: number;
}

/** Who signed in, from the id token or userinfo. */
export interface Person {
	readonly sub?: string;
	readonly name?: string;
	readonly email?: string;
}

/**
 * An account's grant without its secrets: what the UI may show and the scheduler needs.
 * A grant is bound to the issuer, token endpoint and client id it came from.
 */
export interface Grant {
	readonly accountId: string;
	readonly connectionId: string;
	readonly issuer?: string;
	readonly tokenEndpoint: string;
	readonly clientId: string;
	readonly state: GrantState;
	readonly hasRefreshToken: boolean;
	/** When the access token of the account's main resource expires (epoch ms). */
	readonly expiresAt?: number;
	/** When that access token was issued: with `expiresAt`, its lifetime. */
	readonly issuedAt?: number;
	readonly scopes: readonly string[];
	/** RFC 8707 resource indicator the sign-in asked for (the main token's audience), if any. */
	readonly resource?: string;
	/**
	 * When the sign-in itself ends, however often its tokens are renewed (Microsoft: 24 hours
	 * after signing in, for a single-page app); absent where the provider sets no such limit.
	 */
	readonly signInExpiresAt?: number;
	/** Microsoft: the tenant the person signed in with (the id token's `tid`). */
	readonly tenantId?: string;
	/**
	 * Where the token may be revoked, recorded at sign-in: the provider that issued it (`endpoint`
	 * absent where it has no revocation endpoint). Absent on grants from before the app recorded it.
	 */
	readonly revocation?: { readonly endpoint?: string };
	readonly person?: Person;
	readonly problem?: GrantProblem;
	/** Transient failures: how many in a row, and when to try again. */
	readonly retry?: { readonly attempt: number; readonly nextAt: number };
	/** A refresh is in flight in some tab until this time ("Refreshing"). */
	readonly busyUntil?: number;
	readonly obtainedAt: number;
	readonly refreshedAt?: number;
	readonly updatedAt: number;
}

/** One access token, for one resource (Microsoft issues one per resource). */
export interface AccessToken {
	readonly token: string;
	readonly type: string;
	readonly expiresAt?: number;
	readonly issuedAt: number;
	readonly scopes: readonly string[];
}

/** The sealed part of a grant: one encrypted document, written atomically with the metadata. */
export interface GrantSecrets {
	readonly refreshToken?: string;
	/** Keyed by resource; `''` is the account's main resource. */
	readonly accessTokens: Readonly<Record<string, AccessToken>>;
	readonly idToken?: string;
}

const count = v.pipe(v.number(), v.finite());
const grantSchema = fields(
	{
		accountId: v.string(),
		connectionId: v.string(),
		issuer: v.optional(v.string()),
		tokenEndpoint: v.string(),
		clientId: v.string(),
		state: v.picklist(GRANT_STATES),
		hasRefreshToken: v.boolean(),
		expiresAt: v.optional(count),
		issuedAt: v.optional(count),
		scopes: v.array(v.string()),
		resource: v.optional(v.string()),
		signInExpiresAt: v.optional(count),
		tenantId: v.optional(v.string()),
		revocation: v.optional(v.object({ endpoint: v.optional(v.string()) })),
		person: v.optional(
			v.object({ sub: v.optional(v.string()), name: v.optional(v.string()), email: v.optional(v.string()) })
		),
		problem: v.optional(
			v.object({
				code: v.string(),
				params: v.optional(v.record(v.string(), v.union([v.string(), count]))),
				at: count
			})
		),
		retry: v.optional(v.object({ attempt: count, nextAt: count })),
		busyUntil: v.optional(count),
		obtainedAt: count,
		refreshedAt: v.optional(count),
		updatedAt: count
	},
	'grant-not-object'
);

export function validateGrant(raw: unknown): Validated<Grant> {
	const parsed = v.safeParse(grantSchema, raw);
	return parsed.success ? ok(parsed.output) : err(toFieldErrors(parsed.issues));
}

const accessTokenSchema = v.object({
	token: v.string(),
	type: v.string(),
	expiresAt: v.optional(count),
	issuedAt: count,
	scopes: v.array(v.string())
});
const secretsSchema = v.object({
	refreshToken: v.optional(v.string()),
	accessTokens: v.record(v.string(), accessTokenSchema),
	idToken: v.optional(v.string())
});

export function validateGrantSecrets(raw: unknown): Validated<GrantSecrets> {
	const parsed = v.safeParse(secretsSchema, raw);
	return parsed.success ? ok(parsed.output) : err(toFieldErrors(parsed.issues));
}
