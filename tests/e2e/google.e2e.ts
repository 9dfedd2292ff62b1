import type { Locator, Page } from '@playwright/test';
import {
	addAccount,
	addConnectionWith,
	allowedPortal,
	giveToPortal,
	portalGetToken,
	signInAtProvider,
	type Scope
} from './helpers';
import { expect, refreshAtTwin, test, TWIN_CLIENTS } from './twins';

const PORTAL = process.env.E2E_PORTAL_ORIGIN!;

function addGoogle(scope: Scope, name: string, secret: string | undefined = TWIN_CLIENTS.google.clientSecret) {
	return addConnectionWith(scope, {
		name,
		provider: 'google',
		clientId: TWIN_CLIENTS.google.clientId,
		...(secret ? { clientSecret: secret } : {})
	});
}

const refreshAtGoogle = (page: Page, dialog: Locator) => refreshAtTwin(page, dialog, 'accounts.google.com');

test('Google: signs in with the Web application’s secret, renews by itself, and the Gmail API works with scopes that are not restricted', async ({
	page,
	twins
}) => {
	test.setTimeout(90_000);
	await addGoogle(page, 'Gmail');
	const dialog = await addAccount(page, { name: 'Ada', email: 'ada@gmail.test', connection: 'Gmail (Google)' });
	const popup = await refreshAtGoogle(page, dialog);
	await expect(popup.getByRole('heading', { name: 'Welcome, Ada Lovelace!' })).toBeVisible();
	await popup.close();
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	await expect(dialog.getByRole('definition').filter({ hasText: 'stored, encrypted' }).first()).toBeVisible();
	// Google's rule: a refresh token only with access_type=offline; the app also asks prompt=consent.
	expect(twins.twins.google.stats()['refresh-tokens']).toBeGreaterThan(0);
	await dialog.getByRole('button', { name: 'Ok', exact: true }).click();

	// Renewed by itself (8-second tokens), with the secret again.
	const before = Number(twins.twins.google.stats()['grant:refresh_token'] ?? 0);
	await expect
		.poll(() => Number(twins.twins.google.stats()['grant:refresh_token'] ?? 0), { timeout: 20_000 })
		.toBeGreaterThan(before);

	// Test connection and Send, against the Gmail API that checks each method's scopes.
	const card = page.getByRole('article', { name: 'Ada' });
	await card.getByRole('button', { name: 'Test connection' }).click();
	await expect(card.getByText('Gmail API knows this account as')).toContainText('Ada Lovelace <ada@gmail.test>');
	const mailboxes = card.getByRole('table', { name: 'Mailboxes of ada@gmail.test' });
	await expect(mailboxes.getByRole('row', { name: /INBOX inbox 2 1/ })).toBeVisible();
	expect(twins.twins.google.stats()).toMatchObject({ 'gmail:users.labels.list:ok': 1 });
	expect(twins.twins.google.stats()).not.toHaveProperty('gmail:users.getProfile:ok');
	await card.getByRole('button', { name: 'Send test message' }).click();
	const send = page.getByRole('dialog', { name: 'Send a test message from ada@gmail.test' });
	await send.getByRole('textbox', { name: 'To' }).fill('grace@example.test');
	await send.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(send.getByText('Sent.')).toBeVisible();
	expect(twins.twins.google.sent.at(-1)?.to).toBe('grace@example.test');
});

test('Google: without the client secret the sign-in says to enter it; a portal is told why a Gmail API account has no IMAP token, and gets one once the account uses IMAP', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(90_000);
	// The client secret left out: Google refuses the code, and the app says what to do.
	await addGoogle(page, 'No secret', '');
	const missing = await addAccount(page, {
		name: 'Grace',
		email: 'grace@gmail.test',
		connection: 'No secret (Google)'
	});
	const popup = await refreshAtGoogle(page, missing);
	await expect(popup.getByText(/enter the Client Secret/)).toBeVisible();
	await expect(missing.getByText(/client_secret is missing.*enter the Client Secret/)).toBeVisible();
	await popup.close();

	// In a portal: an account on the Gmail API transport signs in without IMAP's restricted scope.
	const { portal, frame } = await allowedPortal(context, new URL(baseURL!).origin, PORTAL);
	await addGoogle(frame, 'Gmail');
	const dialog = await addAccount(frame, { name: 'Ada', email: 'ada@gmail.test', connection: 'Gmail (Google)' });
	// Closed only once the answer is in: closed before, the sign-in counts as abandoned (a race under load).
	const first = await refreshAtGoogle(portal, dialog);
	await expect(first.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
	await first.close();
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	await dialog.getByRole('button', { name: 'Ok', exact: true }).click();
	await giveToPortal(portal, frame, PORTAL, ['ada@gmail.test']);
	expect(await portalGetToken(portal, 'ada@gmail.test')).toMatchObject({
		type: 'oauth2-client:error',
		code: 'provider-error',
		message: expect.stringContaining('Embedding portal (IMAP and SMTP)')
	});

	// The account switched to IMAP and SMTP, signed in again: the portal gets a token for them.
	await frame.getByRole('button', { name: 'Open Ada' }).click();
	const again = frame.getByRole('dialog', { name: 'Account “Ada”' });
	await again.getByRole('combobox', { name: 'Transport' }).selectOption({ label: 'Embedding portal (IMAP and SMTP)' });
	await again.getByRole('button', { name: 'Apply' }).click();
	const consent = portal.waitForEvent('popup');
	await again.getByRole('button', { name: 'Refresh token' }).click();
	const window = await consent;
	await expect(window.getByText('Read, compose, send and permanently delete all your email')).toBeVisible();
	await signInAtProvider(window);
	await expect(again.getByText('Connected', { exact: true })).toBeVisible();
	await window.close();
	expect(await portalGetToken(portal, 'ada@gmail.test')).toMatchObject({
		type: 'oauth2-client:token',
		scopes: expect.arrayContaining(['https://mail.google.com/']),
		servers: { imap: { host: 'imap.gmail.com', port: 993 }, smtp: { host: 'smtp.gmail.com', port: 465 } }
	});
});
