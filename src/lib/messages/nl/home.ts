import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** De startpagina: alle accounts in één oogopslag, of hoe je begint. */
export default {
	title: 'OAuth2 Client',
	heading: 'Je mailaccounts',
	intro: 'Alle accounts met hun status in één oogopslag.',
	'nothing-yet': 'Nog niets verbonden',
	'done-marker': 'Klaar: ',
	'step-connection':
		'{link}: de app die je hebt geregistreerd bij Google, Microsoft, Fastmail of je eigen OpenID-provider.',
	'step-connection-link': 'Voeg een verbinding toe',
	'step-account': '{link} dat deze verbinding gebruikt, en klik op {button} om in te loggen.',
	'step-account-link': 'Voeg een account toe',
	'step-done': 'Dat is alles: de app houdt de tokens van het account zelf actueel.',
	'or-email':
		'Of sla beide over: {link}. Waar je mailprovider het toestaat, vindt de app hem aan de hand van het adres en logt je in, zonder eerst een verbinding te maken.',
	'or-email-link': 'log in met je e-mailadres'
} satisfies Catalog<AreaKeys['home']>;
