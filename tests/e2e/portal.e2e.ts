import type { FrameLocator } from '@playwright/test';
import { expect, test } from './fixtures';
import { allowIn, answerTo, openPortal, said, signInAtProvider } from './helpers';

const PORTAL = process.env.E2E_PORTAL_ORIGIN!;
const PORTAL2 = process.env.E2E_PORTAL2_ORIGIN!;

test.describe('with short-lived access tokens', () => {
	test.use({ idpOptions: { accessTokenTtl: 10 } });

	test('a portal on another site: not allowed, allowed in a window of the app, then tokens for the accounts given', async ({
		page,
		context,
		baseURL,
		idp
	}) => {
		test.setTimeout(120_000);
		const appOrigin = new URL(baseURL!).origin;
		// First-party storage has a connection; the portal's frame must not see it.
		const direct = await context.newPage();
		await direct.goto('/connections');
		await direct.getByRole('button', { name: 'Add the local demo connection' }).click();
		await expect(direct.getByRole('article', { name: 'Local demo' })).toBeVisible();
		await direct.close();

		let frame: FrameLocator = await openPortal(page, PORTAL, appOrigin);
		await expect(frame.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
		await expect(frame.getByText('No accounts yet')).toBeVisible();

		// Not allowed: nothing comes back, and the frame says so.
		await page.getByRole('button', { name: 'Say hello' }).click();
		const notice = frame.getByRole('alert').filter({ hasText: `${PORTAL} embeds this app but may not use it yet` });
		await expect(notice).toBeVisible();
		expect((await said(page)).filter((m) => m.direction === '←')).toEqual([]);

		// Allowed from a window of the app itself.
		await allowIn(page, () => notice.getByRole('button', { name: 'Allow this portal…' }).click(), PORTAL, []);
		await expect(notice).toBeHidden();
		await expect
			.poll(async () => (await said(page)).some((m) => m.direction === '←' && m.message.type === 'oauth2-client:ready'))
			.toBe(true);

		// The frame has its own storage: the first-party connection is not there.
		await frame.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Connections' }).click();
		await expect(frame.getByText('No connections yet')).toBeVisible();
		await frame.getByRole('button', { name: 'Add connection' }).click();
		const editor = frame.getByRole('dialog', { name: 'Add connection' });
		await editor.getByRole('textbox', { name: 'Name' }).fill('Portal provider');
		await editor.getByRole('combobox', { name: 'Provider' }).selectOption('oidc');
		await editor.getByRole('textbox', { name: 'Issuer URL' }).fill(idp.issuer);
		await editor.getByRole('textbox', { name: 'Client Id' }).fill(idp.clientId);
		await editor.getByRole('button', { name: 'Save' }).click();
		await expect(frame.getByRole('article', { name: 'Portal provider' })).toBeVisible();

		// Two accounts; only one will be given to the portal.
		await frame.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).click();
		for (const [name, email] of [
			['Ada', 'ada@demo.test'],
			['Bob', 'bob@demo.test']
		] as const) {
			await frame.getByRole('button', { name: 'Add account' }).click();
			const dialog = frame.getByRole('dialog', { name: 'Add account' });
			await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
			await dialog.getByRole('textbox', { name: 'Email' }).fill(email);
			await dialog.getByRole('button', { name: 'Ok', exact: true }).click();
			await expect(frame.getByRole('article', { name })).toBeVisible();
		}
		// Sign in through a popup: the frame keeps the verifier, the popup relays.
		const ada = frame.getByRole('article', { name: 'Ada' });
		await ada.getByRole('button', { name: 'Open Ada' }).click();
		const dialog = frame.getByRole('dialog', { name: 'Account “Ada”' });
		// The browser blocks the first window: the frame says why, and only offers to try again
		// (a provider's pages do not load inside a portal, so there is no "this tab" to go on in).
		const appFrame = page.frames().find((f) => f.url().startsWith(appOrigin))!;
		await appFrame.evaluate(() => {
			const open = window.open;
			window.open = () => {
				window.open = open;
				return null;
			};
		});
		await dialog.getByRole('button', { name: 'Refresh token' }).click();
		await expect(dialog.getByText('The browser blocked the sign-in window.')).toBeVisible();
		await expect(dialog.getByRole('button', { name: 'Continue in this tab' })).toHaveCount(0);
		const signIn = page.waitForEvent('popup');
		await dialog.getByRole('button', { name: 'Try again' }).click();
		const popup = await signIn;
		await signInAtProvider(popup);
		await expect(popup.getByRole('heading', { name: 'Welcome, Ada Lovelace!' })).toBeVisible();
		await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
		await popup.close();
		await dialog.getByRole('button', { name: 'Ok', exact: true }).click();

		// Give the portal Ada (not Bob).
		await allowIn(page, () => frame.getByRole('button', { name: 'Change what this portal may use…' }).click(), PORTAL, [
			'ada@demo.test'
		]);

		await page.getByRole('button', { name: 'List accounts' }).click();
		await expect
			.poll(() => answerTo(page, 'list-accounts'))
			.toMatchObject({
				type: 'oauth2-client:accounts',
				accounts: [{ email: 'ada@demo.test', status: 'Connected' }]
			});

		await page.getByRole('textbox', { name: 'Account' }).fill('ada@demo.test');
		await page.getByRole('button', { name: 'Get token' }).click();
		await expect.poll(async () => (await answerTo(page, 'get-token'))?.type).toBe('oauth2-client:token');
		const first = (await answerTo(page, 'get-token'))!;
		expect(first).toMatchObject({
			account: 'ada@demo.test',
			tokenType: 'Bearer',
			scopes: expect.arrayContaining(['openid'])
		});
		// The token works at the provider.
		const userinfo = await fetch(`${idp.issuer}/me`, {
			headers: { authorization: `Bearer ${String(first.accessToken)}` }
		});
		expect(userinfo.status).toBe(200);
		expect(await userinfo.json()).toMatchObject({ sub: 'ada@demo.test' });

		// Near its expiry the app renews the token by itself; the provider fails the first try (503),
		// the app retries. Asked again, the portal gets the new token.
		await idp.control('fail-token?status=503&count=1');
		await expect
			.poll(
				async () => {
					await page.getByRole('button', { name: 'Get token' }).click();
					const answer = await answerTo(page, 'get-token');
					return answer?.type === 'oauth2-client:token' && answer.accessToken !== first.accessToken;
				},
				{ timeout: Math.max(0, Number(first.expiresAt) - Date.now()) + 20_000, intervals: [500] }
			)
			.toBe(true);
		// Meanwhile the portal heard Ada's status change (Retrying, then Connected), and nothing of Bob.
		const statusOf = async (email: string) =>
			(await said(page))
				.filter((m) => m.direction === '←' && m.message.type === 'oauth2-client:status' && m.message.account === email)
				.map((m) => m.message.status);
		await expect.poll(() => statusOf('ada@demo.test')).toEqual(expect.arrayContaining(['Retrying', 'Connected']));
		expect(await statusOf('bob@demo.test')).toEqual([]);
		const second = (await answerTo(page, 'get-token'))!;
		expect(Number(second.expiresAt)).toBeGreaterThan(Date.now());
		expect(
			(await fetch(`${idp.issuer}/me`, { headers: { authorization: `Bearer ${String(second.accessToken)}` } })).status
		).toBe(200);

		// An account the portal was not given.
		await page.getByRole('textbox', { name: 'Account' }).fill('bob@demo.test');
		await page.getByRole('button', { name: 'Get token' }).click();
		await expect
			.poll(() => answerTo(page, 'get-token'))
			.toMatchObject({ type: 'oauth2-client:error', code: 'not-allowed' });

		// Another portal origin on the same site (same storage partition), not allowed: no answer.
		const other = await context.newPage();
		frame = await openPortal(other, PORTAL2, appOrigin);
		await expect(frame.getByRole('heading', { name: 'Accounts', level: 1 })).toBeVisible();
		await other.getByRole('textbox', { name: 'Account' }).fill('ada@demo.test');
		await other.getByRole('button', { name: 'Get token' }).click();
		await expect(
			frame.getByRole('alert').filter({ hasText: `${PORTAL2} embeds this app but may not use it yet` })
		).toBeVisible();
		expect((await said(other)).filter((m) => m.direction === '←')).toEqual([]);

		// The log says who asked what and what they got.
		await frame.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
		const log = frame.getByRole('table', { name: 'Portal log, newest first' });
		await expect(
			log.getByRole('row').filter({ hasText: PORTAL2 }).filter({ hasText: 'origin not allowed' })
		).toHaveCount(1);
		await expect(
			log
				.getByRole('row')
				.filter({ hasText: PORTAL })
				.filter({ hasText: 'get-token' })
				.filter({ hasText: 'token' })
				.first()
		).toBeVisible();
		await expect(
			log.getByRole('row').filter({ hasText: 'bob@demo.test' }).filter({ hasText: 'error:not-allowed' })
		).toBeVisible();
		const allowed = frame.getByRole('list', { name: 'Allowed portal origins' });
		await expect(allowed).toContainText(PORTAL);
		await expect(allowed).toContainText('Ada <ada@demo.test>');
		await expect(allowed).not.toContainText(PORTAL2);

		// Removed from the list: the portal gets nothing any more.
		await allowed.getByRole('button', { name: `Remove ${PORTAL}` }).click();
		await expect(frame.getByText('No portal is allowed.')).toBeVisible();
		const before = (await said(page)).filter((m) => m.direction === '←').length;
		await page.getByRole('textbox', { name: 'Account' }).fill('ada@demo.test');
		await page.getByRole('button', { name: 'Get token' }).click();
		await expect(
			page
				.frameLocator('iframe[title="OAuth2 Client"]')
				.getByRole('alert')
				.filter({ hasText: `${PORTAL} embeds this app but may not use it yet` })
		).toBeVisible();
		expect((await said(page)).filter((m) => m.direction === '←')).toHaveLength(before);
	});
});
