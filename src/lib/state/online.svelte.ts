import { createSubscriber } from 'svelte/reactivity';

/** The browser's online flag as a reactive value. */
class Online {
	readonly #subscribe = createSubscriber((update) => {
		window.addEventListener('online', update);
		window.addEventListener('offline', update);
		return () => {
			window.removeEventListener('online', update);
			window.removeEventListener('offline', update);
		};
	});

	get current(): boolean {
		this.#subscribe();
		return navigator.onLine !== false;
	}
}

export const online = new Online();
