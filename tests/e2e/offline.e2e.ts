import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startStaticHost } from '../../server/static-host.js';
import { reservePort } from '../../server/jmap/stack.js';
import { expect, test as base, type Idp } from './fixtures';
import { addAccount, addConnection, refreshToken } from './helpers';

/**
 * The app as it is deployed, on a host of this test's own: it can be stopped (a network that
 * is really gone, not only the browser's offline switch) and a new version deployed to it.
 */
interface OwnApp {
	readonly origin: string;
	/** Stops answering, as an unreachable server does. */
	stop(): Promise<void>;
	/** Answers again, on the same origin. */
	start(): Promise<void>;
	/** Replaces the deployed files with another build in one step, as a deployment does. */
	deploy(buildDir: string): void;
}

const test = base.extend<{ ownApp: OwnApp }>({
	ownApp: async ({}, use) => {
		const place = mkdtempSync(join(tmpdir(), 'oauth2-client-deploy-'));
		const site = join(place, 'site');
		cpSync('build-test', site, { recursive: true });
		const port = await reservePort();
		let host: Awaited<ReturnType<typeof startStaticHost>> | undefined = await startStaticHost({ root: site, port });
		await use({
			origin: host.origin,
			async stop() {
				await host?.close();
				host = undefined;
			},
			async start() {
				host ??= await startStaticHost({ root: site, port });
			},
			deploy(buildDir) {
				const next = join(place, 'next');
				cpSync(buildDir, next, { recursive: true });
				renameSync(site, join(place, 'previous'));
				renameSync(next, site);
			}
		});
		await host?.close();
		rmSync(place, { recursive: true, force: true });
	},
	baseURL: async ({ ownApp }, use) => {
		await use(ownApp.origin);
	},
	extraAppOrigins: async ({ ownApp }, use) => {
		await use([ownApp.origin]);
	}
});

/**
 * Resolves once the service worker is active: from then on every navigation goes through it, so
 * the app opens offline. (Not "controls this page": a page still loading when the worker
 * activates is not claimed, by the specification, and stays uncontrolled until it navigates.)
 */
async function offlineReady(page: Page) {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active!;
		if (worker.state !== 'activated') {
			await new Promise<void>((done) =>
				worker.addEventListener('statechange', () => worker.state === 'activated' && done())
			);
		}
	});
}

/** A connection and an account signed in through it, once the app can open offline. */
async function signedInAccount(page: Page, idp: Idp, connection: string, account: string) {
	await addConnection(page, idp, connection);
	const dialog = await addAccount(page, {
		name: account,
		email: 'ada@demo.test',
		connection: `${connection} (Custom OpenID Connect)`
	});
	const popup = await refreshToken(page, dialog, 'ada@demo.test');
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	await popup.close();
	await dialog.getByRole('button', { name: 'Ok', exact: true }).click();
	await offlineReady(page);
}

test.describe('offline', () => {
	// Short-lived tokens: one expires while the browser is offline.
	const ttl = 10;
	test.use({ idpOptions: { accessTokenTtl: ttl } });

	test('after one visit the app opens and edits offline; back online an expired grant refreshes by itself', async ({
		page,
		context,
		idp,
		ownApp
	}) => {
		test.setTimeout(90_000);
		await signedInAccount(page, idp, 'Company IdP', 'Road warrior');
		const signedInAt = Date.now();
		const before = await idp.stats();

		// The network is gone: the browser says so, and the app's server does not answer either.
		await context.setOffline(true);
		await ownApp.stop();
		await page.goto('/connections');
		await expect(page.getByRole('heading', { level: 1, name: 'Connections' })).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Offline.' })).toBeVisible();
		await expect(page.getByRole('article', { name: 'Company IdP' })).toBeVisible();

		// Create a connection and edit another, offline.
		await page.getByRole('button', { name: 'Add connection' }).click();
		const create = page.getByRole('dialog', { name: 'Add connection' });
		await create.getByRole('textbox', { name: 'Name' }).fill('Made on a train');
		await create.getByRole('combobox', { name: 'Provider' }).selectOption('google');
		await create.getByRole('textbox', { name: 'Client Id' }).fill('4711-train.apps.googleusercontent.com');
		await create.getByRole('button', { name: 'Save' }).click();
		await expect(create).toBeHidden();
		await page.getByRole('button', { name: 'Edit Company IdP' }).click();
		const edit = page.getByRole('dialog', { name: 'Edit “Company IdP”' });
		await edit.getByRole('textbox', { name: 'Name' }).fill('Company IdP (edited offline)');
		await edit.getByRole('button', { name: 'Save' }).click();
		await expect(edit).toBeHidden();

		// A reload, still offline: the app comes from the service worker, the edits from the database.
		await page.reload();
		await expect(page.getByRole('article', { name: 'Made on a train' })).toContainText(
			'4711-train.apps.googleusercontent.com'
		);
		await expect(page.getByRole('article', { name: 'Company IdP (edited offline)' })).toBeVisible();

		// An account too, offline, on the connection made offline; and Settings open.
		const added = await addAccount(page, {
			name: 'Train mail',
			email: 'train@example.com',
			connection: 'Made on a train (Google)'
		});
		await added.getByRole('button', { name: 'Ok', exact: true }).click();
		await page.reload();
		await expect(
			page.getByRole('article', { name: 'Train mail' }).getByText('Not signed in', { exact: true })
		).toBeVisible();
		await page.goto('/settings');
		await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Export' })).toBeVisible();

		// Sign-in needs the provider: it says Offline and opens no window.
		await page.goto('/accounts');
		const card = page.getByRole('article', { name: 'Road warrior' });
		await expect(card.getByText('Offline', { exact: true })).toBeVisible();
		let popups = 0;
		page.on('popup', () => popups++);
		await card.getByRole('button', { name: 'Open Road warrior' }).click();
		const account = page.getByRole('dialog', { name: 'Account “Road warrior”' });
		await account.getByRole('tab', { name: 'Properties' }).click();
		await account.getByRole('button', { name: 'Refresh token' }).click();
		await expect(
			account.getByText(/The browser is Offline: signing in needs the network\. Nothing was started\./)
		).toBeVisible();
		expect(popups).toBe(0);
		await account.getByRole('button', { name: 'Ok', exact: true }).click();

		// Stay offline until the access token has expired (its expiry as the app stored it).
		const expiresAt = await page.evaluate(async () => {
			const open = indexedDB.open('oauth2-client');
			const db: IDBDatabase = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
			const grants: { expiresAt?: number }[] = await new Promise((ok) => {
				const all = db.transaction('grants').objectStore('grants').getAll();
				all.onsuccess = () => ok(all.result as { expiresAt?: number }[]);
			});
			db.close();
			return grants[0]?.expiresAt;
		});
		expect(expiresAt).toBeLessThanOrEqual(signedInAt + ttl * 1000 + 1000);
		await expect.poll(() => Date.now(), { timeout: (ttl + 5) * 1000 }).toBeGreaterThan(expiresAt! + 500);
		await expect(card.getByText('Offline', { exact: true })).toBeVisible();
		const whileOffline = await idp.stats();
		expect(whileOffline.grants['refresh_token'] ?? 0, 'no refresh was attempted offline').toBe(
			before.grants['refresh_token'] ?? 0
		);

		// Back online: nobody touches anything, and the grant refreshes by itself.
		await ownApp.start();
		await context.setOffline(false);
		await expect(card.getByText('Connected', { exact: true })).toBeVisible({ timeout: 20_000 });
		await expect
			.poll(async () => (await idp.stats()).grants['refresh_token'] ?? 0)
			.toBeGreaterThan(before.grants['refresh_token'] ?? 0);
		expect((await idp.stats()).errors['invalid_grant'] ?? 0).toBe(0);
	});
});

test('a new deployment: the open app offers “Reload to update”, and the new version runs with the old data', async ({
	page,
	idp,
	ownApp
}) => {
	await signedInAccount(page, idp, 'Kept across versions', 'Updater');

	await page.goto('/settings');
	const versionA = JSON.parse(readFileSync('build-test/_app/version.json', 'utf8')).version as string;
	const versionB = JSON.parse(readFileSync('build-test-next/_app/version.json', 'utf8')).version as string;
	expect(versionB).not.toBe(versionA);
	await expect(page.getByTestId('app-version')).toHaveText(versionA);
	const reload = page.getByRole('button', { name: 'Reload to update' });
	await expect(reload).toBeHidden();

	ownApp.deploy('build-test-next');
	await expect(reload).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'A new version of this app is available.' })).toBeVisible();
	await reload.click();

	await expect(page.getByTestId('app-version')).toHaveText(versionB);
	await expect(reload).toBeHidden();
	// B's service worker now keeps the copy that opens offline.
	await expect.poll(() => page.evaluate(() => caches.keys())).toContain(`oauth2-client-${versionB}`);
	// A's data, in B.
	await page.goto('/accounts');
	const card = page.getByRole('article', { name: 'Updater' });
	await expect(card.getByText('Connected', { exact: true })).toBeVisible();
	await page.goto('/connections');
	await expect(page.getByRole('article', { name: 'Kept across versions' })).toBeVisible();
});

test('installable: Chromium reports no installability errors for the manifest and icons', async ({ ownApp }) => {
	const profile = mkdtempSync(join(tmpdir(), 'oauth2-client-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		headless: true,
		...(test.info().project.use.launchOptions ?? {})
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(`${ownApp.origin}/`);
		await offlineReady(page);
		const cdp = await context.newCDPSession(page);
		const manifest = (await cdp.send('Page.getAppManifest')) as {
			url: string;
			errors: { message: string }[];
		};
		expect(manifest.url).toBe(`${ownApp.origin}/manifest.webmanifest`);
		expect(manifest.errors).toEqual([]);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
