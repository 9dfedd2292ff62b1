import { expect, rawDatabase, test } from './fixtures';
import { addAccount, addConnection, refreshToken, signInAtProvider } from './helpers';

/** Counts the sign-in window's direct calls into this page (the relay's fast path, src/lib/auth/popup.ts). */
function countDirectCalls() {
	const host = window as unknown as Record<string, unknown>;
	let entry: ((...args: unknown[]) => unknown) | undefined;
	host.directCalls = 0;
	Object.defineProperty(window, '__oauth2ClientSignIn', {
		configurable: true,
		get: () => entry,
		set: (f: (...args: unknown[]) => unknown) => {
			entry = (...args) => {
				host.directCalls = (host.directCalls as number) + 1;
				return f(...args);
			};
		}
	});
}

test('Refresh token: the popup flow stores a grant and the welcome names the person', async ({ page, idp }) => {
	await page.addInitScript(countDirectCalls);
	await addConnection(page, idp);
	const dialog = await addAccount(page, { name: 'Work mail', email: 'ada@demo.test' });
	await expect(dialog.getByText('Not signed in')).toBeVisible();

	const popupPromise = page.waitForEvent('popup');
	await dialog.getByRole('button', { name: 'Refresh token' }).click();
	const popup = await popupPromise;
	// The provider's login page got the account's address as a hint.
	await expect(popup.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@demo.test');
	await signInAtProvider(popup);
	await expect(popup.getByRole('heading', { name: 'Welcome, Ada Lovelace!' })).toBeVisible();
	await expect(popup.getByText('Your account “Work mail” (ada@demo.test) is connected')).toBeVisible();
	await expect(popup.getByText('You can close this window.')).toBeVisible();
	// The code is not left in the address bar.
	expect(new URL(popup.url()).search).toBe('');
	// It came by the fast path: one direct call, no message in between.
	expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).directCalls)).toBe(1);

	// The dialog that opened it updates at once.
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	await expect(dialog.getByText('Welcome, Ada Lovelace!')).toBeVisible();
	await expect(dialog.getByRole('definition').filter({ hasText: 'stored, encrypted' })).toBeVisible();
	const stats = await idp.stats();
	expect(stats.grants).toEqual({ authorization_code: 1 });
	// The editor's issuer check filled the discovery cache: the sign-in itself asked nothing more.
	expect(stats.discoveryRequests).toBe(1);

	// No token in plain text at rest.
	const raw = await rawDatabase(page);
	expect(raw).not.toMatch(/"refreshToken"|"access_token"|eyJ[\w-]+\.eyJ/);

	// The button closes its own window.
	await Promise.all([
		popup.waitForEvent('close'),
		popup
			.getByRole('button', { name: 'Close this window' })
			.click()
			.catch(() => {})
	]);
	await dialog.getByRole('button', { name: 'Ok', exact: true }).click();
	await expect(page.getByRole('article', { name: 'Work mail' }).getByText('Connected', { exact: true })).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('article', { name: 'Work mail' }).getByText('Connected', { exact: true })).toBeVisible();
});

test('a different signed-in address is pointed out clearly', async ({ page, idp }) => {
	await addConnection(page, idp);
	const dialog = await addAccount(page, { name: 'Shared box', email: 'team@demo.test' });
	const popup = await refreshToken(page, dialog, 'grace@demo.test');
	await expect(
		popup.getByText('You signed in as grace@demo.test, but the account’s address is team@demo.test')
	).toBeVisible();
	await expect(
		dialog.getByText(/You signed in as grace@demo\.test, but this account’s address is team@demo\.test/)
	).toBeVisible();
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
});

test('an opening window the sign-in window cannot call (an older version) gets the response by message', async ({
	page,
	idp
}) => {
	// Whatever the app installs, this window offers no entry: the callback must fall back to postMessage.
	await page.addInitScript(() => {
		Object.defineProperty(window, '__oauth2ClientSignIn', { configurable: true, get: () => undefined, set: () => {} });
	});
	await addConnection(page, idp);
	const dialog = await addAccount(page, { name: 'By message', email: 'ada@demo.test' });
	const popup = await refreshToken(page, dialog);
	await expect(popup.getByRole('heading', { name: 'Welcome, Ada Lovelace!' })).toBeVisible();
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	expect(
		await popup.evaluate(
			() => (window as unknown as Record<string, { relayed: boolean }>).__oauth2ClientCallback?.relayed
		)
	).toBe(true);
	expect((await idp.stats()).grants).toEqual({ authorization_code: 1 });
});

test('a provider whose sign-in pages cut the window off (COOP): the window finishes the sign-in itself, the dialog follows', async ({
	page,
	idp
}) => {
	await idp.control('opener-policy?value=same-origin');
	await addConnection(page, idp);
	const dialog = await addAccount(page, { name: 'Cut off', email: 'ada@demo.test' });
	const popupPromise = page.waitForEvent('popup');
	await dialog.getByRole('button', { name: 'Refresh token' }).click();
	const popup = await popupPromise;
	// The provider's policy severs the link between the windows: the dialog says what that means.
	await expect(dialog.getByText(/Cross-Origin-Opener-Policy/)).toBeVisible();
	await signInAtProvider(popup);
	// With no window to hand the answer to, the sign-in window redeems the code itself.
	await expect(popup.getByRole('heading', { name: 'Welcome, Ada Lovelace!' })).toBeVisible();
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	// …and the dialog no longer says it failed: it welcomes the person too.
	await expect(dialog.getByText(/Cross-Origin-Opener-Policy/)).toBeHidden();
	await expect(dialog.getByText('Welcome, Ada Lovelace!')).toBeVisible();
	expect((await idp.stats()).grants).toEqual({ authorization_code: 1 });
});

test('a blocked popup offers the same-tab flow, which comes back to the same account dialog', async ({ page, idp }) => {
	await addConnection(page, idp);
	await page.addInitScript(() => {
		window.open = () => null;
	});
	const dialog = await addAccount(page, { name: 'Blocked', email: 'ada@demo.test' });
	await dialog.getByRole('button', { name: 'Refresh token' }).click();
	await expect(dialog.getByText('The browser blocked the sign-in window.')).toBeVisible();
	await dialog.getByRole('button', { name: 'Continue in this tab' }).click();
	await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
	await signInAtProvider(page);

	const back = page.getByRole('dialog', { name: 'Account “Blocked”' });
	await expect(back).toBeVisible();
	await expect(page).toHaveURL(/\/accounts$/);
	await expect(back.getByText('Connected', { exact: true })).toBeVisible();
	await expect(back.getByText('Welcome, Ada Lovelace!')).toBeVisible();
	expect((await idp.stats()).grants).toEqual({ authorization_code: 1 });
});

test.describe('with short-lived access tokens', () => {
	test.use({ idpOptions: { accessTokenTtl: 8 } });

	test('a grant revoked at the provider needs a sign-in; Sign in again restores it, settings intact', async ({
		page,
		idp
	}) => {
		await addConnection(page, idp);
		const dialog = await addAccount(page, { name: 'Revoked', email: 'ada@demo.test' });
		await dialog.getByRole('tab', { name: 'Properties' }).click();
		const popup = await refreshToken(page, dialog);
		await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
		await popup.close();
		await dialog.getByRole('button', { name: 'Ok', exact: true }).click();

		// The person revokes the app's access at the provider; the next renewal is refused.
		await idp.control('revoke?sub=ada@demo.test');
		const card = page.getByRole('article', { name: 'Revoked' });
		await expect(card.getByText('Sign-in required', { exact: true })).toBeVisible({ timeout: 15_000 });
		await expect(card.getByText(/no longer accepts this account’s refresh token/)).toBeVisible();
		expect((await idp.stats()).errors).toEqual({ invalid_grant: 1 });

		const again = page.waitForEvent('popup');
		await card.getByRole('button', { name: 'Sign in again' }).click();
		await signInAtProvider(await again);
		await expect(card.getByText('Connected', { exact: true })).toBeVisible();
		await card.getByRole('button', { name: 'Open Revoked' }).click();
		const reopened = page.getByRole('dialog', { name: 'Account “Revoked”' });
		await expect(reopened.getByRole('textbox', { name: 'Email' })).toHaveValue('ada@demo.test');
		await expect(reopened.getByRole('combobox', { name: 'OAuth2 connection' })).toHaveValue(/.+/);
	});

	test('tokens renew by themselves over several cycles with rotating refresh tokens, two tabs open', async ({
		page,
		context,
		idp
	}) => {
		await addConnection(page, idp);
		const dialog = await addAccount(page, { name: 'Rotating', email: 'ada@demo.test' });
		const popup = await refreshToken(page, dialog);
		await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
		await popup.close();
		await dialog.getByRole('button', { name: 'Ok', exact: true }).click();

		const second = await context.newPage();
		await second.goto('/accounts');
		await expect(
			second.getByRole('article', { name: 'Rotating' }).getByText('Connected', { exact: true })
		).toBeVisible();

		// 8 s tokens renew 1.6 s before expiry: wait for three renewals without touching anything.
		await expect
			.poll(async () => (await idp.stats()).grants.refresh_token ?? 0, { timeout: 40_000 })
			.toBeGreaterThanOrEqual(3);
		const stats = await idp.stats();
		expect(stats.errors).toEqual({});
		// Two tabs, one refresh per expiry: never two requests for the same refresh token.
		const elapsedCycles = stats.grants.refresh_token!;
		expect(stats.tokenRequests).toBe(1 + elapsedCycles);
		for (const p of [page, second]) {
			await expect(p.getByRole('article', { name: 'Rotating' }).getByText('Connected', { exact: true })).toBeVisible();
		}
	});
});
