import { describe, expect, it } from 'vitest';
import { aGrant } from '$lib/config/testing';
import { render } from './format';
import { fieldText } from './fields';
import { locale, need, parts, setLocale, t } from './i18n.svelte';
import { problemText } from './problems';
import { statusDetail, statusText } from './status';

describe('Dutch (nl)', () => {
	it('renders the status words, problems with params and the home page in Dutch', async () => {
		await need('status', 'problems', 'fields', 'transports', 'providers', 'home');
		await setLocale('nl');
		expect(locale()).toBe('nl');

		// A status word: the key stays the protocol's English, the value is Dutch.
		expect(statusText('Sign-in required')).toBe('Inloggen vereist');
		expect(statusText('Connected')).toBe('Verbonden');

		// A template with a placeholder, inside the status detail with a relative time in Dutch.
		const grant = aGrant({
			tokenEndpoint: 't',
			state: 'retrying',
			problem: { code: 'timeout', params: { host: 'id.example' }, at: 0 },
			retry: { attempt: 1, nextAt: 30_000 }
		});
		expect(statusDetail(grant, 'Retrying', 0)).toBe(
			'Het token-endpoint op id.example antwoordde niet op tijd. Er wordt opnieuw geprobeerd… Volgende poging over 30 seconden.'
		);

		// A function entry: the provider's own words as an aside, or nothing.
		expect(problemText({ code: 'invalid-grant', params: { description: 'Token has been expired or revoked.' } })).toBe(
			'De provider accepteert het vernieuwingstoken van dit account niet meer: het is ingetrokken, verlopen of al gebruikt (Token has been expired or revoked.). Log opnieuw in.'
		);
		expect(problemText({ code: 'invalid-grant' })).toBe(
			'De provider accepteert het vernieuwingstoken van dit account niet meer: het is ingetrokken, verlopen of al gebruikt. Log opnieuw in.'
		);

		// A field problem (lower case: it follows a path) and the home page's words.
		expect(fieldText({ code: 'name-too-long', params: { max: 100 } })).toBe('kort de naam in tot hoogstens 100 tekens');
		expect(t('home', 'step-account-link')).toBe('Voeg een account toe');
	});

	it('renders the pages of Settings and of the sign-in window in Dutch', async () => {
		await setLocale('nl');
		await need('settings', 'callback', 'connections', 'accounts');

		// A heading of Settings, and a sentence whose words depend on the counts (a function entry).
		expect(t('settings', 'storage-heading')).toBe('Opslag in deze browser');
		expect(t('settings', 'exported', { name: 'config.json', connections: 1, accounts: 3 })).toBe(
			'config.json opgeslagen: 1 verbinding, 3 accounts. Geen tokens.'
		);

		// The welcome of the callback page, and a sentence with a slot for the button's name.
		expect(t('callback', 'welcome-named', { name: 'Anna' })).toBe('Welkom, Anna!');
		expect(parts('callback', 'none')).toEqual([
			{ text: 'In dit venster loopt geen inlogpoging. Start er een vanuit een account met ' },
			{ slot: 'button' },
			{ text: '.' }
		]);

		// A button quoted in a sentence is named exactly as the button itself.
		expect(t('common', 'refresh-token')).toBe('Token vernieuwen');
		expect(t('accounts', 'save-then-sign-in')).toContain(t('common', 'refresh-token'));
	});

	it('chooses plural forms by the Dutch rules', async () => {
		const forms = { one: '{count} account', other: '{count} accounts' };
		expect(render(forms, { count: 1 }, 'nl')).toBe('1 account');
		expect(render(forms, { count: 0 }, 'nl')).toBe('0 accounts');
		expect(render(forms, { count: 3 }, 'nl')).toBe('3 accounts');

		// An entry of the connections page with its Dutch forms.
		await setLocale('nl');
		await need('connections');
		expect(t('connections', 'delete-accounts', { count: 1 })).toMatch(/^Dit account gebruikt de verbinding/);
		expect(t('connections', 'delete-accounts', { count: 2 })).toMatch(/^Deze 2 accounts gebruiken de verbinding/);
	});

	it('words the email sign-in in Dutch', async () => {
		await setLocale('nl');
		await need('email', 'lookup');
		expect(t('email', 'heading')).toBe('Inloggen met je e-mailadres');
		expect(t('lookup', 'step-server', { host: 'id.example' })).toBe('Inlogserver id.example');
		expect(t('lookup', 'found-host', { host: 'id.example' })).toBe('Je logt in bij id.example.');
	});
});
