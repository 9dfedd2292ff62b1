import type { Page } from '@playwright/test';
import { expect, type Idp } from './fixtures';

/** Adds a custom OpenID Connect connection through the UI. */
export async function addConnection(page: Page, idp: Idp, name = 'Test provider', scopes?: string) {
	await page.goto('/connections');
	await page.getByRole('button', { name: 'Add connection' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add connection' });
	await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
	await dialog.getByRole('combobox', { name: 'Provider' }).selectOption('oidc');
	await dialog.getByRole('textbox', { name: 'Issuer URL' }).fill(idp.issuer);
	await dialog.getByRole('textbox', { name: 'Client Id' }).fill(idp.clientId);
	if (scopes) await dialog.getByRole('textbox', { name: 'Scopes' }).fill(scopes);
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('article', { name })).toBeVisible();
}

/** Adds an account through the dialog and leaves the dialog open. */
export async function addAccount(
	page: Page,
	account: { name: string; email: string; connection?: string; transport?: string; jmapSessionUrl?: string }
) {
	await page.goto('/accounts');
	await page.getByRole('button', { name: 'Add account' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add account' });
	await dialog.getByRole('textbox', { name: 'Name' }).fill(account.name);
	await dialog.getByRole('textbox', { name: 'Email' }).fill(account.email);
	await dialog.getByRole('tab', { name: 'Properties' }).click();
	if (account.connection) {
		await dialog.getByRole('combobox', { name: 'OAuth2 connection' }).selectOption({ label: account.connection });
	}
	if (account.transport)
		await dialog.getByRole('combobox', { name: 'Transport' }).selectOption({ label: account.transport });
	if (account.jmapSessionUrl) {
		await dialog.getByRole('tab', { name: 'Mail servers' }).click();
		await dialog.getByRole('textbox', { name: 'JMAP session URL' }).fill(account.jmapSessionUrl);
		await dialog.getByRole('tab', { name: 'Properties' }).click();
	}
	await dialog.getByRole('button', { name: 'Apply' }).click();
	const saved = page.getByRole('dialog', { name: `Account “${account.name}”` });
	await expect(saved).toBeVisible();
	return saved;
}

/** Signs in at the demo provider in `popup` (a page showing its login), as `email`. */
export async function signInAtProvider(popup: Page, email?: string) {
	const signIn = popup.getByRole('button', { name: 'Sign in' });
	const allow = popup.getByRole('button', { name: 'Allow' });
	// With a session at the provider already, it skips the login and only asks for consent.
	await expect(signIn.or(allow)).toBeVisible();
	if (await signIn.isVisible()) {
		if (email) await popup.getByRole('textbox', { name: 'Email' }).fill(email);
		await signIn.click();
	}
	// The demo provider asks for consent every time: offline access needs it.
	await allow.click();
}

/** Presses Refresh token in an open account dialog and completes the popup sign-in. */
export async function refreshToken(page: Page, dialog: ReturnType<Page['getByRole']>, email?: string) {
	const popupPromise = page.waitForEvent('popup');
	await dialog.getByRole('button', { name: 'Refresh token' }).click();
	const popup = await popupPromise;
	await signInAtProvider(popup, email);
	return popup;
}
