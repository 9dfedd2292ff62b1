import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** Een provider vinden vanuit een e-mailadres: de stappen terwijl ze gebeuren, wat er gevonden is, en elk probleem. */
export default {
	steps: 'Wat de app vond',
	'try-again': 'Opnieuw proberen',
	'step-autodiscovery': 'Mailserver van {domain}',
	'step-resource': 'Waar accounts op {host} inloggen',
	'step-server': 'Inlogserver {host}',
	'step-registration': 'Deze app registreren bij {host}',
	'step-doing': 'bezig…',
	'step-done': 'gevonden',
	'step-failed': 'mislukt',
	'found-host': 'Je logt in bij {host}.',
	'method-cimd':
		'De app stelt zich voor met zijn Client ID Metadata Document ({client}): er wordt niets geregistreerd.',
	'method-dcr':
		'De app registreert zichzelf bij {host} (Dynamic Client Registration, RFC 7591) zodra je verdergaat: geen Client-ID om te typen.',
	remembered: 'Eerder al gevonden: niets hoefde opnieuw gevraagd te worden.',
	continue: 'Inloggen bij {host}',
	cancel: 'Opnieuw beginnen',
	'preset-missing':
		'Adressen op {domain} loggen in bij {provider}, en daar kunnen apps zichzelf niet registreren. Een beheerder maakt eenmalig een verbinding voor {provider} (met een daar geregistreerde Client-ID); daarna gaat dit inloggen er meteen heen.',
	'needs-admin':
		'{host} accepteert het metadatadocument van de app niet en laat apps zichzelf niet registreren, dus voor deze provider moet een beheerder een verbinding maken. De verbindingseditor opent met wat er gevonden is.',
	'needs-admin-token':
		'{host} laat alleen apps registreren met toestemming van een beheerder (een initial access token), dus voor deze provider moet een beheerder een verbinding maken. De verbindingseditor opent met wat er gevonden is.',
	'make-connection': 'Verbinding maken',
	'at-step': '{step}: {problem}',
	'name-autodiscovery': 'De mailserver zoeken',
	'name-resource': 'De inloggegevens van de mailserver lezen',
	'name-server': 'De gegevens van de inlogserver lezen',
	'name-registration': 'De app registreren',
	'name-save': 'Het account opslaan',
	offline: 'De browser is Offline. Maak verbinding met het netwerk en klik nog eens op Inloggen.',
	unreachable:
		'{url} gaf deze app geen antwoord. Controleer het adres op typefouten; klopt het, dan bestaat de server misschien niet, is hij onbereikbaar of staat hij de oorsprong van deze app niet toe (CORS). Probeer het later nog eens of vraag het je provider.',
	timeout: '{url} antwoordde niet op tijd. Probeer het zo nog eens.',
	'insecure-url':
		'{url} is geen https-adres. De app volgt nooit gewone http (iedereen onderweg kan het lezen of veranderen). Vraag je provider het via https aan te bieden.',
	'http-status':
		'{url} antwoordde met HTTP-status {status}. Probeer het later nog eens; blijft het zo, vraag het dan je provider.',
	'not-json': '{url} antwoordde niet met JSON. Vraag je provider of inloggen met een e-mailadres wordt ondersteund.',
	'no-jmap':
		'{domain} heeft geen JMAP-mailserver op {url}, dus de provider is niet uit het adres te vinden. Vraag je beheerder om een verbinding, of controleer het adres.',
	'no-resource-metadata':
		'De mailserver zegt niet waar zijn accounts inloggen (geen Protected Resource Metadata op {url}). Vraag je beheerder om een verbinding.',
	'resource-mismatch':
		'De metadata van de mailserver is voor {named}, niet voor {expected}, en wordt dus niet gebruikt (RFC 9728). Vraag je provider dit te corrigeren.',
	'no-authorization-servers':
		'De metadata van de mailserver noemt geen inlogserver. Vraag je beheerder om een verbinding.',
	'issuer-mismatch':
		'De metadata van de inlogserver noemt zichzelf {named} in plaats van {issuer}, en wordt dus niet gebruikt. Vraag je provider dit te corrigeren.',
	'missing-endpoint': 'In de metadata van de inlogserver ontbreekt {field}. Vraag je provider dit te corrigeren.',
	'no-s256':
		'{issuer} biedt geen PKCE met S256, en dat heeft deze app nodig om veilig in te loggen. Vraag je provider het aan te zetten.',
	'no-metadata':
		'{issuer} publiceert geen inlogmetadata (RFC 8414 of OpenID Connect Discovery). Vraag het je provider.',
	'needs-token':
		'{host} laat alleen apps registreren met toestemming van een beheerder. Vraag je beheerder om een verbinding.',
	refused: (p) =>
		`${String(p.host)} weigerde de app te registreren${p.error ? ` (${String(p.error)}${p.description ? `: ${String(p.description)}` : ''})` : ''}. Vraag je beheerder om een verbinding.`,
	'no-client-id':
		'{host} registreerde de app maar stuurde geen Client-ID terug. Probeer het nog eens; blijft het zo, vraag het dan je provider.',
	'not-public':
		'{host} registreerde de app met {method} in plaats van als public client, en dat kan een browserapp niet zijn. Vraag je beheerder om een verbinding.',
	'no-method': '{issuer} biedt de app geen manier om zich voor te stellen. Vraag je beheerder om een verbinding.',
	'connection-not-saved':
		'De verbinding kon niet worden opgeslagen ({field}). Er is niets veranderd; probeer het nog eens.',
	'account-not-saved':
		'Het account {email} kon niet worden opgeslagen ({field}). Er is niets veranderd; probeer het nog eens.',
	'signed-in': 'Ingelogd: {email} is klaar.',
	'remove-registration':
		'Verwijder ook de verbinding {name}, die de app voor dit account maakte, en de registratie bij {host}',
	'remove-connection': 'Verwijder ook de verbinding {name}, die de app voor dit account maakte',
	'registration-deleted': 'De registratie van de app bij {host} is verwijderd.',
	'registration-kept':
		'De registratie van de app bij {host} kon niet worden verwijderd: {problem} Het kan geen kwaad; de beheerder daar kan haar verwijderen.'
} satisfies Catalog<AreaKeys['lookup']>;
