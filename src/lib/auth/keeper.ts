import { SECRET_REFUSED, type AccessToken, type Grant, type GrantProblem } from '$lib/config';
import type { ResourceRequest } from '$lib/providers';
import { SecretUnavailableError, type Storage } from '$lib/storage';
import { resolveEndpoints } from './endpoints';
import { browserOnline, type HttpDeps } from './http';
import { browserLocks, grantLockName, type LockManagerLike } from './locks';
import { problem, type AuthProblem } from './problems';
import { refreshDueAt, retryDelay } from './timing';
import { tokenRequest } from './token-client';

export interface KeeperDeps extends HttpDeps {
	readonly storage: Storage;
	readonly locks?: LockManagerLike;
	readonly random?: () => number;
	readonly online?: () => boolean;
	readonly appOrigin?: string;
}

/** The answer of the one token function. Expected outcomes are values; only the unexpected throws. */
export type TokenAnswer =
	| {
			readonly kind: 'token';
			readonly accessToken: string;
			readonly tokenType: string;
			readonly expiresAt?: number;
			readonly scopes: readonly string[];
			/** Whether this call renewed it. */
			readonly refreshed: boolean;
	  }
	| { readonly kind: 'not-signed-in'; readonly message: string }
	| { readonly kind: 'sign-in-required'; readonly message: string }
	| { readonly kind: 'configuration-error'; readonly message: string }
	| { readonly kind: 'offline'; readonly message: string }
	| { readonly kind: 'retrying'; readonly message: string; readonly nextAt?: number };

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
}

/** How long a refresh may take before other tabs stop showing "Refreshing". */
const BUSY_MS = 30_000;
/** A token with less time left than this is not handed out while its renewal is failing. */
const STILL_VALID_MS = 5_000;
const MAIN = '';

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
		if (!options.force) {
			const grant = await this.deps.storage.grants.get(accountId);
			if (!grant) return { kind: 'not-signed-in', message: 'This account is not signed in yet: press Refresh token.' };
			if (grant.state === 'connected' || grant.state === 'retrying') {
				const secrets = await this.deps.storage.grants.secrets(accountId).catch(() => undefined);
				const token = secrets?.accessTokens[options.resource?.key ?? MAIN];
				if (token && this.#fresh(token, options.minValidityMs)) return answer(token, false);
			}
		}
		return this.refresh(accountId, options);
	}

	/** Renews the access token if (still) needed, under the grant's lock. */
	async refresh(accountId: string, options: TokenOptions = {}): Promise<TokenAnswer> {
		const locks = this.deps.locks ?? browserLocks();
		return locks.request(grantLockName(accountId), { mode: 'exclusive' }, () =>
			this.#refreshLocked(accountId, options)
		);
	}

	#fresh(token: AccessToken, minValidityMs?: number): boolean {
		if (token.expiresAt === undefined) return true;
		const now = this.#now();
		if (minValidityMs !== undefined) return token.expiresAt - now > minValidityMs;
		const due = refreshDueAt(token);
		return due === undefined || now < due;
	}

	async #refreshLocked(accountId: string, options: TokenOptions): Promise<TokenAnswer> {
		const { storage } = this.deps;
		const now = this.#now();
		const grant = await storage.grants.get(accountId);
		if (!grant) return { kind: 'not-signed-in', message: 'This account is not signed in yet: press Refresh token.' };
		if (grant.state === 'sign-in-required')
			return { kind: 'sign-in-required', message: grant.problem?.message ?? 'Sign in again.' };
		const connection = await storage.connections.get(grant.connectionId);
		if (!connection)
			return this.#mark(
				grant,
				problem(
					'configuration',
					'connection-gone',
					'The connection of this account no longer exists: choose another one and sign in again.'
				)
			);
		if (grant.state === 'configuration-error' && !options.force && connection.updatedAt <= (grant.problem?.at ?? 0)) {
			return { kind: 'configuration-error', message: grant.problem?.message ?? 'Check the connection.' };
		}

		let secrets;
		try {
			secrets = await storage.grants.secrets(accountId);
		} catch (error) {
			if (!(error instanceof SecretUnavailableError)) throw error;
			return this.#mark(grant, problem('sign-in-required', 'key-lost', `${error.message} Sign in again.`));
		}
		const key = options.resource?.key ?? MAIN;
		const current = secrets.accessTokens[key];
		// Inside the lock: another tab (or call) may have just refreshed. Then its token is ours too.
		const renewedMeanwhile = options.force && options.rejected !== undefined && current?.token !== options.rejected;
		if ((!options.force || renewedMeanwhile) && current && this.#fresh(current, options.minValidityMs)) {
			if (grant.state !== 'connected' && key === MAIN) {
				await storage.grants.update(accountId, { state: 'connected', problem: undefined, retry: undefined });
			}
			return answer(current, false);
		}
		if (!secrets.refreshToken) {
			return this.#mark(
				grant,
				problem(
					'sign-in-required',
					'no-refresh-token',
					'The access token expired and the provider gave no refresh token to renew it. Sign in again.'
				)
			);
		}
		// While renewal waits (a retry not yet due, or no network), a token that has not expired
		// yet still serves.
		const stillValid = current && !options.force && this.#fresh(current, options.minValidityMs ?? STILL_VALID_MS);
		if (!options.force && grant.state === 'retrying' && grant.retry && grant.retry.nextAt > now) {
			if (stillValid) return answer(current, false);
			return { kind: 'retrying', message: grant.problem?.message ?? 'Retrying…', nextAt: grant.retry.nextAt };
		}
		if (!(this.deps.online?.() ?? browserOnline())) {
			if (stillValid) return answer(current, false);
			return {
				kind: 'offline',
				message: 'The browser is offline. The token will be renewed when the network is back.'
			};
		}

		const resolved = await resolveEndpoints(connection, { ...this.deps, cache: storage.discovery });
		if (!resolved.ok) return this.#mark(grant, resolved.problem);
		const endpoints = resolved.endpoints;
		// A refresh token is never sent to an endpoint it was not issued by.
		if (
			endpoints.tokenEndpoint !== grant.tokenEndpoint ||
			connection.clientId !== grant.clientId ||
			(grant.issuer !== undefined && endpoints.issuer !== undefined && grant.issuer !== endpoints.issuer)
		) {
			return this.#mark(
				grant,
				problem(
					'sign-in-required',
					'binding-changed',
					'The connection now points at another provider or client than the one this account signed in with. Sign in again.'
				)
			);
		}
		let clientSecret: string | undefined;
		try {
			// A secret the provider refuses from browsers (stored before that was checked) is never sent.
			clientSecret = SECRET_REFUSED[connection.provider]
				? undefined
				: await storage.connections.clientSecret(connection.id);
		} catch (error) {
			if (!(error instanceof SecretUnavailableError)) throw error;
			return this.#mark(
				grant,
				problem(
					'configuration',
					'secret-lost',
					'The connection’s client secret can no longer be read in this browser: enter it again in the connection.'
				)
			);
		}

		await storage.grants.update(accountId, { busyUntil: now + BUSY_MS });
		const result = await tokenRequest(
			grant.tokenEndpoint,
			{
				grant_type: 'refresh_token',
				refresh_token: secrets.refreshToken,
				client_id: grant.clientId,
				...(clientSecret ? { client_secret: clientSecret } : {}),
				// Another resource's token (Microsoft: its scopes; OpenID: its indicator), or the main
				// token for the server the sign-in asked for (Microsoft: its resource's scopes).
				...(options.resource?.scopes ? { scope: options.resource.scopes.join(' ') } : {}),
				...((key === MAIN ? grant.resource : options.resource?.indicator)
					? { resource: (key === MAIN ? grant.resource : options.resource?.indicator)! }
					: {})
			},
			'refresh',
			this.deps
		);
		if (!result.ok) {
			let p = result.problem;
			const previous = grant.problem?.code;
			if (p.code === 'invalid-grant' && (previous === 'unreachable' || previous === 'timeout')) {
				// The last attempt may have reached the provider and rotated the token, with the
				// answer lost on the way back: the old token is spent. No retry can mend that.
				p = {
					...p,
					code: 'lost-response',
					message:
						'An earlier refresh seems to have reached the provider, but its answer was lost on the way back, so the refresh token it replaced no longer works. Sign in again.'
				};
			}
			if (key !== MAIN && p.class !== 'transient') {
				// Another resource's token was refused (a resource or scope the sign-in did not ask
				// for): the grant itself is fine; only this use needs a new sign-in.
				return { kind: 'sign-in-required', message: p.message };
			}
			const marked = await this.#mark(grant, p);
			return marked.kind === 'retrying' && stillValid ? answer(current, false) : marked;
		}

		const tokens = result.tokens;
		const issuedAt = this.#now();
		const expiresAt = tokens.expires_in !== undefined ? issuedAt + tokens.expires_in * 1000 : undefined;
		const scopes = tokens.scope ? tokens.scope.split(' ').filter(Boolean) : (current?.scopes ?? grant.scopes);
		const token: AccessToken = {
			token: tokens.access_token,
			type: tokens.token_type,
			...(expiresAt !== undefined ? { expiresAt } : {}),
			issuedAt,
			scopes
		};
		const { problem: _p, retry: _r, busyUntil: _b, expiresAt: _e, issuedAt: _i, ...rest } = grant;
		const next: Grant =
			key === MAIN
				? {
						...rest,
						state: 'connected',
						// Providers that rotate send a new refresh token; keep the old one where they do not.
						hasRefreshToken: true,
						...(expiresAt !== undefined ? { expiresAt } : {}),
						issuedAt,
						scopes,
						refreshedAt: issuedAt,
						updatedAt: issuedAt
					}
				: // Another resource's token: the main token's expiry (and the schedule) stay as they are.
					{
						...grant,
						state: 'connected',
						problem: undefined,
						retry: undefined,
						busyUntil: undefined,
						refreshedAt: issuedAt,
						updatedAt: issuedAt
					};
		// One write: the new refresh token never lands without its access token, or the reverse.
		await storage.grants.store(next, {
			...secrets,
			refreshToken: tokens.refresh_token ?? secrets.refreshToken,
			accessTokens: { ...secrets.accessTokens, [key]: token }
		});
		return answer(token, true);
	}

	/** Records a failure on the grant: its tokens stay; only its state and problem change. */
	async #mark(grant: Grant, p: AuthProblem): Promise<TokenAnswer> {
		const now = this.#now();
		const gp: GrantProblem = { code: p.code, message: p.message, at: now };
		if (p.class === 'transient') {
			const attempt = (grant.retry?.attempt ?? 0) + 1;
			const nextAt = now + retryDelay(attempt, this.deps.random?.() ?? Math.random(), p.retryAfterMs);
			await this.deps.storage.grants.update(grant.accountId, {
				state: 'retrying',
				problem: gp,
				retry: { attempt, nextAt },
				busyUntil: undefined,
				updatedAt: now
			});
			return { kind: 'retrying', message: p.message, nextAt };
		}
		const state = p.class === 'configuration' ? 'configuration-error' : 'sign-in-required';
		await this.deps.storage.grants.update(grant.accountId, {
			state,
			problem: gp,
			retry: undefined,
			busyUntil: undefined,
			updatedAt: now
		});
		return { kind: state, message: p.message };
	}
}

function answer(token: AccessToken, refreshed: boolean): TokenAnswer {
	return {
		kind: 'token',
		accessToken: token.token,
		tokenType: token.type,
		...(token.expiresAt !== undefined ? { expiresAt: token.expiresAt } : {}),
		scopes: token.scopes,
		refreshed
	};
}
