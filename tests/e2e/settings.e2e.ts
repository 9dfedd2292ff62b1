import { expect, test } from './fixtures';

test('Settings warns when the browser has not promised to keep the data, and can ask', async ({ page }) => {
	// Headless Chromium decides persistence by site engagement; fix the answers to see both states.
	await page.addInitScript(() => {
		let granted = false;
		Object.defineProperty(navigator.storage, 'persisted', { value: async () => granted });
		Object.defineProperty(navigator.storage, 'persist', {
			value: async () => {
				granted = true;
				return true;
			}
		});
	});
	await page.goto('/settings');
	const warning = page.getByRole('alert').filter({ hasText: 'The browser may clear this app’s data' });
	await expect(warning).toBeVisible();
	await warning.getByRole('button', { name: 'Ask the browser to keep data' }).click();
	await expect(page.getByText('The browser keeps this app’s data')).toBeVisible();
	await expect(warning).toHaveCount(0);
});

test('saving the first connection asks the browser to keep the data, once', async ({ page }) => {
	await page.addInitScript(() => {
		(window as unknown as { persistCalls: number }).persistCalls = 0;
		Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
		Object.defineProperty(navigator.storage, 'persist', {
			value: async () => {
				(window as unknown as { persistCalls: number }).persistCalls++;
				return false;
			}
		});
	});
	await page.goto('/connections');
	await page.getByRole('button', { name: 'Add the local demo connection' }).click();
	await expect(page.getByRole('article', { name: 'Local demo' })).toBeVisible();
	await expect.poll(() => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(1);
	await page.getByRole('button', { name: 'Add the local demo connection' }).click();
	await expect(page.getByRole('article', { name: 'Local demo (2)' })).toBeVisible();
	await page.reload();
	await page.getByRole('button', { name: 'Add the local demo connection' }).click();
	await expect(page.getByRole('article', { name: 'Local demo (3)' })).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)).toBe(0);
});
