import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** "1 verbinding", "3 verbindingen": een aantal met het juiste woord. */
const connections = (n: string | number | undefined) => (Number(n) === 1 ? `${n} verbinding` : `${n} verbindingen`);
const accounts = (n: string | number | undefined) => (Number(n) === 1 ? `${n} account` : `${n} accounts`);

/** De pagina Instellingen: taal, opslag, exporteren en importeren, portalen, vergeten, deze app. */
export default {
	title: 'Instellingen · OAuth2 Client',
	heading: 'Instellingen',

	// Taal.
	'language-heading': 'Taal',
	'language-legend': 'Toon deze app in',
	'language-browser': 'De taal van de browser gebruiken',
	'language-from-browser': 'In gebruik: {language}, de taal van de browser.',
	'language-from-setting': 'In gebruik: {language}, hier gekozen.',
	'language-from-url': 'In gebruik: {language}, ingesteld door het portaal met {param} in het adres van de app.',

	// Opslag in deze browser.
	'storage-heading': 'Opslag in deze browser',
	'storage-intro':
		'Verbindingen, accounts en hun tokens worden alleen in deze browser bewaard. Clientgeheimen en tokens worden versleuteld met een sleutel die deze browser niet kan verlaten, dus exports, back-ups en een blik in de opslag van de browser laten ze nooit zien. Dit beschermt niet tegen kwaadaardige scripts die in deze pagina draaien, en niet tegen iemand met toegang tot je hele browserprofiel.',
	persisted: 'De browser bewaart de gegevens van deze app, ook als de opslagruimte bijna op is.',
	'not-persisted':
		'{strong} als de opslagruimte bijna op is, en Safari verwijdert ze na 7 dagen zonder bezoek. Exporteer je configuratie om een kopie te houden, of vraag de browser de gegevens te bewaren.',
	'not-persisted-strong': 'De browser kan de gegevens van deze app wissen',
	'ask-to-persist': 'De browser vragen de gegevens te bewaren',
	'persistence-unsupported':
		'Deze browser kan niet beloven de gegevens van de app te bewaren: hij kan ze wissen. Exporteer je configuratie om een kopie te houden.',

	// Exporteren.
	'export-heading': 'Exporteren',
	'export-intro':
		'Sla verbindingen en hun accounts op in een bestand, om ze over te zetten naar een andere browser, een portaal of een collega. Tokens worden nooit geëxporteerd.',
	'export-what': 'Wat wil je exporteren?',
	'export-all': 'Alles',
	'export-chosen': 'Gekozen verbindingen en hun accounts',
	'no-connections': 'Nog geen verbindingen.',
	'include-secrets':
		'Clientgeheimen meenemen: het bestand bevat ze dan als leesbare tekst, dus bewaar het net zo veilig als een wachtwoord',
	export: 'Exporteren',
	'export-none-chosen': 'Vink minstens één verbinding aan om te exporteren.',
	exported: (p) => `${p.name} opgeslagen: ${connections(p.connections)}, ${accounts(p.accounts)}. Geen tokens.`,
	'exported-with-secrets': (p) =>
		`${p.name} opgeslagen: ${connections(p.connections)}, ${accounts(p.accounts)}, met clientgeheimen. Geen tokens.`,

	// Importeren.
	'import-heading': 'Importeren',
	'import-intro':
		'Lees verbindingen en accounts in uit een geëxporteerd bestand, of zet het bestand ergens op deze pagina neer. Je ziet wat het toevoegt en vervangt voordat er iets wordt opgeslagen. Geïmporteerde accounts loggen hier één keer in.',
	'import-file': 'Configuratiebestand',
	import: 'Importeren',
	'import-no-file': 'Kies eerst een configuratiebestand (of zet er een neer op de pagina).',
	// `{status}`: het statuswoord “Niet ingelogd”, zoals de pagina Accounts het toont.
	'imported-summary': (p) =>
		`${connections(p.connections)} en ${accounts(p.accounts)} geïmporteerd uit ${p.name}. De accounts hebben de status “${p.status}” tot je inlogt.`,
	'revocation-failures': 'Deze vervangen accounts konden niet worden uitgelogd bij hun provider: {list}.',
	'import-title-named': '{name} importeren?',
	'imported-title': '{name} geïmporteerd',
	'unnamed-file': 'het bestand',
	reading: 'Het bestand wordt gelezen…',
	'file-unreadable': 'het bestand kon niet worden gelezen',
	refused: '{strong} Er is niets gewijzigd.',
	'refused-strong': 'Dit bestand kan niet worden geïmporteerd.',
	'import-stopped': '{strong} {reason}',
	'import-stopped-strong': 'De import is gestopt: er is niets uit het bestand opgeslagen.',
	'signed-out-before-stop':
		'Voordat de import stopte, waren deze vervangen accounts al uitgelogd bij hun provider, dus hun tokens werken niet meer: {list}. Log ze elk opnieuw in op de pagina Accounts (Opnieuw inloggen).',
	'nothing-else-changed': 'Verder is er niets gewijzigd.',
	'choose-again':
		'Kies het bestand opnieuw om te importeren: het voorbeeld laat dan zien wat de import doet met de configuratie zoals die nu is.',
	'changed-meanwhile':
		'De configuratie hier is gewijzigd terwijl dit voorbeeld openstond. Er is niemand uitgelogd en niets opgeslagen: dit is wat de import nu doet.',
	clashes: '{strong} Er wordt niets geïmporteerd tot het bestand is verbeterd:',
	'clashes-strong': 'Het botst met wat hier al staat.',
	'connections-added': 'Toegevoegde verbindingen',
	'connections-replaced': 'Vervangen verbindingen',
	'accounts-added': 'Toegevoegde accounts',
	'accounts-replaced': 'Vervangen accounts',
	'client-secrets': 'Clientgeheimen',
	'secrets-in-file': '{count} in het bestand',
	'secrets-not-kept': 'Clientgeheimen die niet worden bewaard',
	'signed-out-by-import': 'Nu ingelogd en vervangen door het bestand, dus door de import uitgelogd: {list}.',
	'signed-out-rebound':
		'Niet in het bestand, maar ingelogd via een verbinding die het bestand naar een andere provider of client laat wijzen, dus ook uitgelogd (hun tokens worden ingetrokken bij de oude provider): {list}.',
	'permissions-not-kept': 'Toestemmingen van portalen die niet worden bewaard',
	'permission-lost': {
		one: '{email} wordt vervangen door het bestand: {origins} verliest de toestemming om het te gebruiken. Sta dat portaal opnieuw toe als het nieuwe account dezelfde mailbox is.',
		other:
			'{email} wordt vervangen door het bestand: {origins} verliezen de toestemming om het te gebruiken. Sta die portalen opnieuw toe als het nieuwe account dezelfde mailbox is.'
	},
	'confirm-import': 'Importeren bevestigen',
	'import-done': 'Geïmporteerd. De accounts staan hieronder, elk met een knop Inloggen.',
	'progress-checking': 'De configuratie hier wordt opnieuw gecontroleerd…',
	'progress-writing': 'Bezig met opslaan…',
	'progress-signing-out': '{account} wordt uitgelogd ({number} van {total})…',

	// Toegestane portalen en hun logboek.
	'portals-heading': 'Toegestane portalen (origins)',
	'portals-intro':
		'Portalen die deze app insluiten en toegangstokens mogen krijgen, elk voor de accounts die je hebt gekozen. Een portaal sta je toe via zijn eigen melding ({button}), in een venster van deze app.',
	'no-portals': 'Er is geen portaal toegestaan.',
	'portal-no-accounts': 'geen accounts',
	'remove-portal': '{origin} verwijderen',
	remove: 'Verwijderen',
	'log-heading': 'Portaallogboek',
	'log-intro':
		'Wat elk portaal vroeg en wat het kreeg: elk verzoek van een toegestaan portaal en elk bericht van een portaal dat niet is toegestaan.',
	'log-empty': 'Nog niets.',
	'log-caption': 'Portaallogboek, nieuwste eerst',
	'log-when': 'Wanneer',
	'log-portal': 'Portaal',
	'log-asked': 'Gevraagd',
	'log-account': 'Account',
	'log-result': 'Resultaat',
	'clear-log': 'Logboek wissen',

	// Deze browser vergeten.
	'forget-heading': 'Deze browser vergeten',
	'forget-intro':
		'Logt elk account uit (en trekt de tokens in bij de provider, als die dat toestaat) en verwijdert alle verbindingen, accounts, tokens, geheimen en instellingen uit deze browser. Gebruik dit voordat je de computer aan iemand anders geeft.',
	'forget-not-revoked':
		'Alles is uit deze browser verwijderd. Deze tokens konden niet worden ingetrokken bij hun provider: ze blijven daar geldig tot ze verlopen, of tot je de toegang van de app intrekt in je accountinstellingen bij de provider.',
	'forget-button': 'Deze browser vergeten…',
	'forget-failed': 'Vergeten is mislukt: {detail}. Sluit andere tabbladen van de app en probeer het opnieuw.',
	'forget-title': 'Deze browser vergeten?',
	'forget-confirm': 'Alles vergeten',
	'forget-summary': (p) =>
		`Hiermee worden ${p.connections === 1 ? 'één verbinding' : `${p.connections} verbindingen`} en ${p.accounts === 1 ? 'één account' : `${p.accounts} accounts`} uit deze browser verwijderd${
			Number(p.grants) > 0
				? `, nadat de tokens van ${p.grants === 1 ? 'één ingelogd account' : `${p.grants} ingelogde accounts`} bij hun providers zijn ingetrokken`
				: ''
		}. Andere geopende tabbladen van de app worden opnieuw geladen. Dit kan niet ongedaan worden gemaakt: exporteer eerst je configuratie als je die wilt bewaren.`,
	'forget-revoking': 'Tokens intrekken, {number} van {total}: {account}…',
	'forget-deleting': 'Bezig met verwijderen…',
	'forget-progress': 'Tokens intrekken',

	// Deze app.
	'about-heading': 'Deze app',
	'about-version': 'Versie',
	'about-built': 'Gebouwd',
	'about-offline': 'Werkt offline',
	'offline-ready': 'Ja: deze browser bewaart een kopie van de app, dus die opent ook zonder netwerk.',
	'offline-storing': 'Nog niet: de kopie voor offline gebruik wordt opgeslagen.',
	'offline-unsupported': 'Nee: deze browser biedt hier geen service workers (in een privévenster soms niet).',
	'offline-checking': 'Controleren…'
} satisfies Catalog<AreaKeys['settings']>;
