import { expect, test } from './fixtures';
import { addAccount, addConnection, refreshToken, signInAtProvider } from './helpers';
import type { Page } from '@playwright/test';

async function grantCount(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const open = indexedDB.open('oauth2-client');
		const db: IDBDatabase = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
		const req = db.transaction('grants').objectStore('grants').count();
		const n: number = await new Promise((ok) => (req.onsuccess = () => ok(req.result)));
		db.close();
		return n;
	});
}

test.describe('with short-lived access tokens', () => {
	test.use({ idpOptions: { accessTokenTtl: 8 } });

	test('a provider failing (503) during refresh: Retrying, grant kept; back up: Connected', async ({ page, idp }) => {
		await addConnection(page, idp);
		const dialog = await addAccount(page, { name: 'Flaky', email: 'ada@demo.test' });
		const popup = await refreshToken(page, dialog);
		await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
		await popup.close();
		await dialog.getByRole('button', { name: 'Ok', exact: true }).click();

		await idp.control('fail-token?status=503&count=2&retryAfter=1');
		const card = page.getByRole('article', { name: 'Flaky' });
		await expect(card.getByText('Retrying', { exact: true })).toBeVisible({ timeout: 15_000 });
		await expect(card.getByText(/The provider is having trouble \(503\)\. Nothing is lost; retrying…/)).toBeVisible();
		await expect(card.getByText('Connected', { exact: true })).toBeVisible({ timeout: 30_000 });
		const stats = await idp.stats();
		expect(stats.injectedFailures).toBe(2);
		expect(stats.grants.refresh_token).toBeGreaterThanOrEqual(1);
		expect(stats.errors).toEqual({});
	});
});

test('forged, replayed and mixed-up callbacks get a clear message, store nothing and send no token request', async ({
	page,
	context,
	idp
}) => {
	await addConnection(page, idp);
	const dialog = await addAccount(page, { name: 'Target', email: 'ada@demo.test' });

	// Forged: a state this browser never issued.
	const forged = await context.newPage();
	await forged.goto(
		`/callback?code=stolen&state=0123456789abcdef0123456789abcdef&iss=${encodeURIComponent(idp.issuer)}`
	);
	await expect(forged.getByRole('heading', { name: 'Sign-in did not complete' })).toBeVisible();
	await expect(forged.getByText(/not one this browser is waiting for/)).toBeVisible();
	await forged.close();
	expect((await idp.stats()).tokenRequests).toBe(0);
	expect(await grantCount(page)).toBe(0);

	// Mixed up: a response that claims another issuer for a real, pending sign-in.
	let popupPromise = page.waitForEvent('popup');
	const authorization = context.waitForEvent('request', (r) => r.url().startsWith(`${idp.issuer}/auth?`));
	await dialog.getByRole('button', { name: 'Refresh token' }).click();
	let popup = await popupPromise;
	const request = new URL((await authorization).url()).searchParams;
	const state = request.get('state')!;
	// The connection's own address: `<origin>/callback/<its id>`.
	const own = request.get('redirect_uri')!;
	expect(own).toMatch(/\/callback\/[\w-]+$/);
	// Let the provider's own redirect to its login page finish before we step in.
	await popup.waitForURL(/\/interaction\//);
	await popup.goto(`${own}?code=from-elsewhere&state=${state}&iss=${encodeURIComponent('https://evil.example')}`);
	await expect(popup.getByText(/This response comes from “https:\/\/evil\.example”/)).toBeVisible();
	await expect(dialog.getByText(/This response comes from “https:\/\/evil\.example”/)).toBeVisible();
	await popup.close();

	// Mixed up without iss: this sign-in's state, answered at another address (another connection's).
	popupPromise = page.waitForEvent('popup');
	const again = context.waitForEvent('request', (r) => r.url().startsWith(`${idp.issuer}/auth?`));
	await dialog.getByRole('button', { name: 'Refresh token' }).click();
	popup = await popupPromise;
	const second = new URL((await again).url()).searchParams.get('state')!;
	await popup.waitForURL(/\/interaction\//);
	await popup.goto(`/callback/another-connection?code=from-elsewhere&state=${second}`);
	await expect(
		popup.getByText(/^This answer arrived at .*\/callback\/another-connection, but its sign-in/)
	).toBeVisible();
	await popup.close();
	expect((await idp.stats()).tokenRequests).toBe(0);
	expect(await grantCount(page)).toBe(0);

	// Replayed: a real response used a second time.
	popupPromise = page.waitForEvent('popup');
	await dialog.getByRole('button', { name: 'Refresh token' }).click();
	popup = await popupPromise;
	let callbackUrl = '';
	popup.on('request', (r) => {
		if (new URL(r.url()).pathname.startsWith('/callback/') && r.isNavigationRequest()) callbackUrl = r.url();
	});
	await signInAtProvider(popup);
	await expect(popup.getByRole('heading', { name: 'Welcome, Ada Lovelace!' })).toBeVisible();
	await popup.close();
	expect(callbackUrl).toContain('code=');
	expect((await idp.stats()).tokenRequests).toBe(1);
	const replay = await context.newPage();
	await replay.goto(callbackUrl);
	await expect(replay.getByText(/not one this browser is waiting for/)).toBeVisible();
	expect((await idp.stats()).tokenRequests).toBe(1);
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
});

test('changing the connection’s issuer signs its accounts out (revoked) after saying so; deleting an account revokes', async ({
	page,
	idp,
	demoIssuer
}) => {
	await addConnection(page, idp, 'Moving');
	let dialog = await addAccount(page, { name: 'Mover', email: 'ada@demo.test' });
	let popup = await refreshToken(page, dialog);
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	await popup.close();
	await dialog.getByRole('button', { name: 'Ok', exact: true }).click();

	await page.goto('/connections');
	await page.getByRole('button', { name: 'Edit Moving' }).click();
	const editor = page.getByRole('dialog', { name: 'Edit “Moving”' });
	await editor.getByRole('textbox', { name: 'Issuer URL' }).fill(demoIssuer);
	await editor.getByRole('button', { name: 'Save' }).click();
	const ask = page.getByRole('alertdialog', { name: 'Sign these accounts out?' });
	await expect(ask).toContainText('Mover <ada@demo.test>');
	// Cancelling keeps everything as it was.
	await ask.getByRole('button', { name: 'Cancel' }).click();
	await expect(editor).toBeVisible();
	expect((await idp.stats()).revocations).toBe(0);
	await editor.getByRole('button', { name: 'Save' }).click();
	await ask.getByRole('button', { name: 'Save and sign out' }).click();
	await expect(editor).toBeHidden();
	await expect(page.getByText(/Signed out: ada@demo\.test/)).toBeVisible();
	await expect.poll(async () => (await idp.stats()).revocations).toBe(1);

	await page.goto('/accounts');
	const card = page.getByRole('article', { name: 'Mover' });
	await expect(card.getByText('Sign-in required', { exact: true })).toBeVisible();
	await expect(card.getByText(/now points at another provider or client/)).toBeVisible();

	// Back to the test provider, signed in again, then deleted: the provider hears of it.
	await page.goto('/connections');
	await page.getByRole('button', { name: 'Edit Moving' }).click();
	await editor.getByRole('textbox', { name: 'Issuer URL' }).fill(idp.issuer);
	await editor.getByRole('button', { name: 'Save' }).click();
	await expect(editor).toBeHidden();
	await page.goto('/accounts');
	await card.getByRole('button', { name: 'Open Mover' }).click();
	dialog = page.getByRole('dialog', { name: 'Account “Mover”' });
	popup = await refreshToken(page, dialog);
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	await popup.close();
	await dialog.getByRole('button', { name: 'Delete' }).click();
	const confirm = page.getByRole('alertdialog', { name: 'Delete “Mover”?' });
	await confirm.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByText('Deleted “Mover”; its token was revoked at the provider.')).toBeVisible();
	expect((await idp.stats()).revocations).toBe(2);
	await expect(card).toHaveCount(0);
});

test('when the provider cannot be told to revoke, deleting says so and still lets the person delete', async ({
	page,
	idp
}) => {
	await addConnection(page, idp);
	const dialog = await addAccount(page, { name: 'Leaving', email: 'ada@demo.test' });
	const popup = await refreshToken(page, dialog);
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	await popup.close();

	await idp.control('fail-revocation?count=2');
	await dialog.getByRole('button', { name: 'Delete' }).click();
	const confirm = page.getByRole('alertdialog', { name: 'Delete “Leaving”?' });
	await confirm.getByRole('button', { name: 'Delete' }).click();
	await expect(confirm.getByRole('alert')).toContainText(/could not be told to revoke the token: .*answered 503/);
	// Nothing is deleted until the person says so.
	await expect(page.getByRole('article', { name: 'Leaving' })).toHaveCount(1);
	await confirm.getByRole('button', { name: 'Delete anyway' }).click();
	await expect(page.getByRole('article', { name: 'Leaving' })).toHaveCount(0);
	await expect(page.getByText('Deleted “Leaving”.')).toBeVisible();
});
