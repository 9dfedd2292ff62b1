import { expect, test } from './fixtures';
import { addAccount, addConnection, refreshToken } from './helpers';

const JMAP_SCOPES =
	'openid email profile offline_access urn:ietf:params:jmap:core urn:ietf:params:jmap:mail urn:ietf:params:jmap:submission';

test.describe('JMAP against a real Cyrus server', () => {
	test.use({ idpOptions: { jmap: true } });

	test('Test connection lists the mailboxes, a sent message arrives, a stale token is renewed, a wrong audience is refused', async ({
		page,
		idp
	}) => {
		const jmap = idp.jmap!;
		await addConnection(page, idp, 'Mail provider', JMAP_SCOPES);
		const dialog = await addAccount(page, {
			name: 'Ada',
			email: 'ada@demo.test',
			transport: 'JMAP',
			jmapSessionUrl: jmap.sessionUrl
		});
		const popup = await refreshToken(page, dialog);
		await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
		await popup.close();
		await dialog.getByRole('button', { name: 'Ok', exact: true }).click();

		const card = page.getByRole('article', { name: 'Ada' });
		const before = jmap.front.requests.length;
		await card.getByRole('button', { name: 'Test connection' }).click();
		const result = card.getByRole('status').filter({ hasText: 'JMAP knows this account as' });
		await expect(result).toContainText('ada@demo.test');
		const table = card.getByRole('table', { name: 'Mailboxes of ada@demo.test' });
		for (const [name, role] of [
			['Inbox', 'inbox'],
			['Drafts', 'drafts'],
			['Sent', 'sent'],
			['Trash', 'trash'],
			['Junk', 'junk']
		]) {
			await expect(table.getByRole('row', { name: new RegExp(`^${name} ${role}`) })).toBeVisible();
		}
		// The seeded messages are counted.
		await expect(table.getByRole('row', { name: /^Inbox inbox [1-9]/ })).toBeVisible();
		// One session request and one batched API request (and the browser's CORS preflights).
		const sent = jmap.front.requests.slice(before).filter((r) => r.method !== 'OPTIONS');
		expect(sent.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 200']);

		await card.getByRole('button', { name: 'Send test message' }).click();
		const send = page.getByRole('dialog', { name: 'Send a test message from ada@demo.test' });
		await send.getByRole('textbox', { name: 'To' }).fill('bob@example.test');
		await send.getByRole('textbox', { name: 'Subject' }).fill('Hello from the e2e test');
		await send.getByRole('button', { name: 'Send' }).click();
		await expect(send.getByText('Sent.')).toBeVisible();
		const delivered = await jmap.sink.waitFor((m) => m.raw.includes('Hello from the e2e test'), 10_000);
		expect(delivered.to).toEqual(['bob@example.test']);
		expect(delivered.raw).toMatch(/^From:.*ada@demo\.test/m);
		await send.getByRole('button', { name: 'Close' }).click();

		// The server stops taking the token the app holds: renewed once, transparently.
		const refreshes = (await idp.stats()).grants.refresh_token ?? 0;
		const now = Date.now();
		jmap.front.expireTokensIssuedBefore(now);
		// Tokens count whole seconds: a renewal from the next second on is accepted.
		await page.waitForTimeout(Math.ceil(now / 1000) * 1000 - now + 50);
		await card.getByRole('button', { name: 'Test connection' }).click();
		await expect(
			card.getByText('The server no longer took the access token; it was renewed and the request repeated.')
		).toBeVisible();
		await expect(card.getByRole('table', { name: 'Mailboxes of ada@demo.test' })).toBeVisible();
		expect((await idp.stats()).grants.refresh_token).toBe(refreshes + 1);

		// A server that expects tokens for another audience refuses, and the app says why.
		await card.getByRole('button', { name: 'Open Ada' }).click();
		const edit = page.getByRole('dialog', { name: 'Account “Ada”' });
		await edit.getByRole('tab', { name: 'Mail servers' }).click();
		await edit.getByRole('textbox', { name: 'JMAP session URL' }).fill(jmap.elsewhere.sessionUrl);
		await edit.getByRole('button', { name: 'Ok', exact: true }).click();
		await card.getByRole('button', { name: 'Test connection' }).click();
		// The sign-in granted a token for the first server only: the app says to sign in again,
		// and the account itself stays connected.
		await expect(card.getByText(/will not issue a token for that server/)).toBeVisible();
		await expect(card.getByText('Connected', { exact: true })).toBeVisible();
		const again = page.waitForEvent('popup');
		await card.getByRole('button', { name: 'Sign in again' }).click();
		const second = await again;
		await second.getByRole('button', { name: 'Allow' }).click();
		await expect(second.getByRole('heading', { name: /Welcome/ })).toBeVisible();
		await second.close();
		await card.getByRole('button', { name: 'Test connection' }).click();
		await expect(card.getByText(/refused the access token even after it was renewed \(audience/)).toBeVisible();
	});
});
