import type { Page } from '@playwright/test';
import { expect, rawDatabase, test } from './fixtures';
import { addAccount, addConnection, refreshToken } from './helpers';

async function openNewConnection(page: Page) {
	await page.getByRole('button', { name: 'Add connection' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add connection' });
	await expect(dialog).toBeVisible();
	return dialog;
}

test('the routes and the navigation work, deep links included', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Your mail accounts' })).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'Main' });
	await nav.getByRole('link', { name: 'Connections' }).click();
	await expect(page).toHaveURL(/\/connections$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Connections' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Connections' })).toHaveAttribute('aria-current', 'page');
	await nav.getByRole('link', { name: 'Accounts' }).click();
	await expect(page).toHaveURL(/\/accounts$/);
	await nav.getByRole('link', { name: 'Settings' }).click();
	await expect(page).toHaveURL(/\/settings$/);
	// A static host answers every path with the fallback page; the app routes from there.
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await page.goto('/callback');
	await expect(page.getByRole('heading', { level: 1, name: 'Sign-in' })).toBeVisible();
});

test('create, edit and delete a connection; reloading keeps it', async ({ page }) => {
	await page.goto('/connections');
	await expect(page.getByText('No connections yet')).toBeVisible();

	const dialog = await openNewConnection(page);
	await dialog.getByRole('textbox', { name: 'Name' }).fill('Company Google');
	await expect(dialog.getByRole('combobox', { name: 'Provider' })).toHaveValue('google');
	await dialog.getByRole('textbox', { name: 'Client Id' }).fill('1234-abc.apps.googleusercontent.com');
	await dialog.getByRole('textbox', { name: 'Client Secret' }).fill('GOCSPX-not-so-secret');
	await dialog.getByRole('textbox', { name: 'Project Id' }).fill('mail-tools-4711');
	await expect(dialog.getByRole('textbox', { name: 'Scopes' })).toHaveValue(
		'openid email profile https://www.googleapis.com/auth/gmail.labels https://www.googleapis.com/auth/gmail.send'
	);
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('status').filter({ hasText: 'Saved “Company Google”.' })).toBeVisible();

	const card = page.getByRole('article', { name: 'Company Google' });
	await expect(card).toContainText('1234-abc.apps.googleusercontent.com');
	await expect(card).toContainText('stored, encrypted');
	await expect(card).toContainText('mail-tools-4711');

	await page.reload();
	await expect(card).toBeVisible();

	await card.getByRole('button', { name: 'Edit Company Google' }).click();
	const edit = page.getByRole('dialog', { name: 'Edit “Company Google”' });
	await expect(edit.getByRole('textbox', { name: 'Client Id' })).toHaveValue('1234-abc.apps.googleusercontent.com');
	// The stored secret is never shown again, only that there is one.
	await expect(edit.getByRole('textbox', { name: 'Client Secret' })).toHaveValue('');
	await expect(edit.getByRole('textbox', { name: 'Client Secret' })).toHaveAttribute('placeholder', /Stored/);
	await edit.getByRole('textbox', { name: 'Name' }).fill('Google (staff)');
	await edit.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('article', { name: 'Google (staff)' })).toContainText('stored, encrypted');
	await expect(page.getByRole('article', { name: 'Company Google' })).toHaveCount(0);

	await page.getByRole('button', { name: 'Edit Google (staff)' }).click();
	await page.getByRole('dialog', { name: 'Edit “Google (staff)”' }).getByRole('button', { name: 'Delete' }).click();
	const confirm = page.getByRole('alertdialog', { name: 'Delete “Google (staff)”?' });
	await expect(confirm).toContainText('No account uses this connection.');
	await confirm.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('article', { name: 'Google (staff)' })).toHaveCount(0);
	await page.reload();
	await expect(page.getByText('No connections yet')).toBeVisible();
});

test('each provider shows its own fields, labels and defaults', async ({ page }) => {
	await page.goto('/connections');
	const dialog = await openNewConnection(page);
	const provider = dialog.getByRole('combobox', { name: 'Provider' });
	const expectations = [
		{ id: 'google', project: 'Project Id', issuer: false, endpoints: false, scopes: /^openid email profile/ },
		{
			id: 'microsoft',
			project: 'Tenant Id',
			issuer: false,
			endpoints: false,
			scopes: /offline_access https:\/\/graph\.microsoft\.com\/User\.Read/
		},
		{ id: 'yahoo', project: 'API Project Id', issuer: false, endpoints: false, scopes: /^mail-w$/ },
		{ id: 'aol', project: 'API Project Id', issuer: false, endpoints: false, scopes: /^mail-w$/ },
		{
			id: 'fastmail',
			project: 'API Project Id',
			issuer: false,
			endpoints: false,
			scopes: /^urn:ietf:params:jmap:core/
		},
		{
			id: 'oidc',
			project: 'API Project Id',
			issuer: true,
			endpoints: false,
			scopes: /^openid email profile offline_access$/
		},
		// Custom OAuth2 may name its issuer (RFC 9207 `iss`), optionally.
		{ id: 'oauth2', project: 'API Project Id', issuer: true, endpoints: true, scopes: /^$/ }
	];
	for (const e of expectations) {
		await provider.selectOption(e.id);
		await expect(dialog.getByRole('textbox', { name: e.project, exact: true })).toBeVisible();
		for (const other of ['Project Id', 'Tenant Id', 'API Project Id'].filter((l) => l !== e.project)) {
			await expect(dialog.getByRole('textbox', { name: other, exact: true })).toHaveCount(0);
		}
		await expect(dialog.getByRole('textbox', { name: 'Issuer URL' })).toHaveCount(e.issuer ? 1 : 0);
		for (const name of ['Authorization endpoint', 'Token endpoint', 'Revocation endpoint']) {
			await expect(dialog.getByRole('textbox', { name })).toHaveCount(e.endpoints ? 1 : 0);
		}
		await expect(dialog.getByRole('textbox', { name: 'Scopes' })).toHaveValue(e.scopes);
		await expect(dialog.getByRole('combobox', { name: 'Cloud' })).toHaveCount(e.id === 'microsoft' ? 1 : 0);
	}
	await provider.selectOption('microsoft');
	await expect(dialog.getByRole('textbox', { name: 'Tenant Id' })).toHaveValue('common');
	// A national cloud: its own hosts, Microsoft Graph only.
	await dialog.getByRole('combobox', { name: 'Cloud' }).selectOption('usgov');
	await expect(dialog.getByRole('textbox', { name: 'Scopes' })).toHaveValue(/graph\.microsoft\.us\/Mail\.Send$/);
	await dialog.getByRole('combobox', { name: 'Cloud' }).selectOption('global');
	await expect(dialog.getByText('Single-page application').first()).toBeVisible();
	await expect(dialog.getByText(/24 hours/)).toBeVisible();
	await provider.selectOption('google');
	await expect(dialog.getByText(/expire after 7 days/)).toBeVisible();
	await expect(dialog.getByText(/visible to anyone who uses the app/)).toBeVisible();
	// The redirect URI to register, with a copy button.
	// The connection's own redirect URI: the callback address and its id.
	await expect(dialog.getByText(/^http:\/\/127\.0\.0\.1:\d+\/callback\/[\w-]+$/)).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Copy redirect URI' })).toBeVisible();
});

test('custom OpenID Connect discovers the demo provider and explains a bad issuer', async ({ page, demoIssuer }) => {
	await page.goto('/connections');
	const dialog = await openNewConnection(page);
	await dialog.getByRole('combobox', { name: 'Provider' }).selectOption('oidc');
	const issuer = dialog.getByRole('textbox', { name: 'Issuer URL' });

	await issuer.fill(demoIssuer);
	await dialog.getByRole('button', { name: 'Check issuer' }).click();
	const report = dialog.getByRole('status').filter({ hasText: 'Provider found' });
	await expect(report).toContainText(`${demoIssuer}/token`);
	await expect(report).toContainText(`${demoIssuer}/auth`);
	await expect(report).toContainText(/PKCE \(S256\)\s*supported/);
	await expect(report).toContainText(`supported (${demoIssuer}/token/revocation)`);

	// The provider names itself without the trailing slash: refused, with the exact fix offered.
	await issuer.fill(`${demoIssuer}/`);
	await dialog.getByRole('button', { name: 'Check issuer' }).click();
	await expect(dialog.getByText(`The provider calls itself “${demoIssuer}”, not “${demoIssuer}/”.`)).toBeVisible();
	await expect(issuer).toHaveAttribute('aria-invalid', 'true');
	await dialog.getByRole('button', { name: `Use “${demoIssuer}”` }).click();
	await expect(issuer).toHaveValue(demoIssuer);
	await expect(dialog.getByRole('status').filter({ hasText: 'Provider found' })).toBeVisible();

	// This site's own origin answers without CORS trouble: a missing path, and a web page.
	const origin = new URL(page.url()).origin;
	await issuer.fill(`${origin}/_app/no-such-issuer`);
	await dialog.getByRole('button', { name: 'Check issuer' }).click();
	await expect(dialog.getByText(/openid-configuration answered 404/)).toBeVisible();
	await issuer.fill(`${origin}/realms/mail`);
	await dialog.getByRole('button', { name: 'Check issuer' }).click();
	await expect(dialog.getByText(/did not return JSON/)).toBeVisible();

	await issuer.fill('http://127.0.0.1:9/');
	await dialog.getByRole('button', { name: 'Check issuer' }).click();
	await expect(
		dialog.getByText(/Could not reach http:\/\/127\.0\.0\.1:9\/\.well-known\/openid-configuration/)
	).toBeVisible();

	// Saving with an issuer that is wrong is refused; the connection is not stored.
	await dialog.getByRole('textbox', { name: 'Name' }).fill('Wrong issuer');
	await dialog.getByRole('textbox', { name: 'Client Id' }).fill('mail-app');
	await issuer.fill(`${demoIssuer}/`);
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog.getByText(/The provider calls itself/)).toBeVisible();
	await expect(dialog).toBeVisible();

	await issuer.fill(demoIssuer);
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('article', { name: 'Wrong issuer' })).toContainText(demoIssuer);
});

test('the demo build offers the local demo connection in one click', async ({ page, demoIssuer }) => {
	await page.goto('/connections');
	await page.getByRole('button', { name: 'Add the local demo connection' }).click();
	const card = page.getByRole('article', { name: 'Local demo' });
	await expect(card).toContainText('Custom OpenID Connect');
	await expect(card).toContainText(demoIssuer);
	await expect(card).toContainText('oauth2-client-demo');
});

test('invalid input is refused with a message next to the field, and nothing is stored', async ({ page }) => {
	await page.goto('/connections');
	let dialog = await openNewConnection(page);
	await dialog.getByRole('button', { name: 'Save' }).click();
	const name = dialog.getByRole('textbox', { name: 'Name' });
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(name).toHaveAccessibleDescription(/enter a name/);
	await expect(name).toBeFocused();
	await expect(dialog.getByRole('textbox', { name: 'Client Id' })).toHaveAccessibleDescription(/enter the Client Id/);

	await dialog.getByRole('combobox', { name: 'Provider' }).selectOption('oauth2');
	await name.fill('Plain http');
	await dialog.getByRole('textbox', { name: 'Client Id' }).fill('abc');
	await dialog.getByRole('textbox', { name: 'Authorization endpoint' }).fill('http://auth.example.com/authorize');
	await dialog.getByRole('textbox', { name: 'Token endpoint' }).fill('not a url');
	await dialog.getByRole('textbox', { name: 'Scopes' }).fill('mail "quoted"');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog.getByRole('textbox', { name: 'Authorization endpoint' })).toHaveAccessibleDescription(
		/not an https URL: plain http:\/\/ is allowed only for loopback addresses/
	);
	await expect(dialog.getByRole('textbox', { name: 'Token endpoint' })).toHaveAccessibleDescription(/not a URL/);
	await expect(dialog.getByRole('textbox', { name: 'Scopes' })).toHaveAccessibleDescription(/may not contain quotes/);

	await dialog.getByRole('combobox', { name: 'Provider' }).selectOption('microsoft');
	await dialog.getByRole('textbox', { name: 'Tenant Id' }).fill('not a tenant!');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog.getByRole('textbox', { name: 'Tenant Id' })).toHaveAccessibleDescription(/your tenant GUID/);
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText('No connections yet')).toBeVisible();

	// Names are unique, ignoring case; HTML in a name is only ever text.
	const html = '<img src=x onerror="document.title=`pwned`">Mail';
	dialog = await openNewConnection(page);
	await dialog.getByRole('textbox', { name: 'Name' }).fill(html);
	await dialog.getByRole('textbox', { name: 'Client Id' }).fill('one');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { name: html })).toBeVisible();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(page).not.toHaveTitle('pwned');

	dialog = await openNewConnection(page);
	await dialog.getByRole('textbox', { name: 'Name' }).fill(html.toUpperCase());
	await dialog.getByRole('textbox', { name: 'Client Id' }).fill('two');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
		/another connection is already called/
	);
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('article')).toHaveCount(1);
});

test('the raw IndexedDB holds no client secret in plain text', async ({ page }) => {
	const secret = 'GOCSPX-Sup3r-S3cret-Value-0123456789';
	await page.goto('/connections');
	const dialog = await openNewConnection(page);
	await dialog.getByRole('textbox', { name: 'Name' }).fill('Secret holder');
	await dialog.getByRole('textbox', { name: 'Client Id' }).fill('client-1');
	await dialog.getByRole('textbox', { name: 'Client Secret' }).fill(secret);
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('article', { name: 'Secret holder' })).toContainText('stored, encrypted');

	const raw = await rawDatabase(page);
	expect(raw).toContain('Secret holder');
	expect(raw).toContain('client-1');
	expect(raw).not.toContain(secret);
	expect(raw).not.toContain(Buffer.from(secret).toString('hex'));
	// The key that protects it cannot be exported.
	expect(raw).toContain('"extractable":false');
});

test('deleting a connection that accounts use names them, asks first, then revokes and removes them', async ({
	page,
	idp
}) => {
	await addConnection(page, idp, 'Doomed');
	const dialog = await addAccount(page, { name: 'Ada at work', email: 'ada@demo.test' });
	const popup = await refreshToken(page, dialog);
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	await popup.close();
	await dialog.getByRole('button', { name: 'Ok', exact: true }).click();
	await addAccount(page, { name: 'Never signed in', email: 'grace@demo.test' });

	await page.goto('/connections');
	await page.getByRole('button', { name: 'Edit Doomed' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	const confirm = page.getByRole('alertdialog', { name: 'Delete “Doomed”?' });
	await expect(confirm).toContainText('These 2 accounts use it and will be signed out');
	await expect(confirm).toContainText('Ada at work <ada@demo.test>');
	await expect(confirm).toContainText('Never signed in <grace@demo.test>');
	await confirm.getByRole('button', { name: 'Cancel' }).click();
	await expect(confirm).toBeHidden();
	await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('article', { name: 'Doomed' })).toBeVisible();
	expect((await idp.stats()).revocations).toBe(0);

	await page.getByRole('button', { name: 'Edit Doomed' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	await confirm.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('article', { name: 'Doomed' })).toHaveCount(0);
	expect((await idp.stats()).revocations).toBe(1);
	await page.goto('/accounts');
	await expect(page.getByText('No accounts yet')).toBeVisible();
});

test('an account on a known provider needs no mail server settings; on a custom connection they are asked for and checked', async ({
	page,
	idp
}) => {
	await page.goto('/connections');
	const editor = await openNewConnection(page);
	await editor.getByRole('textbox', { name: 'Name' }).fill('Workspace');
	await editor.getByRole('combobox', { name: 'Provider' }).selectOption('google');
	await editor.getByRole('textbox', { name: 'Client Id' }).fill('4711.apps.googleusercontent.com');
	await editor.getByRole('button', { name: 'Save' }).click();
	await expect(editor).toBeHidden();

	const gmail = await addAccount(page, { name: 'Gmail', email: 'ada@example.com', connection: 'Workspace (Google)' });
	await gmail.getByRole('tab', { name: 'Mail servers' }).click();
	await expect(gmail.getByText('Google needs no server settings: these are used.')).toBeVisible();
	await expect(gmail.getByRole('definition').filter({ hasText: 'imap.gmail.com:993 (ssl)' })).toBeVisible();
	await expect(gmail.getByRole('definition').filter({ hasText: 'smtp.gmail.com:465 (ssl)' })).toBeVisible();
	await expect(gmail.getByRole('textbox', { name: 'IMAP host' })).toHaveCount(0);
	await gmail.getByRole('button', { name: 'Ok', exact: true }).click();

	await addConnection(page, idp, 'Own server');
	const own = await addAccount(page, {
		name: 'Own',
		email: 'ada@demo.test',
		connection: 'Own server (Custom OpenID Connect)'
	});
	await own.getByRole('tab', { name: 'Mail servers' }).click();
	await own.getByRole('textbox', { name: 'IMAP host' }).fill('mail.example.org');
	await own.getByRole('textbox', { name: 'IMAP port' }).fill('99999');
	await own.getByRole('button', { name: 'Apply' }).click();
	await expect(own.getByText('enter a port between 1 and 65535')).toBeVisible();
	await own.getByRole('textbox', { name: 'IMAP port' }).fill('993');
	await own.getByRole('button', { name: 'Ok', exact: true }).click();
	await expect(own).toBeHidden();
	await page.reload();
	await page.getByRole('button', { name: 'Open Own' }).click();
	const reopened = page.getByRole('dialog', { name: 'Account “Own”' });
	await reopened.getByRole('tab', { name: 'Mail servers' }).click();
	await expect(reopened.getByRole('textbox', { name: 'IMAP host' })).toHaveValue('mail.example.org');
	await expect(reopened.getByRole('textbox', { name: 'IMAP port' })).toHaveValue('993');
});
