import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

for (const path of ['/', '/accounts', '/connections', '/settings', '/callback']) {
	test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
	});
}

test('axe finds no serious or critical violation in the connection dialog, errors and discovery shown', async ({
	page,
	demoIssuer
}) => {
	await page.goto('/connections');
	await page.getByRole('button', { name: 'Add the local demo connection' }).click();
	await expect(page.getByRole('article', { name: 'Local demo' })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	await page.getByRole('button', { name: 'Add connection' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add connection' });
	await dialog.getByRole('combobox', { name: 'Provider' }).selectOption('oidc');
	await dialog.getByRole('textbox', { name: 'Issuer URL' }).fill(demoIssuer);
	await dialog.getByRole('button', { name: 'Check issuer' }).click();
	await expect(dialog.getByText('Provider found')).toBeVisible();
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
	expect(await seriousViolations(page)).toEqual([]);
});

test('in dark mode too', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/connections');
	await page.getByRole('button', { name: 'Add connection' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
	expect(await seriousViolations(page)).toEqual([]);
});
