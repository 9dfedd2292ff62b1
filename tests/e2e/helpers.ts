import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { expect, type Idp } from './fixtures';

/** Where the app runs: a page of its own, or a portal's frame. */
export type Scope = Page | FrameLocator;

/** Goes to one of the app's pages: by address in a page, by its navigation in a portal's frame. */
export async function goTo(scope: Scope, name: 'Accounts' | 'Connections' | 'Settings') {
	if ('goto' in scope) await scope.goto(`/${name.toLowerCase()}`);
	else await scope.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
}

/** What an administrator types into the connection editor. */
export interface ConnectionFields {
	readonly name: string;
	readonly provider: string;
	readonly clientId: string;
	readonly clientSecret?: string;
	readonly project?: { readonly label: string; readonly value: string };
	readonly issuer?: string;
	readonly authorizationEndpoint?: string;
	readonly tokenEndpoint?: string;
	readonly scopes?: string;
}

/** Adds a connection through the editor and answers its card. */
export async function addConnectionWith(scope: Scope, fields: ConnectionFields) {
	await goTo(scope, 'Connections');
	await scope.getByRole('button', { name: 'Add connection' }).click();
	const dialog = scope.getByRole('dialog', { name: 'Add connection' });
	await dialog.getByRole('textbox', { name: 'Name' }).fill(fields.name);
	await dialog.getByRole('combobox', { name: 'Provider' }).selectOption(fields.provider);
	await dialog.getByRole('textbox', { name: 'Client Id' }).fill(fields.clientId);
	if (fields.clientSecret) await dialog.getByRole('textbox', { name: 'Client Secret' }).fill(fields.clientSecret);
	if (fields.project) await dialog.getByRole('textbox', { name: fields.project.label }).fill(fields.project.value);
	if (fields.issuer) await dialog.getByRole('textbox', { name: 'Issuer URL' }).fill(fields.issuer);
	if (fields.authorizationEndpoint)
		await dialog.getByRole('textbox', { name: 'Authorization endpoint' }).fill(fields.authorizationEndpoint);
	if (fields.tokenEndpoint) await dialog.getByRole('textbox', { name: 'Token endpoint' }).fill(fields.tokenEndpoint);
	if (fields.scopes !== undefined) await dialog.getByRole('textbox', { name: 'Scopes' }).fill(fields.scopes);
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog).toBeHidden();
	const card = scope.getByRole('article', { name: fields.name });
	await expect(card).toBeVisible();
	return card;
}

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
	page: Scope,
	account: { name: string; email: string; connection?: string; transport?: string; jmapSessionUrl?: string }
) {
	await goTo(page, 'Accounts');
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

export interface Said {
	direction: string;
	message: Record<string, unknown>;
}

/** Opens the example portal, framing the app at `appOrigin`. */
export async function openPortal(page: Page, portal: string, appOrigin: string) {
	await page.goto(`${portal}/index.html?app=${encodeURIComponent(`${appOrigin}/accounts`)}`);
	return page.frameLocator('iframe[title="OAuth2 Client"]');
}

/** Every message between the example portal and the framed app. */
export async function said(page: Page): Promise<Said[]> {
	return page.evaluate(() => (window as unknown as { portal: { messages: Said[] } }).portal.messages);
}

/** The app's answer to the portal's last request of a type. */
export async function answerTo(page: Page, type: string): Promise<Record<string, unknown> | undefined> {
	const messages = await said(page);
	const request = [...messages]
		.reverse()
		.find((m) => m.direction === '→' && m.message.type === `oauth2-client:${type}`);
	return messages.find((m) => m.direction === '←' && m.message.id === request?.message.id)?.message;
}

/** Opens the "Allow this portal…" window from the frame and decides there. */
export async function allowIn(page: Page, trigger: () => Promise<void>, origin: string, accounts: string[]) {
	const popupPromise = page.waitForEvent('popup');
	await trigger();
	const popup = await popupPromise;
	await expect(popup.getByRole('heading', { name: `Allow ${origin}?` })).toBeVisible();
	for (const account of accounts) await popup.getByRole('checkbox', { name: new RegExp(account) }).check();
	await Promise.all([popup.waitForEvent('close'), popup.getByRole('button', { name: 'Allow', exact: true }).click()]);
}

/**
 * Opens the example portal on a new page with the app in its frame, and allows the portal (for
 * no account yet): the frame has storage of its own, so everything is set up inside it.
 */
export async function allowedPortal(context: BrowserContext, appOrigin: string, portalOrigin: string) {
	const portal = await context.newPage();
	const frame = await openPortal(portal, portalOrigin, appOrigin);
	await expect(frame.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
	await portal.getByRole('button', { name: 'Say hello' }).click();
	await allowIn(portal, () => frame.getByRole('button', { name: 'Allow this portal…' }).click(), portalOrigin, []);
	return { portal, frame };
}

/** Gives the portal these accounts (in the app's own window, as a person does). */
export async function giveToPortal(portal: Page, frame: FrameLocator, portalOrigin: string, emails: string[]) {
	await allowIn(
		portal,
		() => frame.getByRole('button', { name: 'Change what this portal may use…' }).click(),
		portalOrigin,
		emails
	);
}

/** The portal asks for an account's token; answers what the app said. */
export async function portalGetToken(portal: Page, email: string) {
	const before = (await said(portal)).length;
	await portal.getByRole('textbox', { name: 'Account' }).fill(email);
	await portal.getByRole('button', { name: 'Get token' }).click();
	await expect
		.poll(async () => {
			const messages = (await said(portal)).slice(before);
			return messages.some((m) => m.direction === '←' && /oauth2-client:(token|error)/.test(String(m.message.type)));
		})
		.toBe(true);
	return (await answerTo(portal, 'get-token'))!;
}
