/**
 * The portal protocol (DESIGN.md, "Portal protocol"): `window.postMessage` between a portal
 * and the app in its `<iframe>`. Every type is prefixed `oauth2-client:`; messages over 64 KB, of
 * an unknown type or without a string `id` are ignored.
 */
import type { StatusWord } from '$lib/config';

export const PREFIX = 'oauth2-client:';
export const PROTOCOL_VERSION = 1;
export const MAX_MESSAGE_BYTES = 64 * 1024;
const MAX_ID_LENGTH = 256;

export type PortalRequest =
	| { readonly type: 'hello'; readonly id: string }
	| { readonly type: 'list-accounts'; readonly id: string }
	| { readonly type: 'get-token'; readonly id: string; readonly account: string };

export const ERROR_CODES = ['not-allowed', 'unknown-account', 'sign-in-required', 'offline', 'provider-error'] as const;
export type PortalErrorCode = (typeof ERROR_CODES)[number];

/** A mail server as the portal gets it. */
export interface PortalServer {
	readonly host: string;
	readonly port: number;
	readonly security: 'ssl' | 'starttls' | 'none';
	readonly username: string;
}

export interface TokenReply {
	readonly accessToken: string;
	readonly tokenType: string;
	/** Epoch milliseconds. */
	readonly expiresAt?: number;
	readonly scopes: readonly string[];
	readonly servers: {
		readonly imap?: PortalServer;
		readonly smtp?: PortalServer;
		readonly jmap?: { readonly sessionUrl: string };
	};
}

/** The size a message would have on the wire, or `undefined` if it cannot be sent as JSON. */
function byteSize(data: unknown): number | undefined {
	try {
		const json = JSON.stringify(data);
		return json === undefined ? undefined : new TextEncoder().encode(json).length;
	} catch {
		return undefined;
	}
}

/**
 * Reads a message from a portal. Anything that is not a well-formed request of a known type
 * answers `undefined`: the app then says nothing at all.
 */
export function parsePortalMessage(data: unknown): PortalRequest | undefined {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
	const size = byteSize(data);
	if (size === undefined || size > MAX_MESSAGE_BYTES) return undefined;
	const { type, id, account } = data as Record<string, unknown>;
	if (typeof type !== 'string' || !type.startsWith(PREFIX)) return undefined;
	if (typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH) return undefined;
	switch (type.slice(PREFIX.length)) {
		case 'hello':
			return { type: 'hello', id };
		case 'list-accounts':
			return { type: 'list-accounts', id };
		case 'get-token':
			return typeof account === 'string' && account.length <= 320 ? { type: 'get-token', id, account } : undefined;
		default:
			return undefined;
	}
}

export const message = {
	ready: (id?: string) => ({ type: `${PREFIX}ready`, ...(id !== undefined ? { id } : {}), version: PROTOCOL_VERSION }),
	accounts: (id: string, accounts: readonly { email: string; status: StatusWord }[]) => ({
		type: `${PREFIX}accounts`,
		id,
		accounts: accounts.map(({ email, status }) => ({ email, status }))
	}),
	token: (id: string, account: string, reply: TokenReply) => ({
		type: `${PREFIX}token`,
		id,
		account,
		accessToken: reply.accessToken,
		tokenType: reply.tokenType,
		...(reply.expiresAt !== undefined ? { expiresAt: reply.expiresAt } : {}),
		scopes: [...reply.scopes],
		servers: reply.servers
	}),
	error: (id: string, code: PortalErrorCode, text: string) => ({ type: `${PREFIX}error`, id, code, message: text }),
	status: (account: string, status: StatusWord) => ({ type: `${PREFIX}status`, account, status })
};

/**
 * A serialised origin (`https://portal.example.org`, `http://localhost:8176`): scheme, host and
 * port, nothing else; never the opaque `null`. Plain http only on loopback, like every endpoint.
 */
export function isPortalOrigin(value: string): boolean {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return false;
	}
	if (url.origin !== value) return false;
	if (url.protocol === 'https:') return true;
	return url.protocol === 'http:' && /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(url.hostname);
}

/**
 * The embedding page's origin where the browser says it (`location.ancestorOrigins`, Chromium
 * and Safari); else `undefined`, and the first message's origin will tell.
 */
export function ancestorOrigin(location: {
	ancestorOrigins?: { length: number; [i: number]: string };
}): string | undefined {
	const list = location.ancestorOrigins;
	if (!list || list.length === 0) return undefined;
	const origin = list[0];
	return origin && origin !== 'null' ? origin : undefined;
}
