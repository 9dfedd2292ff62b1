/**
 * The redirect URI to register at the provider: `<origin><base>/callback`.
 * @param origin e.g. `https://mail-tools.example.org`
 * @param base the app's base path, `''` or `/tools/oauth2`
 */
export function redirectUri(origin: string, base: string): string {
	return `${origin}${base}/callback`;
}
