// @ts-check
/**
 * Free loopback ports for the JMAP test stack. Binding port 0 lets the kernel pick a port that is
 * free right now; the caller then hands the number to whoever will really listen on it (Cyrus, or
 * the JMAP front once the OpenID provider knows its audience). Another program could take the port
 * in between, but on a test machine that window is a few milliseconds.
 */
import { createServer } from 'node:net';

/**
 * Finds a TCP port that is free on `host` at the moment of the call.
 * @param {string} [host]
 * @returns {Promise<number>}
 */
export function reservePort(host = '127.0.0.1') {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.once('error', reject);
		server.listen(0, host, () => {
			const address = server.address();
			const port = address && typeof address === 'object' ? address.port : 0;
			server.close(() => (port ? resolve(port) : reject(new Error(`no free port on ${host}`))));
		});
	});
}
