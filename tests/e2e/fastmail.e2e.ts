import { addAccount, addConnectionWith, allowedPortal, giveToPortal, goTo, portalGetToken } from './helpers';
import { expect, test, TWIN_CLIENTS } from './twins';

const PORTAL = process.env.E2E_PORTAL_ORIGIN!;

test('Fastmail in a portal: no secret, a sign-in that covers JMAP and IMAP, renewal by itself, an IMAP token for the portal, revocation on delete', async ({
	context,
	baseURL,
	twins
}) => {
	test.setTimeout(90_000);
	const { portal, frame } = await allowedPortal(context, new URL(baseURL!).origin, PORTAL);

	// A secret typed for Fastmail is refused at save, saying why; nothing is stored.
	await goTo(frame, 'Connections');
	await frame.getByRole('button', { name: 'Add connection' }).click();
	const editor = frame.getByRole('dialog', { name: 'Add connection' });
	await editor.getByRole('textbox', { name: 'Name' }).fill('Fastmail');
	await editor.getByRole('combobox', { name: 'Provider' }).selectOption('fastmail');
	await editor.getByRole('textbox', { name: 'Client Id' }).fill(TWIN_CLIENTS.fastmail.clientId);
	await editor.getByRole('textbox', { name: 'Client Secret' }).fill('a-secret');
	await editor.getByRole('button', { name: 'Save' }).click();
	await expect(
		editor.getByText('Fastmail’s clients use PKCE without a secret: leave Client Secret empty')
	).toBeVisible();
	await editor.getByRole('button', { name: 'Cancel' }).click();
	await addConnectionWith(frame, { name: 'Fastmail', provider: 'fastmail', clientId: TWIN_CLIENTS.fastmail.clientId });

	const dialog = await addAccount(frame, {
		name: 'Ada',
		email: 'ada@fastmail.test',
		connection: 'Fastmail (Fastmail)'
	});
	const popupPromise = portal.waitForEvent('popup');
	await dialog.getByRole('button', { name: 'Refresh token' }).click();
	const popup = await popupPromise;
	await popup.waitForURL((url) => url.host === 'api.fastmail.com');
	// One consent for JMAP and for IMAP and SMTP.
	await popup.getByRole('button', { name: 'Sign in' }).click();
	await expect(popup.getByText('IMAP access to your mail')).toBeVisible();
	await expect(popup.getByText('JMAP: mail')).toBeVisible();
	await popup.getByRole('button', { name: 'Allow' }).click();
	await expect(popup.getByRole('heading', { name: 'Welcome!' })).toBeVisible();
	await popup.close();
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	await dialog.getByRole('button', { name: 'Ok', exact: true }).click();

	const before = Number(twins.twins.fastmail.stats()['grant:refresh_token'] ?? 0);
	await expect
		.poll(() => Number(twins.twins.fastmail.stats()['grant:refresh_token'] ?? 0), { timeout: 20_000 })
		.toBeGreaterThan(before);

	// The account's transport is JMAP; its one token also carries IMAP and SMTP for the portal.
	await giveToPortal(portal, frame, PORTAL, ['ada@fastmail.test']);
	expect(await portalGetToken(portal, 'ada@fastmail.test')).toMatchObject({
		type: 'oauth2-client:token',
		scopes: expect.arrayContaining([
			'https://www.fastmail.com/dev/protocol-imap',
			'https://www.fastmail.com/dev/protocol-smtp',
			'urn:ietf:params:jmap:mail'
		]),
		servers: {
			imap: { host: 'imap.fastmail.com', port: 993, security: 'ssl' },
			smtp: { host: 'smtp.fastmail.com', port: 465, security: 'ssl' },
			jmap: { sessionUrl: 'https://api.fastmail.com/jmap/session' }
		}
	});

	// Deleting the account revokes its token at Fastmail's revocation endpoint.
	await frame.getByRole('button', { name: 'Open Ada' }).click();
	const open = frame.getByRole('dialog', { name: 'Account “Ada”' });
	await open.getByRole('button', { name: 'Delete' }).click();
	await frame.getByRole('alertdialog', { name: 'Delete “Ada”?' }).getByRole('button', { name: 'Delete' }).click();
	await expect(frame.getByText('Deleted “Ada”; its token was revoked at the provider.')).toBeVisible();
	expect(twins.twins.fastmail.stats().revocations).toBe(1);
});
