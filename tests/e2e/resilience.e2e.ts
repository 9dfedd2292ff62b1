import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addAccount, addConnection, refreshToken } from './helpers';

/** Signs an account in and closes the dialog; returns the account's card. */
async function signedIn(page: Page, idp: Parameters<typeof addConnection>[1], name = 'Resilient') {
	await addConnection(page, idp);
	const dialog = await addAccount(page, { name, email: 'ada@demo.test' });
	const popup = await refreshToken(page, dialog);
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	await popup.close();
	await dialog.getByRole('button', { name: 'Ok', exact: true }).click();
	return page.getByRole('article', { name });
}

async function statusIn(page: Page, name: string): Promise<string> {
	const badge = page.getByRole('article', { name }).locator('.badge');
	return (await badge.textContent({ timeout: 5_000 }))?.trim() ?? '';
}

async function openTabs(context: BrowserContext, count: number): Promise<Page[]> {
	const tabs: Page[] = [];
	for (let i = 0; i < count; i++) {
		const tab = await context.newPage();
		await tab.goto('/accounts');
		tabs.push(tab);
	}
	return tabs;
}

test.describe('with short-lived access tokens', () => {
	test.use({ idpOptions: { accessTokenTtl: 8 } });

	test('six tabs over several refresh cycles: one refresh per expiry, no invalid_grant, Connected throughout', async ({
		page,
		context,
		idp
	}) => {
		await signedIn(page, idp, 'Shared');
		const tabs = [page, ...(await openTabs(context, 5))];
		for (const tab of tabs) await expect(tab.getByRole('article', { name: 'Shared' })).toContainText('Connected');
		const start = (await idp.stats()).grants.refresh_token ?? 0;
		const started = Date.now();
		const seen = new Set<string>();
		// Watch every tab for 4 refresh cycles (8 s tokens renew every 6.4 s).
		while (Date.now() - started < 27_000) {
			for (const tab of tabs) seen.add(await statusIn(tab, 'Shared'));
			await page.waitForTimeout(700);
		}
		const stats = await idp.stats();
		const refreshes = (stats.grants.refresh_token ?? 0) - start;
		const elapsed = Date.now() - started;
		// One tab would refresh once per 6.4 s: six tabs must not do more.
		expect(refreshes).toBeGreaterThanOrEqual(Math.floor(elapsed / 6_400) - 1);
		expect(refreshes).toBeLessThanOrEqual(Math.ceil(elapsed / 6_400) + 1);
		expect(stats.errors).toEqual({});
		expect([...seen]).toEqual(['Connected']);
	});

	test('a network cut across an expiry: Offline, then one refresh when it is back, grant kept', async ({
		page,
		context,
		idp
	}) => {
		const card = await signedIn(page, idp);
		const second = (await openTabs(context, 1))[0]!;
		const before = (await idp.stats()).grants.refresh_token ?? 0;
		await context.setOffline(true);
		await expect(card.getByText('Offline', { exact: true })).toBeVisible();
		await expect(
			second.getByRole('article', { name: 'Resilient' }).getByText('Offline', { exact: true })
		).toBeVisible();
		// Past the expiry of the token: nothing can be sent, nothing is lost.
		await page.waitForTimeout(10_000);
		expect((await idp.stats()).grants.refresh_token ?? 0).toBe(before);
		await context.setOffline(false);
		await expect(card.getByText('Connected', { exact: true })).toBeVisible();
		await expect.poll(async () => (await idp.stats()).grants.refresh_token ?? 0).toBe(before + 1);
		// Settle: still exactly one, from two tabs.
		await page.waitForTimeout(1_000);
		const stats = await idp.stats();
		expect(stats.grants.refresh_token).toBe(before + 1);
		expect(stats.errors).toEqual({});
	});

	test('a provider answering 503 for several expiries: Retrying, then recovery without losing the grant', async ({
		page,
		idp
	}) => {
		test.setTimeout(120_000);
		const card = await signedIn(page, idp);
		// Three failures in a row back off 2.5–5 s, 5–10 s, 10–20 s: past two expiries of 8 s tokens.
		await idp.control('fail-token?status=503&count=3');
		await expect(card.getByText('Retrying', { exact: true })).toBeVisible({ timeout: 15_000 });
		await expect(card.getByText('Connected', { exact: true })).toBeVisible({ timeout: 60_000 });
		const stats = await idp.stats();
		expect(stats.injectedFailures).toBe(3);
		expect(stats.errors).toEqual({});
		expect(stats.grants.refresh_token).toBeGreaterThanOrEqual(1);
	});
});

test('every tab follows what another tab does, without a reload', async ({ page, context, idp }) => {
	await addConnection(page, idp);
	const dialog = await addAccount(page, { name: 'Watched', email: 'ada@demo.test' });
	const other = (await openTabs(context, 1))[0]!;
	const elsewhere = other.getByRole('article', { name: 'Watched' });
	await expect(elsewhere.getByText('Not signed in', { exact: true })).toBeVisible();

	const popup = await refreshToken(page, dialog);
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	await popup.close();
	await expect(elsewhere.getByText('Connected', { exact: true })).toBeVisible();

	await dialog.getByRole('textbox', { name: 'Name' }).fill('Watched closely');
	await dialog.getByRole('button', { name: 'Apply' }).click();
	await expect(other.getByRole('article', { name: 'Watched closely' })).toBeVisible();
	await page.getByRole('dialog').getByRole('button', { name: 'Ok', exact: true }).click();

	// A change that signs the account out, made here, shows there.
	await page.goto('/connections');
	await page.getByRole('button', { name: 'Edit Test provider' }).click();
	await page.getByRole('dialog').getByRole('textbox', { name: 'Client Id' }).fill('another-client');
	await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
	await page.getByRole('alertdialog').getByRole('button', { name: 'Save and sign out' }).click();
	await expect(
		other.getByRole('article', { name: 'Watched closely' }).getByText('Sign-in required', { exact: true })
	).toBeVisible();
});

test('Forget this browser revokes what it can, deletes everything, and other tabs follow', async ({
	page,
	context,
	idp
}) => {
	await signedIn(page, idp, 'Leaving');
	const other = (await openTabs(context, 1))[0]!;
	await expect(other.getByRole('article', { name: 'Leaving' })).toBeVisible();

	await page.goto('/settings');
	await page.getByRole('button', { name: 'Forget this browser…' }).click();
	const confirm = page.getByRole('alertdialog', { name: 'Forget this browser?' });
	await expect(confirm).toContainText('one connection and one account');
	await expect(confirm).toContainText('after revoking the tokens of one signed-in account');
	// When it is done, the tab reloads to start afresh.
	await Promise.all([page.waitForEvent('load'), confirm.getByRole('button', { name: 'Forget everything' }).click()]);
	await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
	await expect.poll(async () => (await idp.stats()).revocations).toBe(1);

	await page.goto('/connections');
	await expect(page.getByText('No connections yet')).toBeVisible();
	// The other tab let go of the database at once and came back empty.
	await expect(other.getByText('No accounts yet')).toBeVisible();
	const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
	expect(databases).toEqual(['oauth2-client']);
	const keys = await page.evaluate(async () => {
		const open = indexedDB.open('oauth2-client');
		const db: IDBDatabase = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
		const req = db.transaction('keys').objectStore('keys').count();
		return new Promise((ok) => (req.onsuccess = () => ok(req.result)));
	});
	expect(keys).toBe(0);
});

test('a tab on an old schema steps aside for a newer one instead of blocking it', async ({ page, context }) => {
	await page.goto('/connections');
	await page.getByRole('button', { name: 'Add the local demo connection' }).click();
	await expect(page.getByRole('article', { name: 'Local demo' })).toBeVisible();
	await page.evaluate(() => ((window as { marker?: boolean }).marker = true));
	const newer = await context.newPage();
	await newer.goto('/callback');
	// A newer version of the app upgrades the database in another tab.
	const upgraded = await newer.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const open = indexedDB.open('oauth2-client', 99);
				open.onupgradeneeded = () => undefined;
				open.onblocked = () => resolve('blocked');
				open.onsuccess = () => {
					open.result.close();
					resolve('upgraded');
				};
				setTimeout(() => resolve('timeout'), 5_000);
			})
	);
	expect(upgraded).toBe('upgraded');
	// The old tab let go and reloaded (its marker is gone), and opens the data again.
	await expect
		.poll(() => page.evaluate(() => (window as { marker?: boolean }).marker ?? false).catch(() => 'reloading'))
		.toBe(false);
	await expect(page.getByRole('article', { name: 'Local demo' })).toBeVisible();
});

test('outside a secure context the app says plainly that it needs https', async ({ browser, baseURL }) => {
	const port = new URL(baseURL!).port;
	const context = await browser.newContext();
	const page = await context.newPage();
	// A name that resolves to this machine but is not "localhost": plain http there is not secure.
	const response = await page.goto(`http://insecure.test:${port}/`).catch(() => undefined);
	expect(response?.ok()).toBe(true);
	await expect(page.getByRole('heading', { name: 'This app needs a secure connection' })).toBeVisible();
	await expect(page.getByText(/Open it over https:\/\//)).toBeVisible();
	await context.close();
});
