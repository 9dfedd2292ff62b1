import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/*
 * Nederlands (nl): woordenlijst, eens gekozen en overal zo gebruikt.
 *
 * Aanspreekvorm: informeel je/jij/jouw (niet u); korte, directe zinnen. Een knop in een zin staat
 * zonder aanhalingstekens, met hoofdletter: "klik op Token vernieuwen".
 *
 * Knoppen en schermen:   Accounts, Verbindingen, Instellingen, Opslaan, Verwijderen, Annuleren,
 *                        Sluiten, Toevoegen, OK, Exporteren, Importeren, Verbinding toevoegen,
 *                        Account toevoegen, Opnieuw inloggen, Verbinding testen, Testbericht versturen,
 *                        Eigenschappen, Mailservers (tabblad), Toepassen (Apply), Inloggen (Sign in),
 *                        Inlogsessie vernieuwen (Renew sign-in), Deze browser vergeten…
 * Refresh token (knop)   → Token vernieuwen
 * refresh token (ding)   → vernieuwingstoken (het)
 * access token           → toegangstoken (het);  id token → ID-token (het);  token → het token
 * sign in / sign-in      → inloggen / het inloggen; sign out → uitloggen; signed in → ingelogd
 * sign-in (geldigheid)   → inlogsessie;  sign-in response → inlogantwoord
 * connection             → verbinding (de);  OAuth2 connection → OAuth2-verbinding
 * account                → account (het);  provider → provider (de);  portal → portaal (het)
 * redirect URI           → omleidings-URI (zoals Google en Microsoft in het Nederlands)
 * consent / permission   → toestemming / machtiging (gedelegeerde machtigingen, zoals Entra ID)
 * revoke                 → intrekken;  renew/refresh → vernieuwen;  grant → grant (OAuth-term)
 * authorization code     → autorisatiecode
 * mailbox (map van JMAP) → map;  preset → voorinstelling;  twin (demo) → tweeling;  portal log → portaallogboek
 * Veldnamen:             Client-ID, Clientgeheim (Google en Microsoft NL: "Clientgeheim"),
 *                        Project-ID, Tenant-ID, API-project-ID, Issuer-URL, Autorisatie-endpoint,
 *                        Token-endpoint, Intrekkings-endpoint, Scopes, Provider, Naam, E-mail.
 *                        In lopende tekst: de Client-ID, het Clientgeheim, het token-endpoint op {host}.
 * Single-page application (Entra ID) → “Toepassing met één pagina” (Single-page application);
 *                        public client → openbare client.
 * Web application (Google)           → “Webapplicatie”; publishing status “Testen”, audience “Extern”.
 * Embedding portal (IMAP and SMTP)   → Insluitend portaal (IMAP en SMTP); transport → transport.
 * Blijft Engels: productnamen (Google, Microsoft, Entra ID, Fastmail, Yahoo, AOL, JMAP, IMAP, SMTP,
 * Gmail API, Microsoft Graph, OAuth2 Client), URL's, scopes, RFC's, HTTP-codes, CORS, PKCE, endpoint,
 * issuer, tenant, scope, client, origin, de statuswoorden van het portaalprotocol (alleen de sleutels).
 */
export default {
	// Navigatie.
	'nav-main': 'Hoofdmenu',
	'nav-accounts': 'Accounts',
	'nav-connections': 'Verbindingen',
	'nav-settings': 'Instellingen',
	'drop-to-import': 'Zet het configuratiebestand hier neer om het te importeren',
	offline:
		'{strong} Verbindingen, accounts en instellingen kun je bekijken en bewerken. Voor inloggen en mail testen is het netwerk nodig; tokens worden vanzelf vernieuwd zodra het terug is.',
	'offline-strong': 'Offline.',
	reloading: 'Deze app is in een ander tabblad bijgewerkt of opnieuw ingesteld: de pagina wordt opnieuw geladen…',
	'database-newer':
		'Een ander tabblad draait een nieuwere versie van deze app en heeft de gegevens bijgewerkt. Laad dit tabblad opnieuw om de nieuwe versie te gebruiken.',
	'database-missing':
		'Deze browser biedt hier geen IndexedDB (in sommige browsers niet in een privévenster): de app kan niets opslaan.',
	'database-failed':
		'De opslag van de app kon niet worden geopend: {detail}. Sluit andere tabbladen van de app en laad de pagina opnieuw.',
	reload: 'Opnieuw laden',
	loading: 'Laden…',
	'refresh-token': 'Token vernieuwen'
} satisfies Catalog<AreaKeys['common']>;
