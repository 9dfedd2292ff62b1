import type { AccessToken, Grant, GrantProblem, GrantSecrets, Problem } from '$lib/config';
import type { Storage } from '$lib/storage';
import { browserLocks, grantLockName, type LockManagerLike } from './locks';
import type { AuthCode } from './problems';
import { retryDelay } from './timing';
import type { TokenResponse } from './token-client';

/**
 * Every change to a grant is made here, and only under that grant's Web Lock: a sign-in storing
 * it, a renewal, a failure recorded, a sign-out, its tokens wiped. Whoever holds the lock holds a
 * `HeldGrant`; nothing else can write a grant. The lock is what keeps two tabs (or a renewal and a
 * sign-in) from writing over each other: inside it the grant is read again before it changes.
 * (Rows go with their account in one transaction of the storage layer, taken under this lock by
 * the application layer: deleting an account, its connection, or replacing it by an import.)
 */
export interface GrantDeps {
	readonly storage: Storage;
	readonly locks?: LockManagerLike;
	readonly now?: () => number;
}

/** How long a refresh may take before other tabs stop showing "Refreshing". */
const BUSY_MS = 30_000;

/** The access token a token response carries, issued now. */
export function accessTokenFrom(
	tokens: TokenResponse,
	issuedAt: number,
	/** What the request asked for: the token's scopes where the provider does not say. */
	requested: readonly string[]
): AccessToken {
	const expiresAt = tokens.expires_in !== undefined ? issuedAt + tokens.expires_in * 1000 : undefined;
	return {
		token: tokens.access_token,
		type: tokens.token_type,
		...(expiresAt !== undefined ? { expiresAt } : {}),
		issuedAt,
		scopes: tokens.scope ? tokens.scope.split(' ').filter(Boolean) : [...requested]
	};
}

/**
 * A problem as a grant keeps it: its code and data, and when. Params a message leaves out
 * (`undefined`) are not stored: a stored grant's params are strings and numbers only, and one
 * that is not would no longer be read back (`validateGrant`).
 */
export function grantProblem(p: Problem, at: number): GrantProblem {
	const params = p.params
		? Object.fromEntries(Object.entries(p.params).filter(([, value]) => value !== undefined))
		: undefined;
	return { code: p.code, ...(params ? { params } : {}), at };
}

export class HeldGrant {
	constructor(
		private readonly storage: Storage,
		readonly accountId: string,
		private readonly clock: () => number
	) {}

	now(): number {
		return this.clock();
	}

	read(): Promise<Grant | undefined> {
		return this.storage.grants.get(this.accountId);
	}

	/** Throws `SecretUnavailableError` when the tokens cannot be read (the key is gone). */
	secrets(): Promise<GrantSecrets> {
		return this.storage.grants.secrets(this.accountId);
	}

	/** A new sign-in's grant and tokens, replacing whatever was there, in one write. */
	async storeSignIn(grant: Grant, secrets: GrantSecrets): Promise<void> {
		await this.storage.grants.store(grant, secrets);
	}

	/** Some tab is renewing the token: others show "Refreshing" (if the token is no longer usable). */
	async markBusy(): Promise<void> {
		await this.storage.grants.update(this.accountId, { busyUntil: this.now() + BUSY_MS });
	}

	/** The token is good again (another tab renewed it, or a retry was not needed). */
	async markConnected(): Promise<void> {
		await this.storage.grants.update(this.accountId, { state: 'connected', problem: undefined, retry: undefined });
	}

	/**
	 * A renewed token: of the account's main resource (`key` ''), which moves the grant's expiry
	 * and schedule, or of another resource, which leaves them. The new refresh token (providers
	 * that rotate send one) is written with its access token, never apart.
	 */
	async storeRenewal(
		grant: Grant,
		secrets: GrantSecrets,
		key: string,
		tokens: TokenResponse,
		requested: readonly string[]
	): Promise<AccessToken> {
		const issuedAt = this.now();
		const token = accessTokenFrom(tokens, issuedAt, requested);
		const { problem: _p, retry: _r, busyUntil: _b, expiresAt: _e, issuedAt: _i, ...rest } = grant;
		const next: Grant =
			key === ''
				? {
						...rest,
						state: 'connected',
						// Providers that rotate send a new refresh token; the old one is kept where they do not.
						hasRefreshToken: true,
						...(token.expiresAt !== undefined ? { expiresAt: token.expiresAt } : {}),
						issuedAt,
						scopes: token.scopes,
						refreshedAt: issuedAt,
						updatedAt: issuedAt
					}
				: { ...rest, ...keep(grant), state: 'connected', refreshedAt: issuedAt, updatedAt: issuedAt };
		await this.storage.grants.store(next, {
			...secrets,
			refreshToken: tokens.refresh_token ?? secrets.refreshToken,
			accessTokens: { ...secrets.accessTokens, [key]: token }
		});
		return token;
	}

	/**
	 * A failed renewal: the tokens stay; the state says what the person sees. A transient problem
	 * is retried with backoff (at least `Retry-After`); the others wait for the person.
	 */
	async recordProblem(
		grant: Grant,
		p: Problem<AuthCode> & {
			readonly class: 'transient' | 'configuration' | 'sign-in-required';
			readonly retryAfterMs?: number;
		},
		random: number
	): Promise<{ readonly state: Grant['state']; readonly nextAt?: number }> {
		const now = this.now();
		if (p.class === 'transient') {
			const attempt = (grant.retry?.attempt ?? 0) + 1;
			const nextAt = now + retryDelay(attempt, random, p.retryAfterMs);
			await this.storage.grants.update(this.accountId, {
				state: 'retrying',
				problem: grantProblem(p, now),
				retry: { attempt, nextAt },
				busyUntil: undefined,
				updatedAt: now
			});
			return { state: 'retrying', nextAt };
		}
		const state = p.class === 'configuration' ? 'configuration-error' : 'sign-in-required';
		await this.storage.grants.update(this.accountId, {
			state,
			problem: grantProblem(p, now),
			retry: undefined,
			busyUntil: undefined,
			updatedAt: now
		});
		return { state };
	}

	/**
	 * Signs the account out here: its tokens are wiped (revoked at the provider first, by the
	 * caller, where that can be), who signed in stays, and the account shows "Sign-in required"
	 * with why. Unless the grant is no longer the one the caller knew (`obtainedAt`): a sign-in
	 * since then is left alone.
	 */
	async signOut(p: Problem, options: { readonly obtainedAt?: number } = {}): Promise<boolean> {
		const grant = await this.read();
		if (!grant || (options.obtainedAt !== undefined && grant.obtainedAt !== options.obtainedAt)) return false;
		const now = this.now();
		const { retry: _r, busyUntil: _b, ...rest } = grant;
		await this.storage.grants.store(
			{ ...rest, state: 'sign-in-required', hasRefreshToken: false, problem: grantProblem(p, now), updatedAt: now },
			{ accessTokens: {} }
		);
		return true;
	}

	/** Drops the tokens of a grant that needs a sign-in anyway; its state and problem stay. */
	async dropTokens(): Promise<void> {
		const grant = await this.read();
		if (grant)
			await this.storage.grants.store(
				{ ...grant, hasRefreshToken: false, updatedAt: this.now() },
				{ accessTokens: {} }
			);
	}

	/** A grant stuck on a configuration error gets another try at once (the connection was corrected). */
	async retryNow(): Promise<void> {
		const grant = await this.read();
		if (grant?.state !== 'configuration-error') return;
		const now = this.now();
		await this.storage.grants.update(this.accountId, {
			state: 'retrying',
			retry: { attempt: 0, nextAt: now },
			updatedAt: now
		});
	}
}

/** What another resource's renewal keeps of the grant: it clears the failure, not the schedule. */
function keep(grant: Grant): Pick<Grant, 'expiresAt' | 'issuedAt'> {
	return {
		...(grant.expiresAt !== undefined ? { expiresAt: grant.expiresAt } : {}),
		...(grant.issuedAt !== undefined ? { issuedAt: grant.issuedAt } : {})
	};
}

/** Runs `change` with the account's grant held under its lock. */
export function withGrant<T>(deps: GrantDeps, accountId: string, change: (held: HeldGrant) => Promise<T>): Promise<T> {
	const locks = deps.locks ?? browserLocks();
	return locks.request(grantLockName(accountId), { mode: 'exclusive' }, () =>
		change(new HeldGrant(deps.storage, accountId, deps.now ?? Date.now))
	);
}

/**
 * Asks for the grant's lock now and keeps it from when it is granted until `release()`; `held`
 * resolves with the grant once it is granted. Released before it was granted, it is let go as
 * soon as it is. For a sign-in: the lock is asked for while the code is being redeemed, so that
 * storing the grant waits for nothing once the answer is in.
 */
export function holdGrant(deps: GrantDeps, accountId: string): { held: Promise<HeldGrant>; release: () => void } {
	let release!: () => void;
	const released = new Promise<void>((ok) => (release = ok));
	let granted!: (held: HeldGrant) => void;
	let refused!: (error: unknown) => void;
	const held = new Promise<HeldGrant>((ok, fail) => {
		granted = ok;
		refused = fail;
	});
	// Whoever does not wait for it (a sign-in that failed first) need not hear that it failed.
	held.catch(() => undefined);
	(deps.locks ?? browserLocks())
		.request(grantLockName(accountId), { mode: 'exclusive' }, async () => {
			granted(new HeldGrant(deps.storage, accountId, deps.now ?? Date.now));
			await released;
		})
		.catch(refused);
	return { held, release };
}
