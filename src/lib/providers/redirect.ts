/**
 * Where a provider sends its answer back: the app's callback page. Each connection has its own,
 * `<origin><base>/callback/<connection id>`, so that an answer can only be taken for a sign-in at
 * the connection it was sent to (the mix-up defence of RFC 9700 §4.4, which works whether or not
 * the provider names itself with `iss`). Connections made before that use the shared
 * `<origin><base>/callback` until the person registers their own.
 * @param callbackBase `<origin><base>/callback`, e.g. `https://mail-tools.example.org/callback`
 */
export function connectionRedirectUri(
	callbackBase: string,
	connection: { readonly id: string; readonly sharedRedirect?: boolean | undefined }
): string {
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
