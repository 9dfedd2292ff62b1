import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** Einen Anbieter aus einer E-Mail-Adresse finden: die Schritte, während sie geschehen, das Gefundene und jedes Problem. */
export default {
	steps: 'Was die App gefunden hat',
	'try-again': 'Erneut versuchen',
	'step-autodiscovery': 'Mailserver von {domain}',
	'step-resource': 'Wo sich Konten bei {host} anmelden',
	'step-server': 'Anmeldeserver {host}',
	'step-registration': 'Diese App bei {host} registrieren',
	'step-doing': 'wird abgefragt …',
	'step-done': 'gefunden',
	'step-failed': 'fehlgeschlagen',
	'found-host': 'Sie melden sich bei {host} an.',
	'method-cimd':
		'Die App stellt sich mit ihrem Client ID Metadata Document ({client}) vor: Es wird nichts registriert.',
	'method-dcr':
		'Die App registriert sich selbst bei {host} (Dynamic Client Registration, RFC 7591), sobald Sie fortfahren: keine Client-ID einzugeben.',
	remembered: 'Schon früher gefunden: Es musste nichts erneut abgefragt werden.',
	continue: 'Bei {host} anmelden',
	cancel: 'Neu beginnen',
	'preset-missing':
		'Adressen bei {domain} melden sich bei {provider} an, wo sich Apps nicht selbst registrieren können. Ein Administrator legt einmal eine Verbindung für {provider} an (mit einer dort registrierten Client-ID); danach führt diese Anmeldung direkt dorthin.',
	'needs-admin':
		'{host} akzeptiert weder das Metadatendokument der App, noch lässt es Apps sich selbst registrieren. Für diesen Anbieter muss daher ein Administrator eine Verbindung anlegen. Der Verbindungseditor öffnet sich mit dem Gefundenen.',
	'needs-admin-token':
		'{host} lässt nur Apps mit der Erlaubnis eines Administrators registrieren (ein Initial Access Token). Für diesen Anbieter muss daher ein Administrator eine Verbindung anlegen. Der Verbindungseditor öffnet sich mit dem Gefundenen.',
	'make-connection': 'Verbindung anlegen',
	'at-step': '{step}: {problem}',
	'name-autodiscovery': 'Mailserver suchen',
	'name-resource': 'Anmeldedaten des Mailservers lesen',
	'name-server': 'Angaben des Anmeldeservers lesen',
	'name-registration': 'App registrieren',
	'name-save': 'Konto speichern',
	offline: 'Der Browser ist Offline. Stellen Sie eine Netzwerkverbindung her und klicken Sie erneut auf „Anmelden“.',
	unreachable:
		'{url} hat dieser App nicht geantwortet. Prüfen Sie die Adresse auf Tippfehler; stimmt sie, gibt es den Server vielleicht nicht, ist er nicht erreichbar oder erlaubt er den Ursprung dieser App nicht (CORS). Versuchen Sie es später erneut oder fragen Sie Ihren Anbieter.',
	timeout: '{url} hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.',
	'insecure-url':
		'{url} ist keine https-Adresse. Die App folgt nie einfachem http (jeder unterwegs könnte es lesen oder ändern). Bitten Sie Ihren Anbieter, es über https anzubieten.',
	'http-status':
		'{url} hat mit dem HTTP-Status {status} geantwortet. Versuchen Sie es später erneut; bleibt es so, fragen Sie Ihren Anbieter.',
	'not-json':
		'{url} hat nicht mit JSON geantwortet. Fragen Sie Ihren Anbieter, ob die Anmeldung per E-Mail-Adresse unterstützt wird.',
	'no-jmap':
		'{domain} hat keinen JMAP-Mailserver unter {url}, daher lässt sich der Anbieter nicht aus der Adresse ermitteln. Bitten Sie Ihren Administrator um eine Verbindung, oder prüfen Sie die Adresse.',
	'no-resource-metadata':
		'Der Mailserver gibt nicht an, wo sich seine Konten anmelden (keine Protected Resource Metadata unter {url}). Bitten Sie Ihren Administrator um eine Verbindung.',
	'resource-mismatch':
		'Die Metadaten des Mailservers gelten für {named}, nicht für {expected}, und werden daher nicht verwendet (RFC 9728). Bitten Sie Ihren Anbieter, sie zu korrigieren.',
	'no-authorization-servers':
		'Die Metadaten des Mailservers nennen keinen Anmeldeserver. Bitten Sie Ihren Administrator um eine Verbindung.',
	'issuer-mismatch':
		'Die Metadaten des Anmeldeservers nennen ihn {named} statt {issuer} und werden daher nicht verwendet. Bitten Sie Ihren Anbieter, sie zu korrigieren.',
	'missing-endpoint':
		'In den Metadaten des Anmeldeservers fehlt {field}. Bitten Sie Ihren Anbieter, sie zu korrigieren.',
	'no-s256':
		'{issuer} bietet kein PKCE mit S256 an, das diese App für eine sichere Anmeldung braucht. Bitten Sie Ihren Anbieter, es einzuschalten.',
	'no-metadata':
		'{issuer} veröffentlicht keine Anmeldemetadaten (RFC 8414 oder OpenID Connect Discovery). Fragen Sie Ihren Anbieter.',
	'needs-token':
		'{host} lässt nur Apps mit der Erlaubnis eines Administrators registrieren. Bitten Sie Ihren Administrator um eine Verbindung.',
	refused: (p) =>
		`${String(p.host)} hat die Registrierung der App abgelehnt${p.error ? ` (${String(p.error)}${p.description ? `: ${String(p.description)}` : ''})` : ''}. Bitten Sie Ihren Administrator um eine Verbindung.`,
	'no-client-id':
		'{host} hat die App registriert, aber keine Client-ID zurückgeschickt. Versuchen Sie es erneut; bleibt es so, fragen Sie Ihren Anbieter.',
	'not-public':
		'{host} hat die App mit {method} statt als öffentlichen Client registriert, was eine Browser-App nicht sein kann. Bitten Sie Ihren Administrator um eine Verbindung.',
	'no-method':
		'{issuer} bietet der App keine Möglichkeit, sich vorzustellen. Bitten Sie Ihren Administrator um eine Verbindung.',
	'connection-not-saved':
		'Die Verbindung konnte nicht gespeichert werden ({field}). Es wurde nichts geändert; versuchen Sie es erneut.',
	'account-not-saved':
		'Das Konto {email} konnte nicht gespeichert werden ({field}). Es wurde nichts geändert; versuchen Sie es erneut.',
	'signed-in': 'Angemeldet: {email} ist bereit.',
	'remove-registration':
		'Auch die Verbindung {name} entfernen, die die App für dieses Konto angelegt hat, samt ihrer Registrierung bei {host}',
	'remove-connection': 'Auch die Verbindung {name} entfernen, die die App für dieses Konto angelegt hat',
	'registration-deleted': 'Die Registrierung der App bei {host} wurde gelöscht.',
	'registration-kept':
		'Die Registrierung der App bei {host} konnte nicht gelöscht werden: {problem} Das schadet nicht; der dortige Administrator kann sie entfernen.'
} satisfies Catalog<AreaKeys['lookup']>;
