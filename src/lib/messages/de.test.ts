import { beforeAll, describe, expect, it } from 'vitest';
import type { Grant } from '$lib/config';
import { aGrant } from '$lib/config/testing';
import { fieldText } from './fields';
import { locale, need, parts, setLocale, t } from './i18n.svelte';
import { problemText } from './problems';
import { statusDetail, statusText } from './status';
import { transportText } from './transports';

const g = (p: Partial<Grant>): Grant => aGrant({ tokenEndpoint: 't', ...p });

beforeAll(async () => {
	await need('status', 'problems', 'fields', 'transports', 'providers', 'home', 'common', 'accounts', 'connections');
	await need('settings', 'callback', 'allow');
	await setLocale('de');
});

describe('German (de)', () => {
	it('is the language in use', () => {
		expect(locale()).toBe('de');
	});

	it('shows the status words in German, while the protocol keeps the English ones', () => {
		expect(statusText('Connected')).toBe('Verbunden');
		expect(statusText('Sign-in required')).toBe('Anmeldung erforderlich');
	});

	it('words a problem with its data, formally (Sie), with German quotes', () => {
		expect(problemText({ code: 'connection-moved', params: { connection: 'Arbeit' } })).toBe(
			'Die Verbindung „Arbeit“ verweist jetzt auf einen anderen Anbieter oder Client, daher wurde dieses Konto abgemeldet. Melden Sie sich erneut an.'
		);
		expect(problemText({ code: 'invalid-grant', params: { description: 'Token revoked' } })).toBe(
			'Der Anbieter akzeptiert das Aktualisierungstoken dieses Kontos nicht mehr: Es wurde widerrufen, ist abgelaufen oder wurde bereits verwendet (Token revoked). Melden Sie sich erneut an.'
		);
		expect(fieldText({ code: 'name-too-long', params: { max: 100 } })).toBe(
			'Kürzen Sie den Namen auf höchstens 100 Zeichen'
		);
	});

	it('counts in German: the next try after a problem, with the plural of the language', () => {
		expect(
			statusDetail(
				g({
					state: 'retrying',
					problem: { code: 'timeout', params: { host: 'id.example' }, at: 0 },
					retry: { attempt: 1, nextAt: 30_000 }
				}),
				'Retrying',
				0
			)
		).toBe(
			'Der Tokenendpunkt unter id.example hat nicht rechtzeitig geantwortet. Wird erneut versucht … Nächster Versuch in 30 Sekunden.'
		);
		expect(statusDetail(g({ state: 'retrying', retry: { attempt: 1, nextAt: 1_000 } }), 'Retrying', 0)).toBe(
			'Der Anbieter war nicht erreichbar. Nächster Versuch in 1 Sekunde.'
		);
	});

	it('fills a transport’s failure and keeps the elements of a sentence where German puts them', () => {
		expect(
			transportText({ code: 'refused', reason: 'gmail-refused', status: 400, params: { message: 'Bad Request' } })
		).toBe('Gmail hat die Anfrage abgelehnt (400: Bad Request).');
		expect(parts('home', 'step-account').map((part) => part.slot ?? part.text)).toEqual([
			'link',
			', das diese Verbindung nutzt, und zum Anmelden auf ',
			'button',
			' klicken.'
		]);
		expect(t('home', 'step-account-link')).toBe('Konto hinzufügen');
	});

	it('counts on the connections page with the German plural, and quotes buttons by their own names', () => {
		expect(t('connections', 'delete-accounts', { count: 3 })).toBe(
			'Diese 3 Konten verwenden sie und werden ebenfalls abgemeldet (ihre Tokens werden beim Anbieter widerrufen) und aus diesem Browser entfernt:'
		);
		expect(t('connections', 'delete-accounts', { count: 1 })).toMatch(/^Dieses Konto verwendet sie /);
		expect(t('settings', 'signed-out-before-stop', { list: 'anna@example.com' })).toBe(
			'Bevor er abbrach, wurden diese ersetzten Konten bereits bei ihrem Anbieter abgemeldet, daher funktionieren ihre Tokens nicht mehr: anna@example.com. Melden Sie jedes davon auf der Seite „Konten“ erneut an („Erneut anmelden“).'
		);
		// The buttons a sentence names are the buttons' own words.
		expect(t('accounts', 'sign-in-again')).toBe('Erneut anmelden');
		expect(t('common', 'nav-accounts')).toBe('Konten');
		expect(t('accounts', 'save-then-sign-in')).toContain(`„${t('common', 'refresh-token')}“`);
		expect(t('settings', 'import-done')).toContain(`„${t('accounts', 'sign-in')}“`);
	});

	it('writes whole sentences that depend on the data, and slots where German puts them', () => {
		expect(t('settings', 'forget-summary', { connections: 1, accounts: 2, grants: 1 })).toBe(
			'Dies löscht eine Verbindung und 2 Konten aus diesem Browser, nachdem die Tokens eines angemeldeten Kontos bei ihren Anbietern widerrufen wurden. Andere geöffnete Tabs der App werden neu geladen. Dies kann nicht rückgängig gemacht werden: Exportieren Sie zuerst Ihre Konfiguration, wenn Sie sie behalten möchten.'
		);
		expect(
			parts('callback', 'email-mismatch', { personEmail: 'max@example.com', accountEmail: 'anna@example.com' })
				.map((part) => (part.slot ? `[${part.slot}]` : part.text))
				.join('')
		).toBe(
			'Sie haben sich als [signedInAs] angemeldet, die Adresse des Kontos ist jedoch [address]. Das Token gilt für max@example.com. Wenn Sie das nicht beabsichtigt haben, klicken Sie im Konto auf „[button]“ und melden Sie sich als anna@example.com an.'
		);
		expect(t('allow', 'ask-heading', { origin: 'https://portal.example' })).toBe('https://portal.example zulassen?');
	});

	it('words the email sign-in: a step, and a refusal with the server’s own words where it gave them', async () => {
		await need('email', 'lookup');
		expect(t('email', 'heading')).toBe('Mit Ihrer E-Mail-Adresse anmelden');
		expect(t('lookup', 'continue', { host: 'id.example' })).toBe('Bei id.example anmelden');
		const refused = (params: Record<string, string>) =>
			t('lookup', 'at-step', { step: t('lookup', 'name-registration'), problem: t('lookup', 'refused', params) });
		expect(refused({ host: 'id.example', error: 'invalid_redirect_uri' })).toBe(
			'App registrieren: id.example hat die Registrierung der App abgelehnt (invalid_redirect_uri). Bitten Sie Ihren Administrator um eine Verbindung.'
		);
		expect(refused({ host: 'id.example' })).toBe(
			'App registrieren: id.example hat die Registrierung der App abgelehnt. Bitten Sie Ihren Administrator um eine Verbindung.'
		);
	});
});
