import { relayToOpener, type SignInOutcome } from '$lib/auth';

/**
 * The callback page: relay the response to the window that started the sign-in, or, with no
 * such window (same-tab flow, or the opener is gone), process it here. The relay path loads no
 * storage and no oidc-client-ts: it is on the clock between the provider and the stored grant.
 */
export async function handleCallback(url: string): Promise<SignInOutcome> {
	const relayed = await relayToOpener(url, location.origin);
	if (relayed.kind === 'answered') return relayed.result as SignInOutcome;
	const { completeHere } = await import('./signin.svelte');
	return completeHere(url);
}
