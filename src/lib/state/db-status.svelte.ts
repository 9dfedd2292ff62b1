/** What the layout must tell about the database: it is being replaced, or cannot be opened. */
class DatabaseStatus {
	#problem: string | undefined = $state();
	#reloading = $state(false);

	get problem(): string | undefined {
		return this.#problem;
	}

	get reloading(): boolean {
		return this.#reloading;
	}

	failed(message: string): void {
		this.#problem = message;
	}

	reload(): void {
		this.#reloading = true;
	}
}

export const databaseStatus = new DatabaseStatus();
