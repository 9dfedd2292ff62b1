import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** Mit Ihrer E-Mail-Adresse anmelden: das Formular. */
export default {
	heading: 'Mit Ihrer E-Mail-Adresse anmelden',
	intro:
		'Geben Sie Ihre Adresse ein und klicken Sie auf „Anmelden“: Die App findet Ihren Mailanbieter, stellt sich dort vor und meldet Sie an. Wo Ihr Anbieter es erlaubt, muss niemand die App vorher registrieren.',
	'email-label': 'E-Mail-Adresse',
	'sign-in': 'Anmelden',
	invalid: 'Geben Sie eine vollständige E-Mail-Adresse ein, etwa ada@example.org.',
	working: 'Ihr Anbieter wird gesucht …'
} satisfies Catalog<AreaKeys['email']>;
