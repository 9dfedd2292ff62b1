import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, rawDatabase, test } from './fixtures';
import { addAccount, addConnection, refreshToken, signInAtProvider } from './helpers';

async function exportFile(page: Page, includeSecrets: boolean): Promise<{ name: string; text: string }> {
	await page.goto('/settings');
	const section = page.getByRole('region', { name: 'Export' });
	const box = section.getByRole('checkbox', { name: /Include client secrets/ });
	if (includeSecrets) await box.check();
	else await box.uncheck();
	const download = page.waitForEvent('download');
	await section.getByRole('button', { name: 'Export' }).click();
	const file = await download;
	return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

async function chooseAndImport(page: Page, name: string, text: string) {
	await page.goto('/settings');
	await page
		.getByLabel('Configuration file')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	return page.getByRole('dialog', { name: new RegExp(`^Import ${name.replace(/\./g, '\\.')}\\?$`) });
}

test('export, forget, import: the same configuration comes back, accounts Not signed in; secrets only when asked', async ({
	page,
	idp
}) => {
	await addConnection(page, idp, 'Company IdP');
	await page.getByRole('button', { name: 'Add connection' }).click();
	const editor = page.getByRole('dialog', { name: 'Add connection' });
	await editor.getByRole('textbox', { name: 'Name' }).fill('Company Google');
	await editor.getByRole('textbox', { name: 'Client Id' }).fill('1234.apps.googleusercontent.com');
	await editor.getByRole('textbox', { name: 'Client Secret' }).fill('GOCSPX-export-me-maybe');
	await editor.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('article', { name: 'Company Google' })).toBeVisible();
	const dialog = await addAccount(page, {
		name: 'Ada',
		email: 'ada@demo.test',
		connection: 'Company IdP (Custom OpenID Connect)'
	});
	const popup = await refreshToken(page, dialog);
	await expect(dialog.getByText('Connected', { exact: true })).toBeVisible();
	await popup.close();

	const plain = await exportFile(page, false);
	expect(plain.name).toMatch(/^oauth2-client-configuration-\d{4}-\d{2}-\d{2}\.json$/);
	const data = JSON.parse(plain.text) as {
		format: string;
		connections: { name: string }[];
		accounts: { email: string }[];
	};
	expect(data.format).toBe('oauth2-client/v1');
	expect(data.connections.map((c) => c.name).sort()).toEqual(['Company Google', 'Company IdP']);
	expect(data.accounts.map((a) => a.email)).toEqual(['ada@demo.test']);
	expect(plain.text).not.toContain('GOCSPX-export-me-maybe');
	expect(plain.text).not.toMatch(/clientSecret|refresh|accessToken|"token"/i);

	const withSecrets = await exportFile(page, true);
	expect(withSecrets.text).toContain('"clientSecret": "GOCSPX-export-me-maybe"');

	// A new browser, in effect.
	await page.getByRole('button', { name: 'Forget this browser…' }).click();
	await Promise.all([
		page.waitForEvent('load'),
		page.getByRole('alertdialog').getByRole('button', { name: 'Forget everything' }).click()
	]);
	await page.goto('/connections');
	await expect(page.getByText('No connections yet')).toBeVisible();

	const preview = await chooseAndImport(page, withSecrets.name, withSecrets.text);
	await expect(preview.getByRole('definition').first()).toContainText('Company Google');
	await expect(preview).toContainText('Ada <ada@demo.test>');
	await expect(preview).toContainText('1 in the file');
	await preview.getByRole('button', { name: 'Confirm import' }).click();
	const done = page.getByRole('dialog', { name: `Imported ${withSecrets.name}` });
	await expect(done.getByText('Imported.')).toBeVisible();
	await done.getByRole('button', { name: 'Close' }).click();

	await page.goto('/connections');
	await expect(page.getByRole('article', { name: 'Company Google' })).toContainText('stored, encrypted');
	await expect(page.getByRole('article', { name: 'Company IdP' })).toContainText(idp.issuer);
	await page.goto('/accounts');
	await expect(page.getByRole('article', { name: 'Ada' }).getByText('Not signed in', { exact: true })).toBeVisible();
	const banner = page.getByRole('region', { name: 'Imported accounts: sign in' });
	await expect(banner).toContainText('ada@demo.test');
	const again = page.waitForEvent('popup');
	await banner.getByRole('button', { name: 'Sign in ada@demo.test' }).click();
	await signInAtProvider(await again);
	await expect(page.getByRole('article', { name: 'Ada' }).getByText('Connected', { exact: true })).toBeVisible();
	await expect(banner).toBeHidden();
});

test('a malformed file is refused with the path of each problem, and the database stays exactly as it was', async ({
	page
}) => {
	await page.goto('/connections');
	await page.getByRole('button', { name: 'Add the local demo connection' }).click();
	await expect(page.getByRole('article', { name: 'Local demo' })).toBeVisible();
	const before = await rawDatabase(page);

	const bad = JSON.stringify({
		format: 'oauth2-client/v1',
		exportedAt: '2026-11-28T10:00:00Z',
		connections: [
			{
				id: 'c1',
				name: '<script>alert(1)</script>',
				provider: 'oauth2',
				clientId: 'x',
				authorizationEndpoint: 'https://a.example/auth',
				tokenEndpoint: 'http://a.example/token'
			},
			{ id: 'c1', name: 'Twice', provider: 'mystery', clientId: 'y' }
		],
		accounts: [{ id: 'a1', name: 'A', email: 'a@example.org', connectionId: 'c1' }]
	});
	let dialog = await chooseAndImport(page, 'bad.json', bad);
	const alert = dialog.getByRole('alert');
	await expect(alert).toContainText('This file cannot be imported. Nothing was changed.');
	await expect(alert).toContainText('connections[0].tokenEndpoint: not an https URL');
	await expect(alert).toContainText('connections[1].provider: choose a provider');
	await dialog.getByRole('button', { name: 'Close' }).click();

	dialog = await chooseAndImport(page, 'notes.json', 'these are my notes, not JSON');
	await expect(dialog.getByRole('alert')).toContainText('not JSON');
	await dialog.getByRole('button', { name: 'Close' }).click();

	dialog = await chooseAndImport(page, 'other.json', JSON.stringify({ format: 'thunderbird/v1', accounts: [] }));
	await expect(dialog.getByRole('alert')).toContainText('format: expected “oauth2-client/v1”, not “thunderbird/v1”');
	await dialog.getByRole('button', { name: 'Close' }).click();

	expect(await rawDatabase(page)).toBe(before);
	await expect(page.locator('script:text("alert(1)")')).toHaveCount(0);
});

test('dropping a file on any page opens the import preview; a clash is shown and blocks the import', async ({
	page
}) => {
	await page.goto('/connections');
	await page.getByRole('button', { name: 'Add the local demo connection' }).click();
	await expect(page.getByRole('article', { name: 'Local demo' })).toBeVisible();
	const clash = JSON.stringify({
		format: 'oauth2-client/v1',
		exportedAt: '2026-11-28T10:00:00Z',
		connections: [{ id: 'other-id', name: 'LOCAL DEMO', provider: 'google', clientId: 'x' }],
		accounts: []
	});
	const dataTransfer = await page.evaluateHandle((text) => {
		const dt = new DataTransfer();
		dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
		return dt;
	}, clash);
	await page.dispatchEvent('main', 'dragover', { dataTransfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer });
	await expect(page).toHaveURL(/\/settings$/);
	const dialog = page.getByRole('dialog', { name: 'Import dropped.json?' });
	await expect(dialog.getByRole('alert')).toContainText(
		'connections[0].name: “LOCAL DEMO” is already the name of another connection here'
	);
	await expect(dialog.getByRole('button', { name: 'Confirm import' })).toBeDisabled();
});
