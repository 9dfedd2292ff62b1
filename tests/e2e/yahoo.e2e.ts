import { addAccount, addConnectionWith } from './helpers';
import { expect, refreshAtTwin, test, TWIN_CLIENTS } from './twins';

test('A Yahoo-like provider whose token endpoint refuses browsers: the sign-in says so plainly, promises no retry, stores nothing', async ({
	page,
	twins
}) => {
	await addConnectionWith(page, {
		name: 'Yahoo',
		provider: 'yahoo',
		clientId: TWIN_CLIENTS.yahoo.clientId,
		clientSecret: TWIN_CLIENTS.yahoo.clientSecret
	});
	const dialog = await addAccount(page, { name: 'Ada', email: 'ada@yahoo.test', connection: 'Yahoo (Yahoo)' });
	const popup = await refreshAtTwin(page, dialog, 'api.login.yahoo.com');
	const said =
		/This provider did not accept the sign-in from a browser app: its token endpoint at api\.login\.yahoo\.com answers, but not to web pages/;
	await expect(popup.getByText(said)).toBeVisible();
	await expect(dialog.getByText(said)).toBeVisible();
	await expect(dialog.getByText(/Retrying/)).toHaveCount(0);
	await expect(dialog.getByText('Not signed in', { exact: true })).toBeVisible();
	// The request reached the provider; the browser kept its answer from the app.
	expect(twins.twins.yahoo.stats()['cross-origin-refused']).toBe(1);
});
