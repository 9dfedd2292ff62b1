/**
 * The error taxonomy of the token rules (see DESIGN.md, "Tokens: the rules"):
 * - `transient`: keep everything, retry with backoff (unreachable, 5xx, 429, temporarily_unavailable).
 * - `configuration`: keep the grant, say what to fix in the connection.
 * - `sign-in-required`: keep the settings, one click to renew (invalid_grant, no refresh token, lost key).
 * Decisions switch on `class` and `code`, never on message text.
 */
export type ProblemClass = 'transient' | 'configuration' | 'sign-in-required';

export interface AuthProblem {
	readonly class: ProblemClass;
	/** Stable, for code: `unreachable`, `server-error`, `invalid-grant`, `invalid-client`, … */
	readonly code: string;
	/** What happened and what to do, for people. */
	readonly message: string;
	readonly status?: number;
	/** From `Retry-After`, where the server sent one (and CORS exposed it). */
	readonly retryAfterMs?: number;
	readonly oauthError?: string;
	readonly description?: string;
}

export function problem(
	cls: ProblemClass,
	code: string,
	message: string,
	extra: Partial<Omit<AuthProblem, 'class' | 'code' | 'message'>> = {}
): AuthProblem {
	return { class: cls, code, message, ...extra };
}

/**
 * `Retry-After` as milliseconds: delta-seconds or an HTTP date.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
	if (!value) return undefined;
	const text = value.trim();
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}
