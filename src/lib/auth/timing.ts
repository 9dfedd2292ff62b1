/**
 * When to refresh, and how long to wait after a failure. Pure functions of the clock, so that the
 * schedule is testable with an injected one.
 */

/** Refresh this long before expiry: at most a minute, at most a fifth of the token's lifetime. */
export function refreshMargin(lifetimeMs: number): number {
	return Math.max(0, Math.min(60_000, lifetimeMs * 0.2));
}

/** When an access token should be renewed. */
export function refreshDueAt(token: {
	expiresAt?: number | undefined;
	issuedAt?: number | undefined;
}): number | undefined {
	if (token.expiresAt === undefined) return undefined;
	const lifetime = token.issuedAt !== undefined ? token.expiresAt - token.issuedAt : 3_600_000;
	return token.expiresAt - refreshMargin(lifetime);
}

export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_MAX_MS = 5 * 60_000;
export const RETRY_AFTER_MAX_MS = 60 * 60_000;

/**
 * Exponential backoff with "equal jitter": half the delay fixed, half random, so that many tabs
 * and many clients do not retry in step. A server's `Retry-After` is honoured (up to an hour).
 * @param attempt 1 for the first retry
 * @param random a number in [0, 1)
 */
export function retryDelay(attempt: number, random: number, retryAfterMs?: number): number {
	const exp = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
	const jittered = exp / 2 + (exp / 2) * random;
	if (retryAfterMs === undefined) return Math.round(jittered);
	return Math.round(Math.min(RETRY_AFTER_MAX_MS, Math.max(jittered, retryAfterMs)));
}
