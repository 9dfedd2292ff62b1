const UPDATE_WAIT_MS = 10_000;

/** Resolves when the worker is active or gone, or after `ms`, whichever is first. */
function settled(worker: ServiceWorker, ms: number): Promise<void> {
	return new Promise((done) => {
		const timer = setTimeout(finish, ms);
		function finish() {
			clearTimeout(timer);
			worker.removeEventListener('statechange', changed);
			done();
		}
		function changed() {
			if (worker.state === 'activated' || worker.state === 'redundant') finish();
		}
		worker.addEventListener('statechange', changed);
		changed();
	});
}

/** "Reload to update": fetch the new version's worker (so that it is what works offline), then reload. */
class Updater {
	#busy = $state(false);

	get busy(): boolean {
		return this.#busy;
	}

	async apply(): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		try {
			const registration = await navigator.serviceWorker?.getRegistration();
			if (registration) {
				await Promise.race([
					registration.update().catch(() => undefined),
					new Promise((done) => setTimeout(done, UPDATE_WAIT_MS))
				]);
				const incoming = registration.installing ?? registration.waiting;
				if (incoming) await settled(incoming, UPDATE_WAIT_MS);
			}
		} finally {
			// Stored data is untouched by a reload; a schema upgrade in the new version is coordinated
			// with other open tabs by the database itself (see `database()`).
			location.reload();
		}
	}
}

export const updater = new Updater();
