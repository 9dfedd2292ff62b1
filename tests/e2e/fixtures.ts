import { test as base, expect, type Page } from '@playwright/test';
import { startDemoProvider } from '../../server/demo-provider.js';

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

export interface Idp {
	readonly issuer: string;
	readonly clientId: string;
	/** The provider's counters (token requests by grant type, errors, revocations, …). */
	stats(): Promise<DemoStats>;
	/** Calls the provider's test API: `fail-token?status=503&count=2`, `revoke?sub=…`, `delay-token?ms=100`. */
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
}

interface Fixtures {
	/** A fresh OpenID provider for this test only, registered for both app builds. */
	idp: Idp;
	idpOptions: IdpOptions;
	/** CSP violations reported by any page of the test; the test fails if there are any. */
	cspViolations: CspViolation[];
	/** The sub-path build: origin and base path. */
	subPath: { origin: string; base: string };
	demoIssuer: string;
}

export const test = base.extend<Fixtures>({
	idpOptions: [{}, { option: true }],
	idp: async ({ idpOptions }, use) => {
		const clientId = 'e2e-client';
		const origins = [process.env.E2E_APP_ORIGIN!, `${process.env.E2E_SUB_ORIGIN!}${process.env.E2E_SUB_PATH!}`];
		const provider = await startDemoProvider({
			port: 0,
			controls: true,
			accessTokenTtl: idpOptions.accessTokenTtl ?? 300,
			clients: [{ clientId, redirectUris: origins.map((o) => `${o}/callback`) }]
		});
		const control = async (path: string) =>
			(await fetch(`${provider.issuer}/__control/${path}`, { method: 'POST' })).json();
		await use({
			issuer: provider.issuer,
			clientId,
			stats: async () => (await fetch(`${provider.issuer}/__control/stats`)).json() as Promise<DemoStats>,
			control
		});
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
