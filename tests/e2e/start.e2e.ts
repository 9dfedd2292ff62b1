import { spawn } from 'node:child_process';
import { reservePort } from '../../server/jmap/stack.js';
import { expect, test } from './fixtures';
import { signInAtProvider } from './helpers';

/**
 * The README's first command, as a newcomer runs it: `npm start` builds the demo, serves the app,
 * the demo provider (and, where Cyrus is installed, a JMAP server) and prints where they are.
 */
test('npm start serves the app with the local demo and the provider twins: one click for a connection, sign-in works', async ({
	page
}) => {
	test.setTimeout(180_000);
	const ports = await Promise.all([reservePort(), reservePort(), reservePort(), reservePort(), reservePort()]);
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			APP_PORT: String(ports[0]),
			PROVIDER_PORT: String(ports[1]),
			JMAP_PORT: String(ports[2]),
			PORTAL_PORT: String(ports[3]),
			TWIN_PORT: String(ports[4])
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let out = '';
	child.stdout.on('data', (d: Buffer) => (out += d.toString()));
	child.stderr.on('data', (d: Buffer) => (out += d.toString()));
	const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
	try {
		await expect.poll(() => out, { timeout: 90_000 }).toContain('Press Ctrl+C to stop.');
		const app = /OAuth2 Client \(with the local demo\):\s+(\S+)/.exec(out)?.[1];
		const issuer = /Demo OpenID provider:\s+(\S+)/.exec(out)?.[1];
		expect(app).toBe(`http://127.0.0.1:${ports[0]}/`);
		expect(issuer).toBe(`http://127.0.0.1:${ports[1]}`);
		expect(out).toMatch(/Demo JMAP mail server \(Cyrus\)|Mail part off: /);
		expect((await fetch(`${issuer}/.well-known/openid-configuration`)).status).toBe(200);

		await page.goto(`${app}connections`);
		await page.getByRole('button', { name: 'Add the local demo connection' }).click();
		await expect(page.getByRole('article', { name: 'Local demo' })).toBeVisible();
		await page.goto(`${app}accounts`);
		await page.getByRole('button', { name: 'Add account' }).click();
		const dialog = page.getByRole('dialog', { name: 'Add account' });
		await dialog.getByRole('textbox', { name: 'Name' }).fill('Demo');
		await dialog.getByRole('textbox', { name: 'Email' }).fill('ada@demo.test');
		await dialog.getByRole('button', { name: 'Apply' }).click();
		const account = page.getByRole('dialog', { name: 'Account “Demo”' });
		const popupPromise = page.waitForEvent('popup');
		await account.getByRole('button', { name: 'Refresh token' }).click();
		const popup = await popupPromise;
		await signInAtProvider(popup);
		await expect(popup.getByRole('heading', { name: 'Welcome, Ada Lovelace!' })).toBeVisible();
		await expect(account.getByText('Connected', { exact: true })).toBeVisible();
		await popup.close();
		await account.getByRole('button', { name: 'Ok', exact: true }).click();

		// The Microsoft twin: the Microsoft preset, its requests answered on loopback.
		const twin = /Provider twins \(Microsoft, Google, Fastmail, Yahoo-like\): (http:\/\/127\.0\.0\.1:\d+)/.exec(
			out
		)?.[1];
		expect(twin).toBeDefined();
		await page.goto(`${app}connections`);
		await page.getByRole('button', { name: 'Add the Microsoft twin' }).click();
		await expect(page.getByRole('article', { name: 'Microsoft (twin)' })).toContainText('Microsoft');
		await page.goto(`${app}accounts`);
		await page.getByRole('button', { name: 'Add account' }).click();
		const add = page.getByRole('dialog', { name: 'Add account' });
		await add.getByRole('textbox', { name: 'Name' }).fill('Work');
		await add.getByRole('textbox', { name: 'Email' }).fill('ada@contoso.test');
		await add
			.getByRole('combobox', { name: 'OAuth2 connection' })
			.selectOption({ label: 'Microsoft (twin) (Microsoft)' });
		await add.getByRole('button', { name: 'Apply' }).click();
		const work = page.getByRole('dialog', { name: 'Account “Work”' });
		const twinPopup = page.waitForEvent('popup');
		await work.getByRole('button', { name: 'Refresh token' }).click();
		const window = await twinPopup;
		await window.waitForURL((url) => url.origin === twin);
		await signInAtProvider(window);
		await expect(window.getByRole('heading', { name: 'Welcome, Ada Lovelace!' })).toBeVisible();
		await expect(work.getByText('Connected', { exact: true })).toBeVisible();
		// A day lasts 10 minutes in the demo: so does Microsoft's 24-hour sign-in.
		await expect(work.getByText(/^Sign-in valid until .*\(in 10 minutes\)\.$/)).toBeVisible();
		await window.close();
		await work.getByRole('button', { name: 'Ok', exact: true }).click();

		// Only an email address: the demo build sends demo.test to the demo's JMAP server, whose
		// challenge names the demo provider, where the app registers itself. Signed out at the
		// provider first, so that Grace signs in as herself.
		await page.context().clearCookies();
		const form = page.getByRole('region', { name: 'Sign in with your email address' });
		await form.getByRole('textbox', { name: 'Email address' }).fill('grace@demo.test');
		await form.getByRole('button', { name: 'Sign in', exact: true }).click();
		const issuerHost = new URL(issuer!).host;
		await expect(form.getByText(`You sign in at ${issuerHost}.`)).toBeVisible();
		const emailPopup = page.waitForEvent('popup');
		await form.getByRole('button', { name: `Sign in at ${issuerHost}` }).click();
		const grace = await emailPopup;
		await signInAtProvider(grace, 'grace@demo.test');
		await expect(grace.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
		await grace.close();
		const list = page.getByRole('list', { name: 'Accounts' });
		await expect(list.getByRole('article', { name: 'grace@demo.test' })).toContainText('Connected');
	} finally {
		child.kill('SIGTERM');
	}
	expect(await exited).toBe(0);
});
