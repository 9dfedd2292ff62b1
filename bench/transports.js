// @ts-check
/**
 * Transports: the HTTP requests one Test connection sends to a real JMAP server (Cyrus, behind
 * its token-checking front), and the gzipped size of the transport code, which loads only when
 * a transport is used.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, DEMO_CLIENT_ID } from '../server/build.js';
import { startDemoProvider } from '../server/demo-provider.js';
import { cyrusAvailable, reservePort, startJmapStack } from '../server/jmap/stack.js';
import { startStaticHost } from '../server/static-host.js';
import { launchChromium, signedInDemoAccount } from './browser.js';

const KB = 1024;

export async function transports() {
	const available = cyrusAvailable();
	if (!available.ok) {
		return [
			{
				figure: 'JMAP requests per Test connection',
				value: 'n/a',
				target: '2, then 1',
				ok: false,
				note: available.reason
			}
		];
	}
	const host = await startStaticHost({ root: 'build-bench-transports', port: 0 });
	const jmapPort = await reservePort();
	const audience = `http://127.0.0.1:${jmapPort}`;
	const provider = await startDemoProvider({
		port: 0,
		clients: [{ clientId: DEMO_CLIENT_ID, redirectUris: [`${host.origin}/callback`] }],
		resources: {
			[audience]: { scope: 'urn:ietf:params:jmap:core urn:ietf:params:jmap:mail urn:ietf:params:jmap:submission' }
		}
	});
	const stack = await startJmapStack({
		issuer: provider.issuer,
		port: jmapPort,
		allowedOrigins: [host.origin],
		users: [{ email: 'ada@demo.test', password: 'demo' }]
	});
	const dir = await buildApp({
		outDir: 'build-bench-transports',
		demoIssuer: provider.issuer,
		demoJmapUrl: stack.sessionUrl,
		sourcemap: true,
		quiet: true
	});
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		/** @type {string[]} */
		const loaded = [];
		page.on('response', (r) => {
			if (r.request().resourceType() === 'script') loaded.push(new URL(r.url()).pathname);
		});
		const account = await signedInDemoAccount(page, host.origin, 'Ada');
		await account.getByRole('button', { name: 'Ok', exact: true }).click();
		const before = loaded.length;
		const card = page.getByRole('article', { name: 'Ada' });

		/** Test connection once; the requests the server saw (CORS preflights apart). */
		const testOnce = async () => {
			const start = stack.front.requests.length;
			await card.getByRole('button', { name: 'Test connection' }).click();
			await card.getByRole('table').waitFor();
			const seen = stack.front.requests.slice(start);
			return {
				app: seen.filter((r) => r.method !== 'OPTIONS'),
				preflights: seen.filter((r) => r.method === 'OPTIONS').length
			};
		};
		const first = await testOnce();
		const second = await testOnce();
		const transportScripts = loaded.slice(before);

		// The transport code: every chunk with a module of src/lib/transports.
		let transportBytes = 0;
		/** @type {string[]} */
		const transportChunks = [];
		const chunksDir = join(dir, '_app/immutable/chunks');
		for (const file of await readdir(chunksDir)) {
			if (!file.endsWith('.js')) continue;
			// Some tiny generated chunks have no source map.
			const map = JSON.parse(await readFile(join(chunksDir, `${file}.map`), 'utf8').catch(() => '{"sources":[""]}'));
			if (/** @type {string[]} */ (map.sources).every((s) => s.includes('src/lib/transports/'))) {
				transportBytes += gzipSync(await readFile(join(chunksDir, file)), { level: 6 }).length;
				transportChunks.push(file);
			}
		}
		const loadedTransport = transportScripts.filter((p) => transportChunks.some((c) => p.endsWith(c)));
		return [
			{
				figure: 'JMAP: requests per Test connection, first (session + API)',
				value: String(first.app.length),
				target: '2',
				ok: first.app.length === 2,
				note: `${first.app.map((r) => `${r.method} ${r.path}`).join(', ')}; plus ${first.preflights} CORS preflight(s)`
			},
			{
				figure: 'JMAP: requests per Test connection, later (session kept)',
				value: String(second.app.length),
				target: '1',
				ok: second.app.length === 1,
				note: `${second.app.map((r) => `${r.method} ${r.path}`).join(', ')}; plus ${second.preflights} CORS preflight(s)`
			},
			{
				figure: 'Transport code (all kinds), gzipped',
				value: `${(transportBytes / KB).toFixed(1)} KB`,
				target: '(for scale)',
				ok: true,
				note: `${transportChunks.length} chunks; loaded on Test connection: ${loadedTransport.length} (JMAP only)`
			}
		];
	} finally {
		await browser.close();
		await Promise.all([host.close(), provider.close(), stack.stop()]);
	}
}
