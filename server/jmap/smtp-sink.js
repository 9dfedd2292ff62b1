// @ts-check
/**
 * An SMTP sink on loopback: accepts every message from anyone to anyone (no AUTH, no TLS) and keeps
 * it in memory, so that a test can assert that what the app sent through JMAP really left the
 * server. Cyrus submits `EmailSubmission/set` here (`smtp_host: 127.0.0.1:PORT/noauth`).
 */
import { SMTPServer } from 'smtp-server';

/**
 * @typedef {{ from: string, to: string[], raw: string }} SinkMessage
 * @typedef {{
 *   port: number,
 *   messages: SinkMessage[],
 *   waitFor: (predicate: (message: SinkMessage) => boolean, timeoutMs?: number) => Promise<SinkMessage>,
 *   close: () => Promise<void>,
 * }} SmtpSink
 */

/**
 * @param {{ host?: string, port?: number }} [options]
 * @returns {Promise<SmtpSink>}
 */
export async function startSmtpSink(options = {}) {
	const host = options.host ?? '127.0.0.1';
	/** @type {SinkMessage[]} */
	const messages = [];
	/** @type {Set<() => void>} woken on every new message */
	const waiters = new Set();

	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['AUTH', 'STARTTLS'],
		logger: false,
		banner: 'test sink',
		// Tests stop the sink while a client may still be connected: do not wait the default 30 s.
		closeTimeout: 500,
		onData(stream, session, callback) {
			/** @type {Buffer[]} */
			const chunks = [];
			stream.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk));
			stream.on('error', callback);
			stream.on('end', () => {
				const mailFrom = session.envelope.mailFrom;
				messages.push({
					from: mailFrom ? mailFrom.address : '',
					to: session.envelope.rcptTo.map((r) => r.address),
					raw: Buffer.concat(chunks).toString('utf8')
				});
				for (const wake of waiters) wake();
				callback();
			});
		}
	});

	await new Promise((resolve, reject) => {
		server.server.once('error', reject);
		server.listen(options.port ?? 0, host, () => resolve(undefined));
	});
	const address = server.server.address();
	if (!address || typeof address === 'string') throw new Error('SMTP sink: no address');

	/** @type {SmtpSink['waitFor']} */
	function waitFor(predicate, timeoutMs = 5000) {
		return new Promise((resolve, reject) => {
			const check = () => {
				const found = messages.find(predicate);
				if (!found) return false;
				done();
				resolve(found);
				return true;
			};
			const timer = setTimeout(() => {
				done();
				const seen = messages.map((m) => `${m.from} -> ${m.to.join(', ')}: ${subjectOf(m.raw)}`);
				reject(
					new Error(
						`SMTP sink: no matching message within ${timeoutMs} ms; received ${messages.length}` +
							(seen.length ? `:\n  ${seen.join('\n  ')}` : '')
					)
				);
			}, timeoutMs);
			const done = () => {
				clearTimeout(timer);
				waiters.delete(check);
			};
			waiters.add(check);
			check();
		});
	}

	return {
		port: address.port,
		messages,
		waitFor,
		close: () => new Promise((resolve) => server.close(() => resolve(undefined)))
	};
}

/** @param {string} raw */
function subjectOf(raw) {
	const match = /^subject:[ \t]*(.*(?:\r?\n[ \t].*)*)/im.exec(raw);
	return match?.[1]?.replace(/\r?\n[ \t]+/g, ' ') ?? '(no subject)';
}
