/**
 * The portal protocol (docs/portal.md): `window.postMessage` between a portal
 * and the app in its `<iframe>`. Every type is prefixed `oauth2-client:`; messages over 64 KB, of
 * an unknown type or without a string `id` are ignored, and so is anything that is not plain JSON.
 */
import type { StatusWord } from '$lib/config';

export const PREFIX = 'oauth2-client:';
export const PROTOCOL_VERSION = 1;
export const MAX_MESSAGE_BYTES = 64 * 1024;
/** How deeply objects and arrays may nest in a message (the requests themselves are flat). */
export const MAX_MESSAGE_DEPTH = 16;
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
	/** Epoch milliseconds; always there (see `portalAccessToken` for tokens without a known expiry). */
	readonly expiresAt: number;
	readonly scopes: readonly string[];
	/** When the sign-in itself ends (Microsoft: 24 hours after it began); absent where it does not. */
	readonly signInExpiresAt?: number;
	readonly servers: {
		readonly imap?: PortalServer;
		readonly smtp?: PortalServer;
		readonly jmap?: { readonly sessionUrl: string };
	};
}

const utf8 = new TextEncoder();

/**
 * The size of `data` as JSON in UTF-8 bytes, if it is plain JSON: plain objects, arrays, strings,
 * finite numbers, booleans and null, nested at most `MAX_MESSAGE_DEPTH` deep. Anything else
 * (`undefined`, a bigint, an `ArrayBuffer`, a typed array, a `Map`, a `Blob`, a `Date`, …) and
 * anything over `MAX_MESSAGE_BYTES` answer `undefined`.
 *
 * Structured cloning keeps shared references and cycles, so the walk never serialises: it counts
 * as it goes and stops as soon as the limit is passed (a cycle runs into the depth limit first).
 */
export function plainJsonSize(data: unknown): number | undefined {
	let total = 0;
	/** Adds `bytes`; false once over the limit. */
	const add = (bytes: number) => (total += bytes) <= MAX_MESSAGE_BYTES;
	const visit = (value: unknown, depth: number): boolean => {
		switch (typeof value) {
			case 'string':
				// UTF-8 JSON is at least one byte per UTF-16 unit plus the quotes: a huge string is
				// refused before it is encoded.
				if (!add(value.length + 2)) return false;
				return add(utf8.encode(JSON.stringify(value)).length - value.length - 2);
			case 'number':
				return Number.isFinite(value) && add(String(value).length);
			case 'boolean':
				return add(value ? 4 : 5);
			case 'object':
				break;
			default:
				return false;
		}
		if (value === null) return add(4);
		if (depth >= MAX_MESSAGE_DEPTH) return false;
		if (Array.isArray(value)) {
			if (Object.getPrototypeOf(value) !== Array.prototype) return false;
			if (!add(2 + Math.max(0, value.length - 1))) return false;
			for (let i = 0; i < value.length; i++) {
				if (!(i in value) || !visit(value[i], depth + 1)) return false;
			}
			return true;
		}
		const proto: unknown = Object.getPrototypeOf(value);
		if (proto !== Object.prototype && proto !== null) return false;
		const keys = Object.keys(value);
		if (!add(2 + Math.max(0, keys.length - 1))) return false;
		for (const key of keys) {
			if (!visit(key, depth) || !add(1)) return false;
			if (!visit((value as Record<string, unknown>)[key], depth + 1)) return false;
		}
		return true;
	};
	try {
		return visit(data, 0) ? total : undefined;
	} catch {
		// A getter or a proxy that throws: not something a portal can post, and not plain JSON.
		return undefined;
	}
}

/**
 * Reads a message from a portal. Anything that is not a well-formed request of a known type
 * answers `undefined`: the app then says nothing at all.
 */
export function parsePortalMessage(data: unknown): PortalRequest | undefined {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
	if (plainJsonSize(data) === undefined) return undefined;
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
	/** Exactly `{type, version}`, also in answer to `hello`: a portal waits for it by its type. */
	ready: () => ({ type: `${PREFIX}ready`, version: PROTOCOL_VERSION }),
	accounts: (
		id: string,
		accounts: readonly { email: string; status: StatusWord; signInExpiresAt?: number | undefined }[]
	) => ({
		type: `${PREFIX}accounts`,
		id,
		accounts: accounts.map(({ email, status, signInExpiresAt }) => ({
			email,
			status,
			...(signInExpiresAt !== undefined ? { signInExpiresAt } : {})
		}))
	}),
	token: (id: string, account: string, reply: TokenReply) => ({
		type: `${PREFIX}token`,
		id,
		account,
		accessToken: reply.accessToken,
		tokenType: reply.tokenType,
		expiresAt: reply.expiresAt,
		scopes: [...reply.scopes],
		...(reply.signInExpiresAt !== undefined ? { signInExpiresAt: reply.signInExpiresAt } : {}),
		servers: reply.servers
	}),
	error: (id: string, code: PortalErrorCode, text: string) => ({ type: `${PREFIX}error`, id, code, message: text }),
	status: (account: string, status: StatusWord, signInExpiresAt?: number) => ({
		type: `${PREFIX}status`,
		account,
		status,
		...(signInExpiresAt !== undefined ? { signInExpiresAt } : {})
	})
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
