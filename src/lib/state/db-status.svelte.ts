/** What the layout must tell about the database: it is being replaced, or cannot be opened. */
/** Why the database cannot be used: a newer version upgraded it, no IndexedDB, or another error (its words). */
export type DatabaseProblem =
	| { readonly code: 'database-newer' }
	| { readonly code: 'database-missing' }
	| { readonly code: 'database-failed'; readonly detail: string };

class DatabaseStatus {
	#problem: DatabaseProblem | undefined = $state();
	#reloading = $state(false);

	get problem(): DatabaseProblem | undefined {
		return this.#problem;
	}

	get reloading(): boolean {
		return this.#reloading;
	}

	failed(problem: DatabaseProblem): void {
		this.#problem = problem;
	}

	reload(): void {
		this.#reloading = true;
	}
}

export const databaseStatus = new DatabaseStatus();
