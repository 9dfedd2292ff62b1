/** The part of the Web Locks API we use; injected so tests can run without a browser. */
export interface LockManagerLike {
	request<T>(
		name: string,
		options: { mode?: 'exclusive' | 'shared'; ifAvailable?: boolean; signal?: AbortSignal },
		callback: (lock: unknown) => Promise<T>
	): Promise<T>;
}

export class InsecureContextError extends Error {
	override readonly name = 'InsecureContextError';
	readonly code = 'insecure-context';
	constructor() {
		super(
			'This page is not a secure context, so the browser offers no Web Locks or WebCrypto: open the app over https (or on 127.0.0.1 / localhost).'
		);
	}
}

/** The browser's lock manager; absent outside secure contexts (plain http other than loopback). */
export function browserLocks(): LockManagerLike {
	const locks =
		typeof navigator !== 'undefined' ? (navigator.locks as unknown as LockManagerLike | undefined) : undefined;
	if (!locks) throw new InsecureContextError();
	return locks;
}

/** One lock per grant, across every tab and window of the app. */
export function grantLockName(accountId: string): string {
	return `oauth2-client:grant:${accountId}`;
}
