import type { Locator, Page } from '@playwright/test';
import { CONTOSO_TENANT } from '../../server/twins/microsoft.js';
import {
	addAccount,
	addConnectionWith,
	allowedPortal,
	answerTo,
	giveToPortal,
	portalGetToken,
	signInAtProvider,
	type Scope
} from './helpers';
import { DAY_SECONDS, expect, refreshAtTwin, test, TWIN_CLIENTS } from './twins';

const PORTAL = process.env.E2E_PORTAL_ORIGIN!;

/** Adds a Microsoft connection through the editor, as an administrator would. */
function addMicrosoft(scope: Scope, name: string, tenant?: string) {
	return addConnectionWith(scope, {
		name,
		provider: 'microsoft',
		clientId: TWIN_CLIENTS.microsoft.clientId,
		...(tenant !== undefined ? { project: { label: 'Tenant Id', value: tenant } } : {})
	});
}

/**
 * Presses Refresh token and signs in at the Microsoft twin; answers the sign-in window.
 * @param page the page that gets the window (the portal's, for an app in its frame)
 */
async function signIn(page: Page, dialog: Locator, name = 'Ada Lovelace') {
	const popup = await refreshAtTwin(page, dialog, 'login.microsoftonline.com');
	await expect(popup.getByRole('heading', { name: `Welcome, ${name}!` })).toBeVisible();
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	return popup;
}

test('Microsoft in a portal: a work account at common signs in, renews by itself, and the portal gets an Outlook token for IMAP and SMTP', async ({
	context,
	baseURL,
	twins
}) => {
	test.setTimeout(90_000);
	const { portal, frame } = await allowedPortal(context, new URL(baseURL!).origin, PORTAL);
	const card = await addMicrosoft(frame, 'Contoso mail');
	await expect(card).toContainText('common');
	const dialog = await addAccount(frame, {
		name: 'Ada',
		email: 'ada@contoso.test',
		connection: 'Contoso mail (Microsoft)'
	});
	// The frame keeps the verifier; the sign-in window only relays Microsoft's answer.
	await (await signIn(portal, dialog)).close();
	// Microsoft's sign-in ends by itself: the dialog says until when.
	await expect(dialog.getByText(/^Sign-in valid until .* \(in \d+ seconds?\)\.$/)).toBeVisible();

	// The access token lives 8 s: the app renews it by itself.
	const before = Number(twins.twins.microsoft.stats()['grant:refresh_token'] ?? 0);
	await expect
		.poll(() => Number(twins.twins.microsoft.stats()['grant:refresh_token'] ?? 0), { timeout: 20_000 })
		.toBeGreaterThan(before);
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	await dialog.getByRole('button', { name: 'Ok', exact: true }).click();

	// The portal asks for IMAP and SMTP: it gets an Outlook token, which Outlook's servers accept.
	await giveToPortal(portal, frame, PORTAL, ['ada@contoso.test']);
	const token = await portalGetToken(portal, 'ada@contoso.test');
	expect(token).toMatchObject({
		type: 'oauth2-client:token',
		account: 'ada@contoso.test',
		scopes: expect.arrayContaining(['https://outlook.office.com/IMAP.AccessAsUser.All']),
		signInExpiresAt: expect.any(Number),
		servers: {
			imap: { host: 'outlook.office365.com', port: 993, security: 'ssl', username: 'ada@contoso.test' },
			smtp: { host: 'smtp.office365.com', port: 587, security: 'starttls', username: 'ada@contoso.test' }
		}
	});
	expect(await twins.twins.microsoft.verifyOutlookToken(String(token.accessToken))).toMatchObject({ ok: true });
	// The portal hears in advance when the sign-in ends.
	await portal.getByRole('button', { name: 'List accounts' }).click();
	await expect
		.poll(() => answerTo(portal, 'list-accounts'))
		.toMatchObject({
			accounts: [{ email: 'ada@contoso.test', status: 'Connected', signInExpiresAt: token.signInExpiresAt }]
		});
});

test('Microsoft: a Tenant Id typed in capitals signs in (stored in lower case, as Microsoft’s issuer names it)', async ({
	page
}) => {
	const card = await addMicrosoft(page, 'Contoso by GUID', CONTOSO_TENANT.toUpperCase());
	await expect(card).toContainText(CONTOSO_TENANT);
	const dialog = await addAccount(page, {
		name: 'Grace',
		email: 'grace@contoso.test',
		connection: 'Contoso by GUID (Microsoft)'
	});
	await (await signIn(page, dialog, 'Grace Hopper')).close();
});

test('Microsoft: a tenant named by its domain holds the sign-in to that tenant', async ({ page }) => {
	await addMicrosoft(page, 'Contoso by domain', 'Contoso.Test');
	const dialog = await addAccount(page, {
		name: 'Alan',
		email: 'alan@contoso.test',
		connection: 'Contoso by domain (Microsoft)'
	});
	await (await signIn(page, dialog, 'Alan')).close();
});

test(`Microsoft: the 24-hour sign-in (here ${DAY_SECONDS} s): warned, renewed in one click without a password, then Sign-in required when nobody renews`, async ({
	page,
	twins
}) => {
	test.setTimeout(150_000);
	await addMicrosoft(page, 'Personal');
	const dialog = await addAccount(page, {
		name: 'Outlook.com',
		email: 'ada@outlook.test',
		connection: 'Personal (Microsoft)'
	});
	await (await signIn(page, dialog)).close();
	await dialog.getByRole('button', { name: 'Ok', exact: true }).click();

	// In the list: until when; a third before the end, a warning and one button.
	const card = page.getByRole('article', { name: 'Outlook.com' });
	await expect(card.getByText(/^Sign-in valid until/)).toBeVisible();
	const renew = card.getByRole('button', { name: 'Renew sign-in' });
	await expect(renew).toBeVisible({ timeout: DAY_SECONDS * 1000 });
	const authorizations = Number(twins.twins.microsoft.stats().authorizations ?? 0);

	// One click: the window asks Microsoft silently (prompt=none) and closes by itself.
	const popupPromise = page.waitForEvent('popup');
	await renew.click();
	const popup = await popupPromise;
	await popup.waitForEvent('close');
	await expect(renew).toBeHidden();
	expect(Number(twins.twins.microsoft.stats().authorizations ?? 0)).toBe(authorizations + 1);
	await expect(card.getByText(/^Sign-in valid until .*\(in (2\d|30) seconds\)\.$/)).toBeVisible();
	await expect(card.getByText('Connected', { exact: true })).toBeVisible();

	// Nobody renews: once the sign-in's day is over, Microsoft refuses the refresh (AADSTS700084).
	await expect(card.getByText('Sign-in required', { exact: true })).toBeVisible({
		timeout: (DAY_SECONDS + 20) * 1000
	});
	await expect(card).toContainText('Microsoft ends a browser app’s sign-in 24 hours after it began');
	expect(twins.twins.microsoft.stats().errors).toEqual(
		expect.arrayContaining([expect.stringMatching(/^AADSTS700084: /)])
	);

	// Microsoft's session is gone too (its cookies cleared): the window asks silently, Microsoft
	// says it needs the person (login_required), and the same window goes on to its sign-in page.
	await page.context().clearCookies({ domain: 'login.microsoftonline.com' });
	const again = page.waitForEvent('popup');
	await card.getByRole('button', { name: 'Sign in again' }).click();
	const window = await again;
	await expect(window.getByRole('button', { name: 'Sign in' })).toBeVisible();
	await signInAtProvider(window);
	await expect(window.getByRole('heading', { name: 'Welcome, Ada Lovelace!' })).toBeVisible();
	await expect(card.getByText('Connected', { exact: true })).toBeVisible();
	expect(twins.twins.microsoft.stats().errors).toEqual(
		expect.arrayContaining([expect.stringMatching(/^AADSTS50058: /)])
	);
});
