import { expect, test } from './fixtures';

/**
 * Settings → Language: each language in its own name, the browser's by default; a choice changes
 * the page at once (no reload), sets `<html lang>`, and is kept for the next visit; a portal's
 * `?lang=` says where the language came from.
 */
test('Settings → Language: choose a language, the page follows at once and keeps it; back to the browser’s', async ({
	page
}) => {
	await page.goto('/settings');
	const language = page.getByRole('region', { name: 'Language' });
	const group = language.getByRole('group', { name: 'Show this app in' });
	await expect(group.getByRole('radio')).toHaveCount(5);
	for (const name of ['English', 'Nederlands', 'Deutsch', 'Français'])
		await expect(group.getByRole('radio', { name, exact: true })).not.toBeChecked();
	await expect(group.getByRole('radio', { name: 'Use the browser’s language' })).toBeChecked();
	await expect(language.getByRole('status')).toHaveText('In use: English, the browser’s language.');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await group.getByRole('radio', { name: 'English', exact: true }).check();
	await expect(language.getByRole('status')).toHaveText('In use: English, chosen here.');

	// No reload: what this page set on window stays.
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
	await group.getByRole('radio', { name: 'Deutsch' }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
	await expect(
		page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Konten' })
	).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Deutsch' })).toBeChecked();
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

	// Kept for the next visit.
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('radio', { name: 'Deutsch' })).toBeChecked();

	// Back to the browser's language (English here), whatever that radio is called in German.
	await page.locator('input[type="radio"][value="browser"]').check();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await expect(page.getByRole('radio', { name: 'Use the browser’s language' })).toBeChecked();
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'In use:' })).toHaveText(
		'In use: English, the browser’s language.'
	);
});

test('a language set by the address (?lang=) is said to come from there', async ({ page }) => {
	await page.goto('/settings?lang=nl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	const section = page.getByRole('region').filter({ has: page.getByRole('radio', { name: 'Nederlands' }) });
	await expect(section.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
	await expect(section.getByRole('status').locator('code')).toHaveText('?lang=');
});
