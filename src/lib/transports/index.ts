/**
 * Mail transports: what uses an access token to talk mail. Each kind is loaded only when used.
 * A transport gets its token through the app's one token function (a `TokenSource`), renews once
 * on a 401, and reports a missing scope by name.
 */
import { err, ok, type Result, type Servers, type TransportKind } from '$lib/config';
import type { MailTransport, TokenSource, TransportDeps, TransportError } from './types';

export type * from './types';

export interface TransportConfig {
	readonly kind: TransportKind;
	readonly token: TokenSource;
	readonly account: { readonly email: string; readonly name?: string };
	/** The account's servers, or its provider's defaults. */
	readonly servers?: Servers | undefined;
	/** Microsoft Graph's root on the account's cloud (default: the global one). */
	readonly graphRoot?: string;
	readonly deps?: TransportDeps;
}

/** Creates the transport of a kind, checking its configuration first. */
export async function createTransport(config: TransportConfig): Promise<Result<MailTransport, TransportError>> {
	switch (config.kind) {
		case 'jmap': {
			const sessionUrl = config.servers?.jmap?.sessionUrl;
			if (!sessionUrl) return err({ code: 'configuration', reason: 'jmap-session-url-missing' });
			const { JmapTransport } = await import('./jmap/transport');
			return ok(new JmapTransport(sessionUrl, config.token, config.deps));
		}
		case 'gmail': {
			const { GmailTransport } = await import('./gmail/transport');
			return ok(new GmailTransport(config.token, config.deps));
		}
		case 'graph': {
			const { GraphTransport } = await import('./graph/transport');
			return ok(new GraphTransport(config.token, config.deps, config.graphRoot));
		}
		case 'host': {
			const { HostTransport } = await import('./host/transport');
			return ok(new HostTransport(config.token, config.account));
		}
	}
}
