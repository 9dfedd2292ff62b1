import { beforeAll, describe, expect, it } from 'vitest';
import { aGrant } from '$lib/config/testing';
import { describeProblems } from './fields';
import { render } from './format';
import { locale, need, setLocale, t } from './i18n.svelte';
import { problemText } from './problems';
import { statusDetail, statusText } from './status';

/** The narrow no-break space French puts before ; : ! ? and inside « ». */
const nb = '\u202f';

beforeAll(async () => {
	await need('status', 'problems', 'fields', 'home', 'common', 'accounts', 'connections', 'settings', 'callback');
	await setLocale('fr');
});

describe('the French catalogs', () => {
	it('are the ones in use after the switch', () => {
		expect(locale()).toBe('fr');
		expect(t('common', 'refresh-token')).toBe('Actualiser le jeton');
	});

	it('translate the status words (the contract’s English keys stay keys)', () => {
		expect(statusText('Sign-in required')).toBe('Authentification requise');
		expect(statusText('Connected')).toBe('Connecté');
	});

	it('word a problem with its data, in French typography', () => {
		expect(problemText({ code: 'invalid-grant', params: { description: 'Token revoked' } })).toBe(
			`Le fournisseur n’accepte plus le jeton d’actualisation de ce compte${nb}: il a été révoqué, a expiré ou a déjà été utilisé (Token revoked). Authentifiez-vous de nouveau.`
		);
		expect(problemText({ code: 'connection-moved', params: { connection: 'Travail' } })).toBe(
			`La connexion «${nb}Travail${nb}» désigne désormais un autre fournisseur ou un autre client${nb}; ce compte a donc été déconnecté. Authentifiez-vous de nouveau.`
		);
		expect(
			describeProblems([
				{ path: 'connections[4].name', code: 'name-used-twice', params: { name: 'Work', also: 'connections[0]' } }
			])
		).toEqual([
			`connections[4].name: le nom «${nb}Work${nb}» est utilisé deux fois dans ce fichier (voir aussi connections[0])`
		]);
	});

	it('say when the next try is, with the French plural of Intl', () => {
		const grant = aGrant({
			tokenEndpoint: 't',
			state: 'retrying',
			problem: { code: 'timeout', params: { host: 'id.example' }, at: 0 },
			retry: { attempt: 1, nextAt: 30_000 }
		});
		expect(statusDetail(grant, 'Retrying', 0)).toBe(
			'Le point de terminaison de jeton de id.example n’a pas répondu à temps. Nouvelle tentative… Prochain essai dans 30 secondes.'
		);
		expect(statusDetail({ ...grant, retry: { attempt: 1, nextAt: 1_000 } }, 'Retrying', 0)).toMatch(
			/Prochain essai dans 1 seconde\.$/
		);
	});

	it('word the new areas’ sentences, with the buttons named as they are', () => {
		expect(t('accounts', 'delete-title', { name: 'Travail' })).toBe(`Supprimer «${nb}Travail${nb}»${nb}?`);
		expect(t('accounts', 'refresh-token-label')).toBe('Jeton d’actualisation');
		expect(t('connections', 'saved-signed-out', { emails: 'a@example.com', count: 1 })).toBe(
			`Compte déconnecté${nb}: a@example.com${nb}; il doit s’authentifier de nouveau.`
		);
		expect(t('settings', 'signed-out-before-stop', { list: 'a@example.com' })).toContain(
			`(«${nb}${t('accounts', 'sign-in-again')}${nb}»)`
		);
	});

	it('count connections and accounts in French, where English writes “(s)”', () => {
		expect(t('settings', 'exported', { name: 'config.json', connections: 1, accounts: 3 })).toBe(
			`config.json enregistré${nb}: 1 connexion, 3 comptes. Aucun jeton.`
		);
		expect(t('settings', 'forget-summary', { connections: 1, accounts: 0, grants: 0 })).toMatch(
			/^Cette action supprime de ce navigateur une connexion et 0 compte\. /
		);
		expect(t('settings', 'forget-summary', { connections: 2, accounts: 3, grants: 2 })).toMatch(
			/^Cette action supprime de ce navigateur 2 connexions et 3 comptes, après avoir révoqué auprès de leurs fournisseurs les jetons de 2 comptes authentifiés\. /
		);
	});

	it('choose plural forms as French does: 0 and 1 are “one”', () => {
		const forms = { one: '{count} compte', other: '{count} comptes' };
		expect(render(forms, { count: 0 }, 'fr')).toBe('0 compte');
		expect(render(forms, { count: 1 }, 'fr')).toBe('1 compte');
		expect(render(forms, { count: 2 }, 'fr')).toBe('2 comptes');
	});

	it('word the email sign-in, with the server’s own words in French typography', async () => {
		await need('email', 'lookup');
		expect(t('email', 'sign-in')).toBe('S’authentifier');
		expect(
			t('lookup', 'at-step', {
				step: t('lookup', 'name-registration'),
				problem: t('lookup', 'refused', { host: 'id.example', error: 'invalid_client_metadata', description: 'bad' })
			})
		).toBe(
			`Enregistrement de l’application${nb}: id.example a refusé d’enregistrer l’application (invalid_client_metadata${nb}: bad). Demandez une connexion à votre administrateur.`
		);
	});
});
