import { test as base, expect, type Page } from '@playwright/test';
import { startDemoProvider } from '../../server/demo-provider.js';
import { startJmapFront } from '../../server/jmap/front.js';
import { cyrusAvailable, reservePort, startJmapStack } from '../../server/jmap/stack.js';

export { expect };

export interface CspViolation {
	readonly directive: string;
	readonly blocked: string;
	readonly url: string;
}

/** Reads the app's whole IndexedDB as the browser stores it, ArrayBuffers turned into text and hex. */
export async function rawDatabase(page: Page, name = 'oauth2-client'): Promise<string> {
	return page.evaluate(async (dbName) => {
		const open = indexedDB.open(dbName);
		const db: IDBDatabase = await new Promise((ok, fail) => {
			open.onsuccess = () => ok(open.result);
			open.onerror = () => fail(open.error);
		});
		const out: Record<string, unknown[]> = {};
		for (const store of Array.from(db.objectStoreNames)) {
			const tx = db.transaction(store, 'readonly');
			const req = tx.objectStore(store).getAll();
			out[store] = await new Promise((ok, fail) => {
				req.onsuccess = () => ok(req.result);
				req.onerror = () => fail(req.error);
			});
		}
		db.close();
		const bytes = (b: ArrayBuffer | ArrayBufferView) =>
			b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
		return JSON.stringify(out, (_key, value: unknown) => {
			if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
				const u8 = bytes(value as ArrayBuffer);
				return {
					text: new TextDecoder('utf-8', { fatal: false }).decode(u8),
					hex: Array.from(u8, (x) => x.toString(16).padStart(2, '0')).join('')
				};
			}
			if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey) {
				return { cryptoKey: value.algorithm, extractable: value.extractable };
			}
			return value;
		});
	}, name);
}

export interface JmapServers {
	/** The JMAP session URL of the real Cyrus server behind its token-checking front. */
	readonly sessionUrl: string;
	readonly front: {
		expireTokensIssuedBefore(when: number): void;
		requests: { method: string; path: string; status: number }[];
	};
	readonly sink: {
		waitFor(
			predicate: (m: { raw: string; to: string[] }) => boolean,
			timeoutMs?: number
		): Promise<{ raw: string; to: string[] }>;
	};
	/** A second front to the same Cyrus that expects tokens for another audience. */
	readonly elsewhere: { sessionUrl: string };
}

export interface Idp {
	readonly issuer: string;
	/** With `idpOptions.jmap`: a real Cyrus JMAP server that trusts this provider. */
	readonly jmap?: JmapServers;
	readonly clientId: string;
	/** The provider's counters (token requests by grant type, errors, revocations, …). */
	stats(): Promise<DemoStats>;
	/**
	 * Calls the provider's test API: `fail-token?status=503&count=2`, `revoke?sub=…`, `delay-token?ms=100`,
	 * `opener-policy?value=same-origin` (a Cross-Origin-Opener-Policy on its sign-in pages).
	 */
	control(path: string): Promise<unknown>;
}

export interface DemoStats {
	tokenRequests: number;
	grants: Record<string, number>;
	errors: Record<string, number>;
	discoveryRequests: number;
	revocations: number;
	injectedFailures: number;
	authorizations: number;
}

export interface IdpOptions {
	accessTokenTtl?: number;
	/** Also start Cyrus IMAP (JMAP) behind a front that checks this provider's tokens. */
	jmap?: boolean;
}

interface Fixtures {
	/** A fresh OpenID provider for this test only, registered for both app builds. */
	idp: Idp;
	idpOptions: IdpOptions;
	/** More origins serving the app whose `/callback` the provider accepts (a spec's own host). */
	extraAppOrigins: readonly string[];
	/** CSP violations reported by any page of the test; the test fails if there are any. */
	cspViolations: CspViolation[];
	/** The sub-path build: origin and base path. */
	subPath: { origin: string; base: string };
	demoIssuer: string;
}

export const test = base.extend<Fixtures>({
	idpOptions: [{}, { option: true }],
	extraAppOrigins: async ({}, use) => {
		await use([]);
	},
	idp: async ({ idpOptions, extraAppOrigins }, use) => {
		const clientId = 'e2e-client';
		const origins = [
			process.env.E2E_APP_ORIGIN!,
			`${process.env.E2E_SUB_ORIGIN!}${process.env.E2E_SUB_PATH!}`,
			...extraAppOrigins
		];
		const jmapPorts: number[] = [];
		if (idpOptions.jmap) {
			const available = cyrusAvailable();
			if (!available.ok) throw new Error(`The JMAP tests need Cyrus IMAP: ${available.reason}`);
			jmapPorts.push(await reservePort(), await reservePort());
		}
		const scope = 'urn:ietf:params:jmap:core urn:ietf:params:jmap:mail urn:ietf:params:jmap:submission';
		const provider = await startDemoProvider({
			port: 0,
			controls: true,
			accessTokenTtl: idpOptions.accessTokenTtl ?? 300,
			clients: [{ clientId, redirectUris: origins.map((o) => `${o}/callback`) }],
			...(idpOptions.jmap
				? { resources: Object.fromEntries(jmapPorts.map((port) => [`http://127.0.0.1:${port}`, { scope }])) }
				: {})
		});
		const appOrigins = [process.env.E2E_APP_ORIGIN!, process.env.E2E_SUB_ORIGIN!];
		let jmap: JmapServers | undefined;
		let stopJmap = async () => {};
		if (idpOptions.jmap) {
			const stack = await startJmapStack({
				issuer: provider.issuer,
				port: jmapPorts[0]!,
				allowedOrigins: appOrigins,
				users: [{ email: 'ada@demo.test', password: 'demo-password' }]
			});
			const elsewhere = await startJmapFront({
				cyrusUrl: stack.cyrus.url,
				issuer: provider.issuer,
				audience: 'https://jmap.elsewhere.example',
				requiredScopes: ['urn:ietf:params:jmap:core', 'urn:ietf:params:jmap:mail'],
				allowedOrigins: appOrigins,
				credentialFor: (email: string) => stack.cyrus.basicAuth(email),
				port: jmapPorts[1]!
			});
			jmap = {
				sessionUrl: stack.sessionUrl,
				front: stack.front,
				sink: stack.sink,
				elsewhere: { sessionUrl: elsewhere.sessionUrl }
			};
			stopJmap = async () => {
				await elsewhere.close();
				await stack.stop();
			};
		}
		const control = async (path: string) =>
			(await fetch(`${provider.issuer}/__control/${path}`, { method: 'POST' })).json();
		await use({
			issuer: provider.issuer,
			...(jmap ? { jmap } : {}),
			clientId,
			stats: async () => (await fetch(`${provider.issuer}/__control/stats`)).json() as Promise<DemoStats>,
			control
		});
		await stopJmap();
		await provider.close();
	},
	baseURL: async ({}, use) => {
		await use(process.env.E2E_APP_ORIGIN);
	},
	demoIssuer: async ({}, use) => {
		await use(process.env.E2E_DEMO_ISSUER!);
	},
	subPath: async ({}, use) => {
		await use({ origin: process.env.E2E_SUB_ORIGIN!, base: process.env.E2E_SUB_PATH! });
	},
	cspViolations: [
		async ({ context }, use) => {
			const violations: CspViolation[] = [];
			await context.exposeBinding('__reportCspViolation', (_source, v: CspViolation) => {
				violations.push(v);
			});
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					const report = (window as unknown as { __reportCspViolation?: (v: unknown) => void }).__reportCspViolation;
					report?.({ directive: e.violatedDirective, blocked: e.blockedURI, url: e.documentURI });
				});
			});
			await use(violations);
			expect(violations, 'the Content-Security-Policy refused something').toEqual([]);
		},
		{ auto: true }
	]
});
