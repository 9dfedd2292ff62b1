import { expect, test } from './fixtures';

test('a plain build served under a sub-path works: links, assets, deep links and the redirect URI', async ({
	page,
	subPath
}) => {
	const home = `${subPath.origin}${subPath.base}`;
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
	});
	await page.goto(home);
	await expect(page.getByRole('heading', { level: 1, name: 'Your mail accounts' })).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Connections' })).toHaveAttribute('href', `${subPath.base}/connections`);
	await nav.getByRole('link', { name: 'Connections' }).click();
	await expect(page).toHaveURL(`${home}/connections`);

	// A plain build (no demo switched on) offers no demo connection.
	await expect(page.getByRole('button', { name: 'Add connection' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Add the local demo connection' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Add connection' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add connection' });
	await expect(dialog.getByText(new RegExp(`^${home}/callback/[\\w-]+$`))).toBeVisible();
	await dialog.getByRole('textbox', { name: 'Name' }).fill('Under a sub-path');
	await dialog.getByRole('textbox', { name: 'Client Id' }).fill('sub');
	await dialog.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('article', { name: 'Under a sub-path' })).toContainText(`${home}/callback/`);

	// A deep link under the sub-path loads the app shell and the right page.
	await page.goto(`${home}/settings`);
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await page.goto(`${home}/connections`);
	await expect(page.getByRole('article', { name: 'Under a sub-path' })).toBeVisible();
	await page.getByRole('link', { name: 'OAuth2 Client' }).click();
	await expect(page).toHaveURL(new RegExp(`^${home}/?$`));
	expect(failed).toEqual([]);
});

test('the static host sends the sample headers, and the page its CSP', async ({ page, subPath }) => {
	const response = await page.goto(`${subPath.origin}${subPath.base}/connections`);
	const headers = response!.headers();
	expect(headers['content-security-policy']).toBe("frame-ancestors 'self'");
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
	// The sign-in window and the allow-portal window: never framed, and keeping their opener.
	for (const path of ['/callback', '/callback/some-connection', '/allow-portal']) {
		const other = (await page.request.get(`${subPath.origin}${subPath.base}${path}`)).headers();
		expect(other['content-security-policy'], path).toBe("frame-ancestors 'none'");
		expect(other['cross-origin-opener-policy'], path).toBeUndefined();
	}
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toContain("default-src 'none'");
	expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'/);
	expect(csp).not.toContain('unsafe-inline');
	expect(csp).not.toContain('unsafe-eval');
});

test('the app sends no request to any origin but its own until a provider is configured', async ({ page, baseURL }) => {
	const origins = new Set<string>();
	page.on('request', (r) => origins.add(new URL(r.url()).origin));
	for (const path of ['/', '/accounts', '/connections', '/settings', '/callback']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	expect([...origins]).toEqual([new URL(baseURL!).origin]);
});
