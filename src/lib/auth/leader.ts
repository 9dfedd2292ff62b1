import type { LockManagerLike } from './locks';

/**
 * Runs `lead` in exactly one tab at a time: the one holding a Web Lock. The others wait in the
 * lock's queue; when the leader's tab closes (or it stops), the next one takes over at once.
 * `lead` returns how to stop leading.
 * @returns a function that leaves the election (and stops leading, if leading)
 */
export function electLeader(locks: LockManagerLike, name: string, lead: () => () => void): () => void {
	const controller = new AbortController();
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	locks
		.request(name, { mode: 'exclusive', signal: controller.signal }, async () => {
			const stopLeading = lead();
			try {
				await held;
			} finally {
				stopLeading();
			}
		})
		.catch((error: unknown) => {
			// Leaving before the lock was granted aborts the request: expected.
			if (!controller.signal.aborted) console.error('Leader election failed:', error);
		});
	return () => {
		controller.abort();
		release();
	};
}

export const REFRESH_LEADER_LOCK = 'oauth2-client:refresh-leader';
