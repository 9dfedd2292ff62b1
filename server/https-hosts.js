// @ts-check
/**
 * One HTTPS server on loopback that answers under real host names with a test certificate: a
 * browser started with `hostRules` and `spki` (Chromium's `--host-resolver-rules` and
 * `--ignore-certificate-errors-spki-list`) reaches it at https://<those names>. The provider twins
 * and the zero-registration test domains stand behind it.
 */
import { createHash, createPublicKey } from 'node:crypto';
import { createServer } from 'node:https';
import selfsigned from 'selfsigned';

/**
 * @param {readonly string[]} hosts the names it answers for (the certificate's names)
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, name: string) => void} handle
 * @param {string} [host] where it listens (loopback)
 */
export async function startHttpsHosts(hosts, handle, host = '127.0.0.1') {
	const pems = await selfsigned.generate([{ name: 'commonName', value: 'OAuth2 Client test hosts' }], {
		keyType: 'ec',
		algorithm: 'sha256',
		extensions: [
			{ name: 'basicConstraints', cA: false },
			{ name: 'subjectAltName', altNames: hosts.map((h) => ({ type: 2, value: h })) }
		]
	});
	const spki = createHash('sha256')
		.update(createPublicKey(pems.private).export({ type: 'spki', format: 'der' }))
		.digest('base64');
	const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
		const name = String(req.headers.host ?? '').replace(/:\d+$/, '');
		if (!hosts.includes(name)) {
			res.writeHead(421, { 'content-type': 'text/plain' }).end(`nothing answers for ${name} here`);
			return;
		}
		handle(req, res, name);
	});
	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(0, host, () => ok(undefined));
	});
	const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
	return {
		port,
		/** The test certificate's key (Chromium's `--ignore-certificate-errors-spki-list`). */
		spki,
		/** Chromium's `--host-resolver-rules` entries that send the names here. */
		hostRules: hosts.map((h) => `MAP ${h} ${host}:${port}`),
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections();
				server.close(() => ok(undefined));
			})
	};
}
