import { chromium, test as base, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, chromiumArgs } from '../../bench/browser.js';
import { startZeroDomains } from '../../server/zero-domains.js';
import { expect } from './fixtures';
import { ZERO_APP_ORIGIN } from './global-setup';
import { signInAtProvider } from './helpers';

type Zero = Awaited<ReturnType<typeof startZeroDomains>>;

/**
 * "Email first" (docs/zero-registration.md) against mail domains reached under their own names
 * over HTTPS: zero.test (its server takes the app's Client ID Metadata Document and registrations),
 * dcr.test (registrations only) and closed.test (neither). The app is a plain build with
 * PUBLIC_ORIGIN=https://app.zero.test, served there.
 */
const test = base.extend<{ app: Page }, { zero: Zero }>({
	zero: [
		async ({}, use) => {
			const zero = await startZeroDomains({
				appOrigin: ZERO_APP_ORIGIN,
				appServedAt: process.env.E2E_ZERO_SERVED!,
				domains: [
					{ domain: 'zero.test', cimd: true, registration: true },
					{ domain: 'dcr.test', cimd: false, registration: true },
					{ domain: 'closed.test', cimd: false, registration: false }
				]
			});
			await use(zero);
			await zero.close();
		},
		{ scope: 'worker' }
	],
	browser: [
		async ({ zero }, use) => {
			const browser = await chromium.launch({
				...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
				headless: true,
				args: [...chromiumArgs(zero.hostRules), `--ignore-certificate-errors-spki-list=${zero.spki}`]
			});
			await use(browser);
			await browser.close();
		},
		{ scope: 'worker' }
	],
	app: async ({ page }, use) => {
		await page.goto(`${ZERO_APP_ORIGIN}/accounts`);
		await expect(page.getByRole('heading', { name: 'Sign in with your email address' })).toBeVisible();
		await use(page);
	}
});

function nav(page: Page, name: string) {
	return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
}

function emailForm(page: Page) {
	return page.getByRole('region', { name: 'Sign in with your email address' });
}

/** Types the address and presses Sign in. */
async function signInWith(page: Page, email: string) {
	const form = emailForm(page);
	await form.getByRole('textbox', { name: 'Email address' }).fill(email);
	await form.getByRole('button', { name: 'Sign in', exact: true }).click();
	return form;
}

const DISCOVERY_HOSTS = (domain: string) => [domain, `mail.${domain}`];
const requestsTo = (zero: Zero, hosts: string[]) => hosts.reduce((n, h) => n + (zero.counts()[h] ?? 0), 0);

test('ada@zero.test signs in through the app’s Client ID Metadata Document: no Client Id typed, nothing registered', async ({
	app,
	zero
}) => {
	test.setTimeout(90_000);
	// The build published its document, as the draft wants it.
	const document = await app.evaluate(async () => (await fetch('/oauth-client.json')).json());
	expect(document).toMatchObject({
		client_id: `${ZERO_APP_ORIGIN}/oauth-client.json`,
		redirect_uris: [`${ZERO_APP_ORIGIN}/callback/cimd`],
		token_endpoint_auth_method: 'none',
		application_type: 'web'
	});
	// A build without PUBLIC_ORIGIN writes none (the plain build of the hosting tests).
	expect(existsSync('build-test-sub/oauth-client.json')).toBe(false);
	expect(existsSync('build-test-sub/200.html')).toBe(true);

	zero.resetCounts();
	const form = await signInWith(app, 'ada@zero.test');
	// Every step in view, and the issuer's host before any window opens.
	await expect(form.getByRole('listitem')).toHaveText([
		'Mail server of zero.test: found',
		'Where accounts at mail.zero.test sign in: found',
		'Sign-in server id.zero.test: found'
	]);
	await expect(form.getByText('You sign in at id.zero.test.')).toBeVisible();
	await expect(form.getByText(/introduces itself with its Client ID Metadata Document/)).toBeVisible();
	// Autodiscovery (a redirect to the session resource, then its 401), the resource's metadata,
	// the server's metadata: nothing else.
	const { 'app.zero.test': _app, ...asked } = zero.counts();
	expect(asked).toEqual({ 'zero.test': 1, 'mail.zero.test': 2, 'id.zero.test': 1 });

	const popupPromise = app.waitForEvent('popup');
	await form.getByRole('button', { name: 'Sign in at id.zero.test' }).click();
	const popup = await popupPromise;
	await popup.waitForURL((url) => url.host === 'id.zero.test');
	await signInAtProvider(popup);
	await expect(popup.getByRole('heading', { name: /Welcome/ })).toBeVisible();
	await popup.close();

	await expect(
		app.getByRole('list', { name: 'Accounts' }).getByRole('heading', { name: 'ada@zero.test' })
	).toBeVisible();
	await expect(app.getByRole('list', { name: 'Accounts' }).getByText('Connected')).toBeVisible();
	expect(zero.providers['zero.test']!.stats().registrations).toBe(0);

	// The connection the app made: known by its document, marked as made automatically.
	await nav(app, 'Connections').click();
	const card = app.getByRole('listitem').filter({ hasText: 'id.zero.test' });
	await expect(card.getByText('Registered automatically')).toBeVisible();
	await expect(card.getByText(`${ZERO_APP_ORIGIN}/oauth-client.json`)).toBeVisible();

	// Another address at the same domain: straight to the sign-in, no discovery again.
	await nav(app, 'Accounts').click();
	const before = requestsTo(zero, DISCOVERY_HOSTS('zero.test'));
	// Signed out at the provider, so that Grace signs in as herself.
	await app.context().clearCookies({ domain: 'id.zero.test' });
	const again = app.waitForEvent('popup');
	await signInWith(app, 'grace@zero.test');
	const second = await again;
	await second.waitForURL((url) => url.host === 'id.zero.test');
	await signInAtProvider(second, 'grace@zero.test');
	await second.close();
	await expect(
		app.getByRole('list', { name: 'Accounts' }).getByRole('heading', { name: 'grace@zero.test' })
	).toBeVisible();
	expect(requestsTo(zero, DISCOVERY_HOSTS('zero.test'))).toBe(before);
});

test('ada@dcr.test, whose server takes no metadata documents, signs in through Dynamic Client Registration; deleting the account deletes the registration', async ({
	app,
	zero
}) => {
	const provider = zero.providers['dcr.test']!;
	const form = await signInWith(app, 'ada@dcr.test');
	await expect(form.getByText('You sign in at id.dcr.test.')).toBeVisible();
	await expect(form.getByText(/registers itself at id\.dcr\.test \(Dynamic Client Registration/)).toBeVisible();
	expect(provider.stats().registrations).toBe(0);

	const popupPromise = app.waitForEvent('popup');
	await form.getByRole('button', { name: 'Sign in at id.dcr.test' }).click();
	const popup = await popupPromise;
	await popup.waitForURL((url) => url.host === 'id.dcr.test');
	expect(provider.stats().registrations).toBe(1);
	await signInAtProvider(popup);
	await expect(popup.getByRole('heading', { name: /Welcome/ })).toBeVisible();
	await popup.close();
	await expect(form.getByRole('listitem')).toHaveText([
		'Mail server of dcr.test: found',
		'Where accounts at mail.dcr.test sign in: found',
		'Sign-in server id.dcr.test: found',
		'Registering this app at id.dcr.test: found'
	]);
	const list = app.getByRole('list', { name: 'Accounts' });
	await expect(list.getByText('Connected')).toBeVisible();

	// The account's transport is the JMAP session that autodiscovery found.
	await list.getByRole('button', { name: /ada@dcr\.test/ }).click();
	const dialog = app.getByRole('dialog');
	await dialog.getByRole('tab', { name: 'Mail servers' }).click();
	await expect(dialog.getByRole('textbox', { name: 'JMAP session URL' })).toHaveValue(
		'https://mail.dcr.test/jmap/session'
	);

	// Deleting its last account offers to delete the registration too (RFC 7592).
	await dialog.getByRole('button', { name: 'Delete' }).click();
	const confirm = app.getByRole('alertdialog');
	const remove = confirm.getByRole('checkbox', {
		name: /Also remove the connection id\.dcr\.test.*registration at id\.dcr\.test/
	});
	await expect(remove).toBeChecked();
	await confirm.getByRole('button', { name: 'Delete' }).click();
	await expect(app.getByText('The app’s registration at id.dcr.test was deleted.')).toBeVisible();
	expect(provider.stats().registrationsDeleted).toBe(1);
	await nav(app, 'Connections').click();
	await expect(app.getByText('id.dcr.test')).toHaveCount(0);
});

test('a domain whose server offers neither gets the clear message, and the connection editor with what was found', async ({
	app,
	zero
}) => {
	const form = await signInWith(app, 'ada@closed.test');
	await expect(
		form.getByText(/id\.closed\.test neither accepts the app’s metadata document nor lets apps register themselves/)
	).toBeVisible();
	expect(zero.providers['closed.test']!.stats().registrations).toBe(0);
	await form.getByRole('button', { name: 'Make the connection' }).click();
	const editor = app.getByRole('dialog', { name: 'Add connection' });
	await expect(editor.getByRole('combobox', { name: 'Provider' })).toHaveValue('oidc');
	await expect(editor.getByRole('textbox', { name: 'Issuer URL' })).toHaveValue('https://id.closed.test');
	await expect(editor.getByRole('textbox', { name: 'Name' })).toHaveValue('id.closed.test');
	await editor.getByRole('button', { name: 'Cancel' }).click();

	// A typo in the domain: the step that failed, and what to do.
	await nav(app, 'Accounts').click();
	await signInWith(app, 'ada@nowhere.test');
	await expect(
		emailForm(app).getByText(/^Finding the mail server: https:\/\/nowhere\.test\/\.well-known\/jmap did not answer/)
	).toBeVisible();
});
