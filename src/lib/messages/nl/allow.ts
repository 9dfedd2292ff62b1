import type { AreaKeys } from '../areas';
import type { Catalog } from '../format';

/** Het venster waarin je een portaal toestaat, of niet. */
export default {
	title: 'Een portaal toestaan · OAuth2 Client',
	'framed-heading': 'Open deze pagina in een eigen venster',
	framed: 'Deze pagina bepaalt wat een portaal mag, dus ze werkt alleen in een eigen venster.',
	heading: 'Een portaal toestaan',
	// {button}: de knop van de melding van het portaal (`Dit portaal toestaan…`), vetgedrukt.
	'no-opener': 'Open dit venster vanuit het portaal dat de app insluit: de melding daar heeft een knop {button}.',
	'allowed-heading': 'Portaal toegestaan',
	'refused-heading': 'Portaal niet toegestaan',
	allowed: '{origin} mag nu tokens krijgen voor de accounts die je hebt gekozen. Dit venster sluit vanzelf.',
	refused: '{origin} krijgt geen antwoord van de app. Dit venster sluit vanzelf.',
	waiting: 'Wachten op de gegevens van het portaal…',
	'ask-heading': '{origin} toestaan?',
	// {origin}: het adres van het portaal, vetgedrukt.
	explain:
		'De pagina op {origin} sluit deze app in. Sta je dat toe, dan kan die pagina toegangstokens vragen voor de accounts die je hieronder aanvinkt, en daarmee namens jou mail lezen en versturen. Sta alleen een portaal toe dat je vertrouwt.',
	accounts: 'Accounts waarvoor {origin} tokens mag krijgen',
	'no-accounts': 'Er zijn nog geen accounts binnen het portaal. Sta het nu toe en kies later de accounts.',
	allow: 'Toestaan',
	'remove-access': 'Toegang intrekken',
	'do-not-allow': 'Niet toestaan'
} satisfies Catalog<AreaKeys['allow']>;
