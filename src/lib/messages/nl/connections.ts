import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/**
 * De pagina met verbindingen: de lijst, de editor en zijn discovery-rapport, de vensters die een
 * verwijdering of het uitloggen bevestigen, en wat de pagina na elke wijziging zegt. Veldnamen zoals
 * in de woordenlijst bovenaan `nl/common.ts` (Client-ID, Clientgeheim, Tenant-ID…).
 */
export default {
	title: 'Verbindingen · OAuth2 Client',
	heading: 'Verbindingen',
	intro:
		'Een verbinding is één app die je bij een provider hebt geregistreerd (Google, Microsoft, je eigen OpenID-provider…). Accounts loggen via de verbinding in.',
	'add-connection': 'Verbinding toevoegen',
	'add-demo': 'De lokale demoverbinding toevoegen',
	// `{provider}`: Microsoft, Google of Fastmail. Een tweeling (twin): een lokale nabootsing van de provider.
	'add-twin': 'De {provider}-tweeling toevoegen',
	'twins-note':
		'In deze demoversie gaat wat naar Microsoft, Google en Fastmail zou gaan in plaats daarvan naar hun lokale tweelingen: nabootsingen die zich gedragen zoals die providers documenteren (elk adres kan inloggen, zonder wachtwoord). Werkadressen voor de Microsoft-tweeling eindigen op @contoso.test; elk ander adres is een persoonlijk account.',
	unreadable: {
		one: 'Eén opgeslagen verbinding kon niet worden gelezen en wordt niet getoond. Ze blijft bewaard zoals ze is; exporteer je configuratie voordat je iets wijzigt.',
		other:
			'{count} opgeslagen verbindingen konden niet worden gelezen en worden niet getoond. Ze blijven bewaard zoals ze zijn; exporteer je configuratie voordat je iets wijzigt.'
	},
	loading: 'Verbindingen laden…',
	'empty-heading': 'Nog geen verbindingen',
	'empty-text': 'Voeg een verbinding toe met de Client-ID die je bij je provider hebt geregistreerd.',
	'empty-demo': 'Of probeer eerst de lokale demoprovider: daarvoor hoef je niets te registreren.',
	'list-label': 'Verbindingen',

	// Wat de pagina na een wijziging zegt (de statusregel).
	saved: '“{name}” opgeslagen.',
	// `{reason}`: waarom de provider niet kon worden gecontroleerd, een eigen zin.
	'saved-unchecked': 'De provider ervan kon niet worden gecontroleerd: {reason}',
	// `{emails}`: de adressen van de accounts, als lijst; `{count}`: hoeveel.
	'saved-signed-out': {
		one: 'Uitgelogd: {emails}; dit account moet opnieuw inloggen.',
		other: 'Uitgelogd: {emails}; deze accounts moeten opnieuw inloggen.'
	},
	'saved-secret-dropped':
		'Het opgeslagen clientgeheim is niet bewaard: de verbinding wijst nu naar een andere provider, client of endpoint. Vul het geheim opnieuw in als die client er een nodig heeft.',
	// `{reasons}`: waarom, elk een zin, gescheiden door puntkomma’s.
	'saved-revoke-failed': 'De oude provider kon niet worden gevraagd om in te trekken: {reasons}.',
	'demo-added': '“{name}” toegevoegd: een verbinding met de lokale demoprovider op {issuer}.',
	'twin-added': '“{name}” toegevoegd: de voorinstelling van {provider}, beantwoord door zijn lokale tweeling.',
	'demo-failed': 'De demoverbinding kon niet worden toegevoegd: {reasons}',
	deleted: '“{name}” verwijderd.',

	// De namen van de demoverbindingen: gegevens die je daarna kunt hernoemen.
	'demo-name': 'Lokale demo',
	'twin-name': '{provider} (tweeling)',
	// Een naam die al bestaat krijgt een nummer: "Lokale demo (2)".
	'numbered-name': '{name} ({number})',

	// Het venster van de editor en de bevestiging van het verwijderen.
	'edit-title': '“{name}” bewerken',
	'delete-title': '“{name}” verwijderen?',
	'delete-title-bare': 'Verwijderen?',
	'revoke-failed': 'De provider kon niet worden gevraagd de tokens van deze accounts in te trekken:',
	'revoke-failed-anyway':
		'Toch verwijderen? De tokens blijven dan geldig bij de provider tot ze verlopen of tot je ze daar intrekt.',
	'delete-accounts': {
		one: 'Dit account gebruikt de verbinding en wordt ook uitgelogd (de tokens worden ingetrokken bij de provider) en uit deze browser verwijderd:',
		other:
			'Deze {count} accounts gebruiken de verbinding en worden ook uitgelogd (hun tokens worden ingetrokken bij de provider) en uit deze browser verwijderd:'
	},
	'no-account': 'Geen enkel account gebruikt deze verbinding.',
	'delete-unreadable': {
		one: 'Nog één opgeslagen account van deze verbinding is beschadigd en kan niet worden getoond; het wordt ook verwijderd.',
		other:
			'Nog {count} opgeslagen accounts van deze verbinding zijn beschadigd en kunnen niet worden getoond; ze worden ook verwijderd.'
	},
	'cannot-undo': 'Dit kan niet ongedaan worden gemaakt.',

	// Gevraagd als een wijziging de verbinding naar een andere provider of client laat wijzen.
	'sign-out-title': 'Deze accounts uitloggen?',
	'sign-out-confirm': 'Opslaan en uitloggen',
	'sign-out-text': {
		one: 'Door deze wijziging wijst de verbinding naar een andere provider of client. Een token wordt alleen gebruikt met de provider en client waar het vandaan komt, dus dit account wordt uitgelogd (tokens ingetrokken bij de oude provider) en moet opnieuw inloggen. De instellingen ervan blijven bewaard.',
		other:
			'Door deze wijziging wijst de verbinding naar een andere provider of client. Een token wordt alleen gebruikt met de provider en client waar het vandaan komt, dus deze accounts worden uitgelogd (tokens ingetrokken bij de oude provider) en moeten opnieuw inloggen. Hun instellingen blijven bewaard.'
	},

	// De velden van een verbinding, in de editor en op de kaart; de Naam is die van `common`.
	provider: 'Provider',
	'client-id': 'Client-ID',
	'client-secret': 'Clientgeheim',
	// Het projectveld, genoemd zoals elke provider het noemt: Google, Microsoft, de andere.
	'project-id': 'Project-ID',
	'tenant-id': 'Tenant-ID',
	'api-project-id': 'API-project-ID',
	cloud: 'Cloud',
	'issuer-url': 'Issuer-URL',
	'authorization-endpoint': 'Autorisatie-endpoint',
	'token-endpoint': 'Token-endpoint',
	'revocation-endpoint': 'Intrekkings-endpoint',
	scopes: 'Scopes',
	'redirect-uri': 'Omleidings-URI',

	// De editor.
	'registering-at': 'De app registreren bij {provider}',
	'open-console': 'De console van {provider} openen',
	'redirect-to-register': 'Te registreren omleidings-URI',
	'copy-redirect-uri': 'Omleidings-URI kopiëren',
	// `{uri}`: de gedeelde omleidings-URI, als code.
	'shared-redirect':
		'Deze verbinding is gemaakt voordat elke verbinding een eigen omleidings-URI had, en gebruikt nog de gedeelde, {uri}. Registreer de eigen URI hierboven bij de provider (laat de gedeelde daar staan tot het zover is) en vink het vakje aan: een antwoord kan dan alleen nog worden aangenomen voor een inlogpoging via deze verbinding. Tot die tijd, zolang meerdere verbindingen het adres delen, is voor inloggen een provider nodig die zichzelf in zijn antwoorden noemt.',
	'own-redirect-registered': 'De eigen omleidings-URI is geregistreerd bij de provider',
	'check-issuer': 'Issuer controleren',
	'secret-stored-placeholder': 'Opgeslagen (versleuteld): laat leeg om het te behouden',
	'secret-hint-none': '{provider} accepteert geen clientgeheim van een browser-app: laat het leeg.',
	'secret-hint-web':
		'Google vereist het voor clients van het type “Webapplicatie”. Een geheim in een browser-app is niet geheim: iedereen die de app gebruikt, kan het lezen.',
	'secret-hint-optional':
		'Alleen als de provider je er een heeft gegeven. Een geheim in een browser-app is niet geheim: iedereen die de app gebruikt, kan het lezen.',
	'secret-stored-refused':
		'Voor deze verbinding is van eerder een clientgeheim opgeslagen. {provider} weigert geheimen van een browser-app, dus het wordt nooit verstuurd: verwijder het.',
	'remove-secret': 'Het opgeslagen clientgeheim verwijderen',
	'cloud-hint':
		'Waar je organisatie inlogt. Nationale clouds bieden alleen Microsoft Graph: portalen krijgen daar geen IMAP- of SMTP-token.',
	'issuer-hint-oauth2':
		'Optioneel. Noemt de provider zichzelf in zijn antwoorden (de parameter iss, RFC 9207), vul die naam dan in: antwoorden worden daar dan mee vergeleken.',
	'revocation-hint': 'Optioneel. Hiermee trekt het verwijderen van een account het token in bij de provider.',
	'scopes-hint-custom': 'Gescheiden door spaties. Laat leeg voor de standaardscopes van de provider.',
	'scopes-hint-preset': 'Gescheiden door spaties. Vooraf ingevuld met de standaardscopes van {provider}.',

	// De kaart van een verbinding.
	edit: 'Bewerken',
	'edit-label': '{name} bewerken',
	'secret-stored': 'opgeslagen, versleuteld',
	defaults: '(standaard)',
	note: 'Opmerking',
	'shared-redirect-note':
		'Het gedeelde adres van eerder gemaakte verbindingen: bewerk de verbinding om een eigen adres te registreren.',

	// Wat een controle van een OpenID-provider vond (`{endpoint}`: zijn intrekkings-endpoint, als code).
	'checking-provider': 'De provider wordt gecontroleerd…',
	'provider-found': 'Provider gevonden.',
	'provider-found-cached': 'Provider gevonden (uit de cache).',
	issuer: 'Issuer',
	'pkce-supported': 'ondersteund',
	'pkce-not-advertised': 'niet vermeld: de provider kan het toch ondersteunen',
	revocation: 'Intrekken',
	'revocation-supported': 'ondersteund ({endpoint})',
	'revocation-not-offered':
		'niet aangeboden: bij het verwijderen van een account kan het token niet bij de provider worden ingetrokken',
	'check-failed': 'De provider kon niet worden gecontroleerd.',
	'use-issuer': '“{issuer}” gebruiken',
	'registered-automatically': 'Automatisch geregistreerd',
	'registered-cimd':
		'Gemaakt vanuit een e-mailadres: bekend bij {host} via het Client ID Metadata Document van de app (niets geregistreerd); logt {domains} in.',
	'registered-dcr':
		'Gemaakt vanuit een e-mailadres: de app registreerde zichzelf bij {host} (Dynamic Client Registration); logt {domains} in.'
} satisfies Catalog<AreaKeys['connections']>;
