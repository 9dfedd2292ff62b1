// @ts-check
/**
 * The whole JMAP test stack in one call: an SMTP sink, a private Cyrus IMAP that submits to it, and
 * the token-checking JMAP front that the app talks to.
 *
 * The OpenID provider must know the JMAP audience (the front's origin) before it starts, and the
 * front must know the issuer. So reserve the front's port first:
 *
 *     const port = await reservePort();
 *     const provider = await startDemoProvider({ ..., resources: { [`http://127.0.0.1:${port}`]: { scope } } });
 *     const stack = await startJmapStack({ issuer: provider.issuer, port, allowedOrigins, users });
 */
import { cyrusAvailable, startCyrus } from './cyrus.js';
import { startJmapFront } from './front.js';
import { reservePort } from './ports.js';
import { startSmtpSink } from './smtp-sink.js';

export { cyrusAvailable, reservePort };

export const DEFAULT_JMAP_SCOPES = ['urn:ietf:params:jmap:core', 'urn:ietf:params:jmap:mail'];

/**
 * @typedef {{
 *   sessionUrl: string,
 *   frontUrl: string,
 *   audience: string,
 *   sink: import('./smtp-sink.js').SmtpSink,
 *   cyrus: import('./cyrus.js').Cyrus,
 *   front: import('./front.js').JmapFront,
 *   stop: () => Promise<void>,
 * }} JmapStack
 */

/**
 * @param {{
 *   issuer: string,
 *   allowedOrigins: string[],
 *   users: Array<{ email: string, password: string }>,
 *   audience?: string,
 *   requiredScopes?: string[],
 *   host?: string,
 *   port?: number,
 *   jwksUrl?: string,
 *   clockToleranceSeconds?: number,
 * }} options `audience` defaults to the front's origin, `http://HOST:PORT`; `port` (of the front)
 *   to a free one.
 * @returns {Promise<JmapStack>}
 */
export async function startJmapStack(options) {
	const host = options.host ?? '127.0.0.1';
	const port = options.port ?? (await reservePort(host));
	const audience = options.audience ?? `http://${host}:${port}`;
	/** @type {Array<() => Promise<void>>} stopped in reverse order */
	const stops = [];
	const stop = async () => {
		/** @type {unknown[]} */
		const failures = [];
		for (const fn of stops.splice(0).reverse()) await fn().catch((error) => failures.push(error));
		if (failures.length) throw new AggregateError(failures, 'JMAP stack: stopping failed');
	};
	try {
		const sink = await startSmtpSink({ host });
		stops.push(sink.close);
		const cyrus = await startCyrus({ users: options.users, smtpPort: sink.port, host });
		stops.push(cyrus.stop);
		const front = await startJmapFront({
			cyrusUrl: cyrus.url,
			issuer: options.issuer,
			audience,
			requiredScopes: options.requiredScopes ?? DEFAULT_JMAP_SCOPES,
			allowedOrigins: options.allowedOrigins,
			credentialFor: (email) =>
				options.users.some((u) => sameEmail(u.email, email)) ? cyrus.basicAuth(email) : undefined,
			host,
			port,
			...(options.jwksUrl ? { jwksUrl: options.jwksUrl } : {}),
			...(options.clockToleranceSeconds !== undefined ? { clockToleranceSeconds: options.clockToleranceSeconds } : {})
		});
		stops.push(front.close);
		return { sessionUrl: front.sessionUrl, frontUrl: front.url, audience, sink, cyrus, front, stop };
	} catch (error) {
		await stop().catch(() => {});
		throw error;
	}
}

/**
 * @param {string} a
 * @param {string} b
 */
function sameEmail(a, b) {
	return a.toLowerCase() === b.toLowerCase();
}
