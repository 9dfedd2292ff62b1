// @ts-check
/**
 * What the provider twins share: a signing key, request bodies read ahead of `oidc-provider`,
 * mounting a provider under a path, rewriting its redirects, and JSON answers with CORS.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';

/** @typedef {import('node:http').IncomingMessage & { body?: Record<string, string | string[]>, originalUrl?: string }} Req */
/** @typedef {import('node:http').ServerResponse} Res */

/**
 * A twin as the twin server sees it: the host names it answers for, and its request handler
 * (by path: on a loopback port of its own, or behind the HTTPS server that dispatches by host).
 * @typedef {{
 *   name: string,
 *   hosts: readonly string[],
 *   handle(req: Req, res: Res, url: URL): Promise<void>,
 *   stats(): Record<string, unknown>,
 *   control?(what: string, query: URLSearchParams): Promise<unknown>,
 * }} Twin
 */

/** An RS256 signing key in JWK form, as the providers publish theirs. */
export function signingJwk(kid = randomUUID()) {
	const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
	return /** @type {any} */ ({ ...jwk, kid, use: 'sig', alg: 'RS256' });
}

/** Random cookie signing keys for one provider instance. */
export function cookieKeys() {
	return [randomUUID() + randomUUID()];
}

/**
 * Reads an `application/x-www-form-urlencoded` body before `oidc-provider` does, so that a twin
 * can look at (and translate) a token request; `passOn` hands it to the provider afterwards.
 * @param {Req} req
 */
export async function readParams(req) {
	return new URLSearchParams(await readText(req));
}

/**
 * A request's body as text (a JSON API call).
 * @param {Req} req
 */
export async function readText(req) {
	let body = '';
	for await (const chunk of req) {
		body += chunk;
		if (body.length > 1024 * 1024) throw new Error('request body too large');
	}
	return body;
}

/**
 * Gives a body read by `readParams` (maybe changed) to `oidc-provider`, which takes a parsed
 * `req.body` when the stream was consumed already. Repeated keys (`resource`) stay lists.
 * @param {Req} req
 * @param {URLSearchParams} params
 */
export function passOn(req, params) {
	/** @type {Record<string, string | string[]>} */
	const body = {};
	for (const key of new Set(params.keys())) {
		const all = params.getAll(key);
		body[key] = all.length === 1 ? /** @type {string} */ (all[0]) : all;
	}
	req.body = body;
}

/**
 * Runs a provider whose issuer has a path (`https://host/<mount>`) for a request to
 * `<mount><rest>`: the provider routes on `rest` and builds its URLs from `originalUrl`, as when
 * it is mounted in a framework.
 * @param {(req: any, res: any) => void} callback `provider.callback()`
 * @param {Req} req
 * @param {Res} res
 * @param {string} mount e.g. `/72f9…/v2.0`
 * @param {string} rest e.g. `/token?…`
 */
export function mounted(callback, req, res, mount, rest) {
	req.originalUrl = `${mount}${rest}`;
	req.url = rest;
	callback(req, res);
}

/**
 * Lets a twin change the `Location` of a redirect a provider is about to send (the
 * authorization response, say), the way the real provider's answer differs.
 * @param {Res} res
 * @param {(location: URL) => void} change
 */
export function rewriteLocation(res, change) {
	const setHeader = res.setHeader.bind(res);
	res.setHeader = (name, value) => {
		if (String(name).toLowerCase() === 'location' && typeof value === 'string') {
			try {
				const url = new URL(value);
				change(url);
				return setHeader(name, url.href);
			} catch {
				return setHeader(name, value);
			}
		}
		return setHeader(name, value);
	};
}

/**
 * Lets a twin change the JSON body of an answer (an error's description, say) before it is sent.
 * @param {Res} res
 * @param {(status: number, body: Record<string, unknown>) => Record<string, unknown> | undefined} change
 */
export function rewriteJson(res, change) {
	const end = res.end.bind(res);
	/** @type {Buffer[]} */
	const chunks = [];
	res.write = /** @type {any} */ (
		(/** @type {any} */ chunk, /** @type {any} */ ...rest) => {
			if (chunk) chunks.push(Buffer.from(chunk));
			const callback = rest.find((/** @type {unknown} */ r) => typeof r === 'function');
			callback?.();
			return true;
		}
	);
	res.end = /** @type {any} */ (
		(/** @type {any} */ chunk, /** @type {any} */ ...rest) => {
			if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
			const text = Buffer.concat(chunks).toString('utf8');
			let out = text;
			if (/json/.test(String(res.getHeader('content-type') ?? ''))) {
				try {
					const changed = change(res.statusCode, JSON.parse(text));
					if (changed) out = JSON.stringify(changed);
				} catch {
					// Not JSON after all: sent as it is.
				}
			}
			if (!res.headersSent) res.setHeader('content-length', Buffer.byteLength(out));
			return end(out, ...rest.filter((/** @type {unknown} */ r) => typeof r === 'function'));
		}
	);
}

/**
 * Keeps every CORS header off an answer: a browser then refuses to hand it to the app.
 * @param {Res} res
 */
export function withoutCors(res) {
	const setHeader = res.setHeader.bind(res);
	res.setHeader = (name, value) =>
		String(name).toLowerCase().startsWith('access-control-') ? res : setHeader(name, value);
}

/**
 * The CORS headers a provider sends a browser app it knows (or none: then the browser refuses
 * to hand the answer to the app).
 * @param {Req} req
 * @param {ReadonlySet<string>} allowed
 * @returns {Record<string, string>}
 */
export function corsFor(req, allowed) {
	const origin = req.headers.origin;
	return origin && allowed.has(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
}

/**
 * @param {Res} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'no-store',
		'content-length': Buffer.byteLength(text),
		...headers
	});
	res.end(text);
}

/**
 * Answers a CORS preflight for a known app origin, the way the providers' token endpoints do.
 * @param {Req} req
 * @param {Res} res
 * @param {ReadonlySet<string>} allowed
 */
export function preflight(req, res, allowed) {
	const cors = corsFor(req, allowed);
	res.writeHead(204, {
		...cors,
		...(cors['access-control-allow-origin']
			? {
					'access-control-allow-methods': 'GET, POST',
					'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? ''),
					'access-control-max-age': '3600'
				}
			: {})
	});
	res.end();
}

/** Counts by key, for the twins' statistics. */
export class Counter {
	/** @type {Record<string, number>} */
	counts = {};
	/** @param {string} key */
	add(key) {
		this.counts[key] = (this.counts[key] ?? 0) + 1;
	}
	/** @param {string} key */
	get(key) {
		return this.counts[key] ?? 0;
	}
}

/**
 * Scales a lifetime the provider documents in days down for the twins: `daySeconds` is how many
 * seconds a day lasts (86 400 unscaled).
 * @param {number} days
 * @param {number} daySeconds
 */
export function scaledDays(days, daySeconds) {
	return Math.max(1, Math.round(days * daySeconds));
}
