import {
	err,
	ok,
	SECRET_REFUSED,
	type AccessToken,
	type Connection,
	type Grant,
	type GrantSecrets,
	type Problem,
	type Result
} from '$lib/config';
import type { ResourceRequest } from '$lib/providers';
import { SecretUnavailableError, type Storage } from '$lib/storage';
import { endpointsMoveGrant } from './binding';
import { resolveEndpoints } from './endpoints';
import { withGrant, type HeldGrant } from './grant-changes';
import { browserOnline, type HttpDeps } from './http';
import type { LockManagerLike } from './locks';
import { problem, type AuthCode, type AuthProblem } from './problems';
import { refreshDueAt, refreshMargin } from './timing';
import { tokenRequest } from './token-client';

export interface KeeperDeps extends HttpDeps {
	readonly storage: Storage;
	readonly locks?: LockManagerLike;
	readonly random?: () => number;
	readonly appOrigin?: string;
}

/** A current access token, as the one token function hands it out. */
export interface IssuedToken {
	readonly accessToken: string;
	readonly tokenType: string;
	/** Epoch ms. With `needExpiry`, always set: assumed where the provider did not say. */
	readonly expiresAt?: number;
	/** When the provider issued it (epoch ms). */
	readonly issuedAt: number;
	readonly scopes: readonly string[];
	/** Whether this call renewed it. */
	readonly refreshed: boolean;
}

/** Why there is no token now: the account's status in the making, and what to tell the person. */
export interface NoToken {
	readonly status: 'not-signed-in' | 'sign-in-required' | 'configuration-error' | 'offline' | 'retrying';
	readonly problem: Problem<AuthCode>;
	/** `retrying`: when the next attempt is due. */
	readonly nextAt?: number;
}

/** The answer of the one token function. Expected outcomes are values; only the unexpected throws. */
export type TokenAnswer = Result<IssuedToken, NoToken>;

export interface TokenOptions {
	/** Which token: the account's own (default), or one for another resource (see `resourceFor`). */
	readonly resource?: ResourceRequest;
	/** Renew even if the current token is still good (a 401 from a server). */
	readonly force?: boolean;
	/**
	 * With `force`: the token the server refused. If the stored token is another one by the time
	 * the lock is ours, someone renewed it meanwhile (two calls refused at once): use theirs.
	 */
	readonly rejected?: string;
	/** The token must stay valid at least this long; otherwise it is renewed first. */
	readonly minValidityMs?: number;
	/**
	 * The caller must know when the token expires (a portal is always told `expiresAt`). Where the
	 * provider gave no `expires_in` (RFC 6749 makes it optional), the token is taken to live
	 * `ASSUMED_LIFETIME_MS` from its issue, and is renewed once that is nearly over.
	 */
	readonly needExpiry?: boolean;
}

/**
 * The lifetime assumed for an access token whose provider gave no `expires_in`: the usual default
 * of OAuth 2 servers, and what the refresh timing assumes where it cannot tell (`refreshDueAt`).
 * Without `needExpiry` such a token is good until a server refuses it, and its renewal is not
 * scheduled.
 */
export const ASSUMED_LIFETIME_MS = 3_600_000;

/** A token with less time left than this is not handed out while its renewal is failing. */
const STILL_VALID_MS = 5_000;
const MAIN = '';

/** What a renewal works with, read inside the lock. */
interface Renewal {
	readonly held: HeldGrant;
	readonly grant: Grant;
	readonly connection: Connection;
	readonly secrets: GrantSecrets & { readonly refreshToken: string };
	readonly key: string;
	readonly current: AccessToken | undefined;
	/** A token that has not expired yet still serves while its renewal waits or fails. */
	readonly stillValid: boolean;
}

/**
 * Keeps grants alive: hands out access tokens, refreshing when needed. Exactly one refresh per
 * grant at a time across all tabs: a Web Lock per grant; inside it the grant is read again and
 * refreshed only if still needed, so a caller that waited gets the token another just fetched.
 */
export class TokenKeeper {
	constructor(private readonly deps: KeeperDeps) {}

	#now(): number {
		return this.deps.now?.() ?? Date.now();
	}

	/**
	 * The one function everything that needs a token calls: a valid access token for the
	 * account, refreshed first if it is about to expire.
	 */
	async getAccessToken(accountId: string, options: TokenOptions = {}): Promise<TokenAnswer> {
		const answer = await this.#current(accountId, options);
		if (!options.needExpiry || !answer.ok || answer.value.expiresAt !== undefined) return answer;
		return this.#withAssumedExpiry(accountId, options, answer.value);
	}

	async #current(accountId: string, options: TokenOptions): Promise<TokenAnswer> {
		if (!options.force) {
			const grant = await this.deps.storage.grants.get(accountId);
			if (!grant) return noToken('not-signed-in', { code: 'not-signed-in' });
			if (grant.state === 'connected' || grant.state === 'retrying') {
				const secrets = await this.deps.storage.grants.secrets(accountId).catch(() => undefined);
				const token = secrets?.accessTokens[options.resource?.key ?? MAIN];
				if (token && this.#fresh(token, options.minValidityMs)) return issued(token, false);
			}
		}
		return this.refresh(accountId, options);
	}

	/**
	 * A token without a stated expiry, for a caller that must know one: good until
	 * `ASSUMED_LIFETIME_MS` after its issue, renewed first once that is nearly over. A grant
	 * without a refresh token cannot renew it: the caller is told to sign in again (the grant is
	 * left as it is: the app keeps using the token until a server refuses it).
	 */
	async #withAssumedExpiry(accountId: string, options: TokenOptions, token: IssuedToken): Promise<TokenAnswer> {
		const now = this.#now();
		const assumed = token.issuedAt + ASSUMED_LIFETIME_MS;
		if (now < assumed - refreshMargin(ASSUMED_LIFETIME_MS)) return ok({ ...token, expiresAt: assumed });
		const renewable = await this.deps.storage.grants
			.secrets(accountId)
			.then((s) => Boolean(s.refreshToken))
			.catch(() => false);
		if (!renewable) {
			return noToken('sign-in-required', {
				code: 'no-expiry-no-refresh',
				params: { minutes: ASSUMED_LIFETIME_MS / 60_000 }
			});
		}
		const renewed = await this.#current(accountId, { ...options, force: true, rejected: token.accessToken });
		if (!renewed.ok) return renewed;
		// Issued after `now`: counting from `now` errs on the early side.
		return ok({ ...renewed.value, expiresAt: renewed.value.expiresAt ?? now + ASSUMED_LIFETIME_MS });
	}

	/** Renews the access token if (still) needed, under the grant's lock. */
	refresh(accountId: string, options: TokenOptions = {}): Promise<TokenAnswer> {
		return withGrant(this.deps, accountId, (held) => this.#refreshLocked(held, options));
	}

	#fresh(token: AccessToken, minValidityMs?: number): boolean {
		if (token.expiresAt === undefined) return true;
		const now = this.#now();
		if (minValidityMs !== undefined) return token.expiresAt - now > minValidityMs;
		const due = refreshDueAt(token);
		return due === undefined || now < due;
	}

	async #refreshLocked(held: HeldGrant, options: TokenOptions): Promise<TokenAnswer> {
		const read = await this.#read(held, options);
		if (read.kind === 'answer') return read.answer;
		const renewal = read.renewal;
		const waiting = this.#waiting(renewal, options);
		if (waiting) return waiting;
		return this.#renew(renewal, options);
	}

	/**
	 * Reads the grant again inside the lock: it may be gone, need the person, be fresh already
	 * (another tab or call just renewed it: its token is ours too), or be up for renewal.
	 */
	async #read(
		held: HeldGrant,
		options: TokenOptions
	): Promise<{ kind: 'answer'; answer: TokenAnswer } | { kind: 'renew'; renewal: Renewal }> {
		const answer = (a: TokenAnswer) => ({ kind: 'answer', answer: a }) as const;
		const grant = await held.read();
		if (!grant) return answer(noToken('not-signed-in', { code: 'not-signed-in' }));
		if (grant.state === 'sign-in-required') {
			return answer(noToken('sign-in-required', grant.problem ?? { code: 'sign-in-again' }));
		}
		const connection = await this.deps.storage.connections.get(grant.connectionId);
		if (!connection) return answer(await this.#mark(held, grant, problem('configuration', 'connection-gone')));
		if (grant.state === 'configuration-error' && !options.force && connection.updatedAt <= (grant.problem?.at ?? 0)) {
			return answer(noToken('configuration-error', grant.problem ?? { code: 'check-connection' }));
		}
		let secrets: GrantSecrets;
		try {
			secrets = await held.secrets();
		} catch (error) {
			if (!(error instanceof SecretUnavailableError)) throw error;
			const code = error.code === 'key-missing' ? 'key-lost' : 'tokens-damaged';
			return answer(await this.#mark(held, grant, problem('sign-in-required', code)));
		}
		const key = options.resource?.key ?? MAIN;
		const current = secrets.accessTokens[key];
		const renewedMeanwhile = options.force && options.rejected !== undefined && current?.token !== options.rejected;
		if ((!options.force || renewedMeanwhile) && current && this.#fresh(current, options.minValidityMs)) {
			if (grant.state !== 'connected' && key === MAIN) await held.markConnected();
			return answer(issued(current, false));
		}
		if (!secrets.refreshToken) {
			return answer(await this.#mark(held, grant, problem('sign-in-required', 'no-refresh-token')));
		}
		const stillValid =
			current !== undefined && !options.force && this.#fresh(current, options.minValidityMs ?? STILL_VALID_MS);
		return {
			kind: 'renew',
			renewal: {
				held,
				grant,
				connection,
				secrets: { ...secrets, refreshToken: secrets.refreshToken },
				key,
				current,
				stillValid
			}
		};
	}

	/** While renewal waits (a retry not yet due, or no network), a token that has not expired yet serves. */
	#waiting({ grant, current, stillValid }: Renewal, options: TokenOptions): TokenAnswer | undefined {
		if (!options.force && grant.state === 'retrying' && grant.retry && grant.retry.nextAt > this.#now()) {
			if (stillValid && current) return issued(current, false);
			return noToken('retrying', grant.problem ?? { code: 'retrying' }, grant.retry.nextAt);
		}
		if (!browserOnline(this.deps)) {
			if (stillValid && current) return issued(current, false);
			return noToken('offline', { code: 'offline' });
		}
		return undefined;
	}

	async #renew(renewal: Renewal, options: TokenOptions): Promise<TokenAnswer> {
		const { held, grant, secrets, key, current, stillValid } = renewal;
		const target = await this.#target(renewal);
		if (!target.ok) return this.#mark(held, grant, target.error);

		await held.markBusy();
		const main = key === MAIN;
		const indicator = main ? grant.resource : options.resource?.indicator;
		const result = await tokenRequest(
			grant.tokenEndpoint,
			{
				grant_type: 'refresh_token',
				refresh_token: secrets.refreshToken,
				client_id: grant.clientId,
				...(target.value.clientSecret ? { client_secret: target.value.clientSecret } : {}),
				// Another resource's token (Microsoft: its scopes; OpenID: its indicator), or the main
				// token for the server the sign-in asked for (Microsoft: its resource's scopes).
				...(options.resource?.scopes ? { scope: options.resource.scopes.join(' ') } : {}),
				...(indicator ? { resource: indicator } : {})
			},
			'refresh',
			this.deps
		);
		if (result.ok) {
			const token = await held.storeRenewal(grant, secrets, key, result.value, current?.scopes ?? grant.scopes);
			return issued(token, true);
		}
		let p = result.error;
		const previous = grant.problem?.code;
		if (p.code === 'invalid-grant' && (previous === 'unreachable' || previous === 'timeout')) {
			// The last attempt may have reached the provider and rotated the token, with the answer
			// lost on the way back: the old token is spent. No retry can mend that.
			p = { ...p, code: 'lost-response' };
		}
		if (!main && p.class !== 'transient') {
			// Another resource's token was refused (a resource or scope the sign-in did not ask for):
			// the grant itself is fine; only this use needs a new sign-in.
			return noToken('sign-in-required', p);
		}
		const marked = await this.#mark(held, grant, p);
		return !marked.ok && marked.error.status === 'retrying' && stillValid && current ? issued(current, false) : marked;
	}

	/**
	 * Where the refresh token may go, and with which secret: only to the issuer, token endpoint and
	 * client it was issued by (the binding rule, `binding.ts`), and a secret only where the
	 * provider takes one from a browser.
	 */
	async #target({ grant, connection }: Renewal): Promise<Result<{ clientSecret?: string }, AuthProblem>> {
		const resolved = await resolveEndpoints(connection, { ...this.deps, cache: this.deps.storage.discovery });
		if (!resolved.ok) return resolved;
		if (endpointsMoveGrant(grant, connection.clientId, resolved.value)) {
			return err(problem('sign-in-required', 'binding-changed'));
		}
		if (SECRET_REFUSED[connection.provider]) return ok({});
		try {
			const clientSecret = await this.deps.storage.connections.clientSecret(connection.id);
			return ok(clientSecret ? { clientSecret } : {});
		} catch (error) {
			if (!(error instanceof SecretUnavailableError)) throw error;
			return err(problem('configuration', 'secret-lost'));
		}
	}

	/** Records a failure on the grant: its tokens stay; only its state and problem change. */
	async #mark(held: HeldGrant, grant: Grant, p: AuthProblem): Promise<TokenAnswer> {
		const marked = await held.recordProblem(grant, p, this.deps.random?.() ?? Math.random());
		const answer: Problem<AuthCode> = { code: p.code, ...(p.params ? { params: p.params } : {}) };
		return marked.state === 'retrying'
			? noToken('retrying', answer, marked.nextAt)
			: noToken(marked.state === 'configuration-error' ? 'configuration-error' : 'sign-in-required', answer);
	}
}

function issued(token: AccessToken, refreshed: boolean): TokenAnswer {
	return ok({
		accessToken: token.token,
		tokenType: token.type,
		...(token.expiresAt !== undefined ? { expiresAt: token.expiresAt } : {}),
		issuedAt: token.issuedAt,
		scopes: token.scopes,
		refreshed
	});
}

function noToken(status: NoToken['status'], p: Problem<string>, nextAt?: number): TokenAnswer {
	return err({
		status,
		problem: { code: p.code as AuthCode, ...(p.params ? { params: p.params } : {}) },
		...(nextAt !== undefined ? { nextAt } : {})
	});
}
