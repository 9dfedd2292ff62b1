import { expect, test } from './fixtures';
import { signInAtProvider } from './helpers';

/**
 * The demo walk-through in Dutch, for a browser whose language is Dutch: a connection, an account,
 * Token vernieuwen (Refresh token), the welcome in the sign-in window, Verbonden (Connected).
 */
test.describe('in Dutch', () => {
	test.use({ locale: 'nl-NL' });

	test('the demo walk-through: connection, account, Token vernieuwen, welcome, Verbonden', async ({ page, idp }) => {
		await page.goto('/connections');
		await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
		await expect(page.getByRole('heading', { level: 1, name: 'Verbindingen' })).toBeVisible();

		await page.getByRole('button', { name: 'Verbinding toevoegen', exact: true }).click();
		const editor = page.getByRole('dialog', { name: 'Verbinding toevoegen' });
		await editor.getByRole('textbox', { name: 'Naam' }).fill('Demo');
		await editor.getByRole('combobox', { name: 'Provider' }).selectOption('oidc');
		await editor.getByRole('textbox', { name: 'Issuer-URL' }).fill(idp.issuer);
		await editor.getByRole('textbox', { name: 'Client-ID' }).fill(idp.clientId);
		await editor.getByRole('button', { name: 'Opslaan' }).click();
		await expect(editor).toBeHidden();
		await expect(page.getByRole('article', { name: 'Demo' })).toBeVisible();

		await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Accounts' }).click();
		await page.getByRole('button', { name: 'Account toevoegen' }).click();
		const dialog = page.getByRole('dialog', { name: 'Account toevoegen' });
		await dialog.getByRole('textbox', { name: 'Naam' }).fill('Werk');
		await dialog.getByRole('textbox', { name: 'E-mail' }).fill('ada@demo.test');
		await dialog.getByRole('tab', { name: 'Eigenschappen' }).click();
		await expect(dialog.getByRole('combobox', { name: 'OAuth2-verbinding' })).toHaveValue(/.+/);
		await dialog.getByRole('button', { name: 'Toepassen' }).click();
		const saved = page.getByRole('dialog', { name: 'Account “Werk”' });
		await expect(saved.getByRole('status')).toHaveText('Opgeslagen.');
		await expect(saved.getByText('Niet ingelogd')).toBeVisible();

		const popupPromise = page.waitForEvent('popup');
		await saved.getByRole('button', { name: 'Token vernieuwen' }).click();
		const popup = await popupPromise;
		await signInAtProvider(popup);
		// The welcome in the sign-in window speaks Dutch too.
		await expect(popup.getByRole('heading', { name: 'Welkom, Ada Lovelace!' })).toBeVisible();
		await expect(popup.locator('html')).toHaveAttribute('lang', 'nl');
		await expect(popup.getByText('Je kunt dit venster sluiten.')).toBeVisible();
		await expect(
			popup.getByText(/^Je account “Werk” \(ada@demo\.test\) is verbonden: er is een vernieuwingstoken/)
		).toBeVisible();

		await expect(saved.getByText('Verbonden', { exact: true })).toBeVisible();
		await expect(saved.getByText('Welkom, Ada Lovelace!')).toBeVisible();
		await saved.getByRole('button', { name: 'OK', exact: true }).click();
		await expect(page.getByRole('article', { name: 'Werk' }).getByText('Verbonden', { exact: true })).toBeVisible();
	});

	test('a portal’s ?lang= wins over the browser’s language, and dates follow the language', async ({ page }) => {
		await page.goto('/settings?lang=de');
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
		// This app → Erstellt: the build date as German writes it (Intl), e.g. "30.11.2026, 05:40".
		const about = page.getByRole('region', { name: 'Diese App' });
		await expect(about.getByRole('definition').filter({ has: page.locator('time') })).toHaveText(
			/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/
		);
		await expect(about.getByText('Version', { exact: true })).toBeVisible();
	});
});
