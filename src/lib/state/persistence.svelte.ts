import { persistenceStatus, requestPersistence, type Persistence } from '$lib/storage';

/** Whether the browser promised to keep our storage, and a way to ask again. */
export class PersistenceState {
	#status: Persistence | undefined = $state();

	constructor() {
		void persistenceStatus().then((s) => (this.#status = s));
	}

	get status(): Persistence | undefined {
		return this.#status;
	}

	async request(): Promise<void> {
		this.#status = await requestPersistence();
	}
}
