import type { AreaKeys } from '../areas';
import { aside, type Catalog } from '../format';

/** `: was der Server gesagt hat`, oder nichts. */
const colon = (text: string | number | undefined) => (text === undefined || text === '' ? '' : `: ${text}`);

/**
 * Warum „Verbindung testen“ oder „Testnachricht senden“ fehlschlug, nach `TransportError.reason`.
 * Die Platzhalter sind `status`, `type`, `scope` und `params` des Fehlers.
 */
export default {
	'token-unavailable':
		'Für dieses Konto ist kein Zugriffstoken verfügbar: Öffnen Sie es und klicken Sie auf „Token aktualisieren“.',

	offline:
		'Der Browser ist offline, daher war {host} nicht erreichbar. Es wurde nichts gesendet oder vorgemerkt: Versuchen Sie es erneut, sobald das Netzwerk wieder verfügbar ist.',
	unreachable:
		'{host} ist nicht erreichbar. Möglicherweise ist das Netzwerk gestört, oder der Server lehnt Anfragen von dieser Website ab (CORS): Er muss den Ursprung dieser Website zulassen.',
	'unreachable-timeout': '{host} hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.',
	'account-missing': 'Das Konto oder seine Verbindung existiert nicht mehr.',
	'jmap-session-url-missing': 'Tragen Sie die JMAP-Sitzungs-URL im Tab „Mailserver“ des Kontos ein.',
	'host-portal-only':
		'Die E-Mails dieses Kontos laufen über das Portal, in das die App eingebettet ist (IMAP und SMTP): Ein Browser beherrscht diese Protokolle nicht. Das Token des Kontos steht für das Portal bereit.',

	'jmap-token-refused': (p) =>
		`Der JMAP-Server unter ${p.host} hat das Zugriffstoken auch nach dessen Erneuerung abgelehnt${aside(p.description)}. Prüfen Sie, ob sich das Konto bei dem Anbieter anmeldet, dem dieser Server vertraut, und klicken Sie dann auf „Token aktualisieren“.`,
	'jmap-scope-missing': (p) =>
		p.scope
			? `Der JMAP-Server unter ${p.host} benötigt eine Berechtigung, die das Token nicht enthält: ${p.scope}. Melden Sie sich erneut an und erlauben Sie sie.`
			: `Der JMAP-Server unter ${p.host} benötigt eine Berechtigung, die das Token nicht enthält. Melden Sie sich erneut an und erlauben Sie sie.`,
	'jmap-not-session': '{url} ist keine JMAP-Sitzung. Prüfen Sie die JMAP-Sitzungs-URL des Kontos.',
	'jmap-no-method-responses': 'Der JMAP-Server unter {host} hat keine Methodenantworten gesendet.',
	'jmap-no-answer': 'Der JMAP-Server hat {method} nicht beantwortet.',
	'jmap-no-answer-create': 'Der JMAP-Server hat nicht geantwortet (Nachricht erstellen).',
	'jmap-no-answer-send': 'Der JMAP-Server hat nicht geantwortet (Nachricht senden).',
	'jmap-method-refused': (p) => `Der JMAP-Server hat die Anfrage abgelehnt: ${p.type}${aside(p.description)}.`,
	'jmap-server-error': (p) =>
		`Beim JMAP-Server unter ${p.host} liegt eine Störung vor (${p.status})${aside(p.detail)}. Versuchen Sie es später erneut.`,
	'jmap-not-found':
		'Unter dieser Adresse auf {host} gibt es keinen JMAP-Server (404): Prüfen Sie die JMAP-Sitzungs-URL des Kontos.',
	'jmap-refused': (p) =>
		p.type
			? `Der JMAP-Server unter ${p.host} hat die Anfrage abgelehnt (${p.status} ${p.type})${aside(p.detail)}.`
			: `Der JMAP-Server unter ${p.host} hat die Anfrage abgelehnt (${p.status})${aside(p.detail)}.`,
	'jmap-no-submission': 'Dieser JMAP-Server bietet keinen Versand an (urn:ietf:params:jmap:submission).',
	'jmap-no-mail': 'Dieses JMAP-Konto bietet keine E-Mail an (urn:ietf:params:jmap:mail).',
	'jmap-no-identity': 'Das JMAP-Konto hat keine Absenderidentität: Legen Sie auf dem Mailserver eine an.',
	'jmap-no-drafts': 'Das JMAP-Konto hat keinen Entwürfe-Ordner, in dem die Nachricht erstellt werden könnte.',
	'jmap-create-refused': (p) =>
		p.description === undefined
			? `Der JMAP-Server hat das Erstellen der Nachricht abgelehnt (${p.type}).`
			: `Der JMAP-Server hat das Erstellen der Nachricht abgelehnt (${p.type}: ${p.description}).`,
	'jmap-send-refused': (p) =>
		p.description === undefined
			? `Der JMAP-Server hat das Senden der Nachricht abgelehnt (${p.type}).`
			: `Der JMAP-Server hat das Senden der Nachricht abgelehnt (${p.type}: ${p.description}).`,

	'gmail-token-refused': (p) =>
		`Gmail hat das Zugriffstoken auch nach dessen Erneuerung abgelehnt${aside(p.description)}. Prüfen Sie, ob sich das Konto bei dem Anbieter anmeldet, dem dieser Server vertraut, und klicken Sie dann auf „Token aktualisieren“.`,
	'gmail-scope-missing-challenge': (p) =>
		p.scope
			? `Gmail benötigt eine Berechtigung, die das Token nicht enthält: ${p.scope}. Melden Sie sich erneut an und erlauben Sie sie.`
			: 'Gmail benötigt eine Berechtigung, die das Token nicht enthält. Melden Sie sich erneut an und erlauben Sie sie.',
	'gmail-scope-missing':
		'Gmail benötigt die Berechtigung {scope}, die bei dieser Anmeldung nicht erteilt wurde. Melden Sie sich erneut an und erlauben Sie sie.',
	'gmail-server-error': (p) =>
		`Bei Gmail liegt eine Störung vor (${p.status}${colon(p.message)}). Versuchen Sie es später erneut.`,
	'gmail-refused': (p) => `Gmail hat die Anfrage abgelehnt (${p.status}${colon(p.message)}).`,
	'gmail-forbidden': (p) =>
		`Gmail hat die Anfrage abgelehnt (${p.status}${colon(p.message)}). Prüfen Sie, ob die Gmail API im Google Cloud-Projekt aktiviert ist.`,
	'gmail-no-address': 'Gmail hat ohne Adresse geantwortet.',

	'graph-token-refused': (p) =>
		`Microsoft Graph hat das Zugriffstoken auch nach dessen Erneuerung abgelehnt${aside(p.description)}. Prüfen Sie, ob sich das Konto bei dem Anbieter anmeldet, dem dieser Server vertraut, und klicken Sie dann auf „Token aktualisieren“.`,
	'graph-scope-missing-challenge': (p) =>
		p.scope
			? `Microsoft Graph benötigt eine Berechtigung, die das Token nicht enthält: ${p.scope}. Melden Sie sich erneut an und erlauben Sie sie.`
			: 'Microsoft Graph benötigt eine Berechtigung, die das Token nicht enthält. Melden Sie sich erneut an und erlauben Sie sie.',
	'graph-scope-missing': (p) =>
		`Microsoft Graph benötigt die Berechtigung ${p.scope}, die bei dieser Anmeldung nicht erteilt wurde${aside(p.message)}. Melden Sie sich erneut an und erlauben Sie sie; möglicherweise muss Ihre Organisation sie genehmigen.`,
	'graph-denied-granted': (p) =>
		`Microsoft Graph hat den Zugriff auf dieses Postfach verweigert, obwohl bei der Anmeldung ${p.granted} erteilt wurde${aside(p.message)}. Eine erneute Anmeldung ändert daran nichts: Die Exchange-Administration der Organisation schränkt ein, welche Apps auf Postfächer zugreifen dürfen (durch eine Anwendungszugriffsrichtlinie oder ein deaktiviertes Protokoll). Bitten Sie sie, diese App zuzulassen.`,
	'graph-denied-policy': (p) =>
		`Microsoft Graph hat den Zugriff auf dieses Postfach verweigert${aside(p.message)}. Eine erneute Anmeldung ändert daran nichts: Die Exchange-Administration der Organisation schränkt ein, welche Apps auf Postfächer zugreifen dürfen (durch eine Anwendungszugriffsrichtlinie oder ein deaktiviertes Protokoll). Bitten Sie sie, diese App zuzulassen.`,
	'graph-server-error': (p) =>
		`Bei Microsoft Graph liegt eine Störung vor (${p.status}${colon(p.message)}). Versuchen Sie es später erneut.`,
	'graph-refused': (p) =>
		p.type
			? `Microsoft Graph hat die Anfrage abgelehnt (${p.status} ${p.type}${colon(p.message)}).`
			: `Microsoft Graph hat die Anfrage abgelehnt (${p.status}${colon(p.message)}).`,
	'graph-no-address': 'Microsoft Graph hat ohne Adresse geantwortet.'
} satisfies Catalog<AreaKeys['transports']>;
