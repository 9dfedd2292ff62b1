import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** Inloggen met je e-mailadres: het formulier. */
export default {
	heading: 'Inloggen met je e-mailadres',
	intro:
		'Typ je adres en klik op Inloggen: de app zoekt je mailprovider, stelt zich daar voor en logt je in. Waar je provider het toestaat, hoeft niemand de app eerst te registreren.',
	'email-label': 'E-mailadres',
	'sign-in': 'Inloggen',
	invalid: 'Typ een volledig e-mailadres, zoals ada@example.org.',
	working: 'Je provider wordt gezocht…'
} satisfies Catalog<AreaKeys['email']>;
