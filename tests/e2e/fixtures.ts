import { test as base, expect, type Page } from '@playwright/test';

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

interface Fixtures {
	/** CSP violations reported by any page of the test; the test fails if there are any. */
	cspViolations: CspViolation[];
	/** The sub-path build: origin and base path. */
	subPath: { origin: string; base: string };
	demoIssuer: string;
}

export const test = base.extend<Fixtures>({
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
