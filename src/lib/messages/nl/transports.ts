import type { AreaKeys } from '../areas';
import { aside, type Catalog } from '../format';

/** `: wat de server zei`, of niets. */
const colon = (text: string | number | undefined) => (text === undefined || text === '' ? '' : `: ${text}`);

/**
 * Waarom Verbinding testen of Testbericht versturen mislukte, per `TransportError.reason`. De
 * placeholders zijn `status`, `type`, `scope` en `params` van de fout.
 */
export default {
	// OVERGANG: de eigen zin van de tokenbeheerder, tot die met een code antwoordt (`cause`).
	'token-unavailable':
		'Er kon geen toegangstoken voor dit account worden verkregen: open het account en klik op Token vernieuwen.',

	offline:
		'De browser is offline, dus {host} was niet bereikbaar. Er is niets verzonden of in de wachtrij gezet: probeer het opnieuw als het netwerk terug is.',
	unreachable:
		'{host} is niet bereikbaar. Misschien is het netwerk weg, of weigert de server verzoeken van deze site (CORS): die moet de origin van deze site toestaan.',
	'unreachable-timeout': '{host} antwoordde niet op tijd. Probeer het later opnieuw.',
	'account-missing': 'Het account of de verbinding ervan bestaat niet meer.',
	'jmap-session-url-missing': 'Vul de JMAP-sessie-URL in op het tabblad Mailservers van het account.',
	'host-portal-only':
		'De mail van dit account loopt via het portaal waarin de app is ingesloten (IMAP en SMTP): die protocollen kan een browser niet spreken. Het token ligt klaar voor het portaal.',

	'jmap-token-refused': (p) =>
		`De JMAP-server op ${p.host} weigerde het toegangstoken, ook nadat het was vernieuwd${aside(p.description)}. Controleer of het account inlogt bij de provider die deze server vertrouwt, en klik dan op Token vernieuwen.`,
	'jmap-scope-missing': (p) =>
		p.scope
			? `De JMAP-server op ${p.host} heeft een machtiging nodig die het token niet heeft: ${p.scope}. Log opnieuw in en sta die toe.`
			: `De JMAP-server op ${p.host} heeft een machtiging nodig die het token niet heeft. Log opnieuw in en sta die toe.`,
	'jmap-not-session': '{url} is geen JMAP-sessie. Controleer de JMAP-sessie-URL van het account.',
	'jmap-no-method-responses': 'De JMAP-server op {host} stuurde geen antwoorden op de aanroepen (methodResponses).',
	'jmap-no-answer': 'De JMAP-server gaf geen antwoord op {method}.',
	'jmap-no-answer-create': 'De JMAP-server gaf geen antwoord (bericht aanmaken).',
	'jmap-no-answer-send': 'De JMAP-server gaf geen antwoord (bericht verzenden).',
	'jmap-method-refused': (p) => `De JMAP-server weigerde het verzoek: ${p.type}${aside(p.description)}.`,
	'jmap-server-error': (p) =>
		`De JMAP-server op ${p.host} heeft problemen (${p.status})${aside(p.detail)}. Probeer het later opnieuw.`,
	'jmap-not-found': 'Op dat adres op {host} is geen JMAP-server (404): controleer de JMAP-sessie-URL van het account.',
	'jmap-refused': (p) =>
		p.type
			? `De JMAP-server op ${p.host} weigerde het verzoek (${p.status} ${p.type})${aside(p.detail)}.`
			: `De JMAP-server op ${p.host} weigerde het verzoek (${p.status})${aside(p.detail)}.`,
	'jmap-no-submission': 'Deze JMAP-server kan geen berichten verzenden (urn:ietf:params:jmap:submission).',
	'jmap-no-mail': 'Dit JMAP-account heeft geen mail (urn:ietf:params:jmap:mail).',
	'jmap-no-identity': 'Het JMAP-account heeft geen identiteit om mee te verzenden: voeg er een toe op de mailserver.',
	'jmap-no-drafts': 'Het JMAP-account heeft geen map Concepten om het bericht in aan te maken.',
	'jmap-create-refused': (p) =>
		p.description === undefined
			? `De JMAP-server wilde het bericht niet aanmaken (${p.type}).`
			: `De JMAP-server wilde het bericht niet aanmaken (${p.type}: ${p.description}).`,
	'jmap-send-refused': (p) =>
		p.description === undefined
			? `De JMAP-server wilde het bericht niet verzenden (${p.type}).`
			: `De JMAP-server wilde het bericht niet verzenden (${p.type}: ${p.description}).`,

	'gmail-token-refused': (p) =>
		`Gmail weigerde het toegangstoken, ook nadat het was vernieuwd${aside(p.description)}. Controleer of het account inlogt bij de provider die deze server vertrouwt, en klik dan op Token vernieuwen.`,
	'gmail-scope-missing-challenge': (p) =>
		p.scope
			? `Gmail heeft een machtiging nodig die het token niet heeft: ${p.scope}. Log opnieuw in en sta die toe.`
			: 'Gmail heeft een machtiging nodig die het token niet heeft. Log opnieuw in en sta die toe.',
	'gmail-scope-missing':
		'Gmail heeft de machtiging {scope} nodig, maar die is bij dit inloggen niet verleend. Log opnieuw in en sta die toe.',
	'gmail-server-error': (p) => `Gmail heeft problemen (${p.status}${colon(p.message)}). Probeer het later opnieuw.`,
	'gmail-refused': (p) => `Gmail weigerde het verzoek (${p.status}${colon(p.message)}).`,
	'gmail-forbidden': (p) =>
		`Gmail weigerde het verzoek (${p.status}${colon(p.message)}). Controleer of de Gmail API is ingeschakeld in het Google Cloud-project.`,
	'gmail-no-address': 'Gmail antwoordde zonder adres.',

	'graph-token-refused': (p) =>
		`Microsoft Graph weigerde het toegangstoken, ook nadat het was vernieuwd${aside(p.description)}. Controleer of het account inlogt bij de provider die deze server vertrouwt, en klik dan op Token vernieuwen.`,
	'graph-scope-missing-challenge': (p) =>
		p.scope
			? `Microsoft Graph heeft een machtiging nodig die het token niet heeft: ${p.scope}. Log opnieuw in en sta die toe.`
			: 'Microsoft Graph heeft een machtiging nodig die het token niet heeft. Log opnieuw in en sta die toe.',
	'graph-scope-missing': (p) =>
		`Microsoft Graph heeft de machtiging ${p.scope} nodig, maar die is bij dit inloggen niet verleend${aside(p.message)}. Log opnieuw in en sta die toe; misschien moet je organisatie die eerst goedkeuren.`,
	'graph-denied-granted': (p) =>
		`Microsoft Graph weigerde toegang tot deze mailbox, hoewel bij het inloggen ${p.granted} is verleend${aside(p.message)}. Opnieuw inloggen verandert dit niet: de Exchange-beheerder van de organisatie bepaalt welke apps bij mailboxen mogen (met een toegangsbeleid voor toepassingen of door een protocol uit te schakelen). Vraag de beheerder om deze app toe te staan.`,
	'graph-denied-policy': (p) =>
		`Microsoft Graph weigerde toegang tot deze mailbox${aside(p.message)}. Opnieuw inloggen verandert dit niet: de Exchange-beheerder van de organisatie bepaalt welke apps bij mailboxen mogen (met een toegangsbeleid voor toepassingen of door een protocol uit te schakelen). Vraag de beheerder om deze app toe te staan.`,
	'graph-server-error': (p) =>
		`Microsoft Graph heeft problemen (${p.status}${colon(p.message)}). Probeer het later opnieuw.`,
	'graph-refused': (p) =>
		p.type
			? `Microsoft Graph weigerde het verzoek (${p.status} ${p.type}${colon(p.message)}).`
			: `Microsoft Graph weigerde het verzoek (${p.status}${colon(p.message)}).`,
	'graph-no-address': 'Microsoft Graph antwoordde zonder adres.'
} satisfies Catalog<AreaKeys['transports']>;
