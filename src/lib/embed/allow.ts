/**
 * The "Allow this portal…" window. The frame cannot be trusted to show the decision (the portal
 * could overlay or hide it), so a top-level window of the app asks the person; the frame sends
 * it the origin and its accounts, and stores the answer it gets back. Both sides check the
 * other's window and the app's own origin on every message.
 */
export const ALLOW_READY = 'oauth2-client:allow-ready';
export const ALLOW_REQUEST = 'oauth2-client:allow-request';
export const ALLOW_DECISION = 'oauth2-client:allow-decision';

export interface AllowRequest {
	readonly type: typeof ALLOW_REQUEST;
	readonly origin: string;
	readonly accounts: readonly { readonly id: string; readonly name: string; readonly email: string }[];
	/** The accounts already allowed, or `null` if the origin is not allowed yet. */
	readonly allowed: readonly string[] | null;
}

export interface AllowDecision {
	readonly type: typeof ALLOW_DECISION;
	readonly origin: string;
	readonly allow: boolean;
	readonly accountIds: readonly string[];
}

export function isAllowRequest(data: unknown): data is AllowRequest {
	if (typeof data !== 'object' || data === null) return false;
	const d = data as Record<string, unknown>;
	return (
		d.type === ALLOW_REQUEST &&
		typeof d.origin === 'string' &&
		Array.isArray(d.accounts) &&
		d.accounts.every((a) => typeof a === 'object' && a !== null && typeof (a as { id?: unknown }).id === 'string') &&
		(d.allowed === null || (Array.isArray(d.allowed) && d.allowed.every((x) => typeof x === 'string')))
	);
}

export function isAllowDecision(data: unknown): data is AllowDecision {
	if (typeof data !== 'object' || data === null) return false;
	const d = data as Record<string, unknown>;
	return (
		d.type === ALLOW_DECISION &&
		typeof d.origin === 'string' &&
		typeof d.allow === 'boolean' &&
		Array.isArray(d.accountIds) &&
		d.accountIds.every((x) => typeof x === 'string')
	);
}
