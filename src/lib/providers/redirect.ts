/**
 * Where a provider sends its answer back: the app's callback page. Each connection has its own,
 * `<origin><base>/callback/<connection id>`, so that an answer can only be taken for a sign-in at
 * the connection it was sent to (the mix-up defence of RFC 9700 §4.4, which works whether or not
 * the provider names itself with `iss`). Connections made before that use the shared
 * `<origin><base>/callback` until the person registers their own. Connections that identify the
 * app by its Client ID Metadata Document share the one redirect URI the document lists,
 * `<origin><base>/callback/cimd` (docs/zero-registration.md).
 * @param callbackBase `<origin><base>/callback`, e.g. `https://mail-tools.example.org/callback`
 */
export function connectionRedirectUri(
	callbackBase: string,
	connection: { readonly id: string; readonly clientId?: string; readonly sharedRedirect?: boolean | undefined }
): string {
	if (connection.clientId !== undefined && connection.clientId === clientMetadataUrl(callbackBase)) {
		return metadataRedirectUri(callbackBase);
	}
	return connection.sharedRedirect ? callbackBase : `${callbackBase}/${connection.id}`;
}

/**
 * The app's callback address: `<origin><base>/callback`.
 * @param origin e.g. `https://mail-tools.example.org`
 * @param base the app's base path, `''` or `/tools/oauth2`
 */
export function callbackBase(origin: string, base: string): string {
	return `${origin}${base}/callback`;
}

/**
 * The app's Client ID Metadata Document (draft-ietf-oauth-client-id-metadata-document): its URL
 * is the app's `client_id` wherever a server fetches it. `<origin><base>/oauth-client.json`.
 */
export function clientMetadataUrl(callbackBase: string): string {
	return `${appBase(callbackBase)}/oauth-client.json`;
}

/** Where the app is: `<origin><base>`, from its callback address. */
export function appBase(callbackBase: string): string {
	return callbackBase.replace(/\/callback$/, '');
}

/** The redirect URI the Client ID Metadata Document lists. */
export function metadataRedirectUri(callbackBase: string): string {
	return `${callbackBase}/cimd`;
}
