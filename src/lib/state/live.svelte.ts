import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';

/**
 * A Dexie `liveQuery` as a reactive value: it queries while something on screen reads it, and
 * updates whenever the tables it read change, in this tab or another.
 */
export class Live<T> {
	#value: T;
	#loaded = false;
	#error: unknown = undefined;
	readonly #subscribe: () => void;

	constructor(query: () => Promise<T>, initial: T) {
		this.#value = initial;
		this.#subscribe = createSubscriber((update) => {
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.#value = value;
					this.#loaded = true;
					this.#error = undefined;
					update();
				},
				error: (error: unknown) => {
					this.#error = error;
					this.#loaded = true;
					update();
				}
			});
			return () => subscription.unsubscribe();
		});
	}

	get current(): T {
		this.#subscribe();
		return this.#value;
	}

	/** False until the first answer arrived: show nothing rather than a false "empty". */
	get loaded(): boolean {
		this.#subscribe();
		return this.#loaded;
	}

	get error(): unknown {
		this.#subscribe();
		return this.#error;
	}
}
