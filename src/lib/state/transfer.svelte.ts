import { MAX_FILE_BYTES, parseConfigurationFile, type ConfigurationFile } from '$lib/config';
import { need, t } from '$lib/messages/i18n.svelte';
import { fieldWords, problemWords } from '$lib/messages/words.svelte';
import { buildExport, type ImportPreview } from '$lib/storage';
import { appContext } from './app';
import { storage } from './storage';

export type ImportStep =
	| { readonly kind: 'idle' }
	| { readonly kind: 'reading'; readonly name: string }
	| { readonly kind: 'refused'; readonly name: string; readonly problems: readonly string[] }
	| {
			readonly kind: 'preview';
			readonly name: string;
			readonly file: ConfigurationFile;
			readonly preview: ImportPreview;
			readonly problems: readonly string[];
			/** The replaced connections whose stored client secret is not kept, in words. */
			readonly droppedSecrets: readonly string[];
			/** Set when the configuration changed while the preview was open: this is the new one. */
			readonly changed?: boolean;
	  }
	| { readonly kind: 'importing'; readonly name: string; readonly progress: string }
	| {
			/** The write did not happen; tokens may have been revoked on the way (`signedOutAtProvider`). */
			readonly kind: 'failed';
			readonly name: string;
			/** Why, in a sentence; `problems` lists clashes with their paths, if that was why. */
			readonly reason: string;
			readonly problems: readonly string[];
			/** Emails of replaced accounts whose tokens were revoked at the provider before the write failed. */
			readonly signedOutAtProvider: readonly string[];
	  }
	| {
			readonly kind: 'done';
			readonly name: string;
			readonly connections: number;
			readonly accounts: number;
			readonly revocationFailures: readonly string[];
	  };

/** Export to a file, and import from one: validate all, preview, then write in one go. */
export class TransferState {
	#step: ImportStep = $state({ kind: 'idle' });

	get step(): ImportStep {
		return this.#step;
	}

	reset(): void {
		this.#step = { kind: 'idle' };
	}

	/** Builds the export and hands it to the browser as a download. Returns the file name. */
	async exportFile(options: {
		connectionIds?: readonly string[];
		includeSecrets: boolean;
	}): Promise<{ name: string; connections: number; accounts: number }> {
		const file = await buildExport(storage(), options);
		const name = `oauth2-client-configuration-${file.exportedAt.slice(0, 10)}.json`;
		const blob = new Blob([`${JSON.stringify(file, null, '\t')}\n`], { type: 'application/json' });
		const url = URL.createObjectURL(blob);
		const link = document.createElement('a');
		link.href = url;
		link.download = name;
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
		return { name, connections: file.connections.length, accounts: file.accounts.length };
	}

	/** Reads and checks a file, and previews what importing it would do. Writes nothing. */
	async read(file: File): Promise<void> {
		await need('settings');
		const name = file.name || t('settings', 'unnamed-file');
		if (file.size > MAX_FILE_BYTES) {
			const { fieldText } = await fieldWords();
			this.#step = {
				kind: 'refused',
				name,
				problems: [
					fieldText({
						code: 'file-too-large',
						params: { size: Math.round(file.size / 1024), max: MAX_FILE_BYTES / 1024 }
					})
				]
			};
			return;
		}
		this.#step = { kind: 'reading', name };
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.#step = { kind: 'refused', name, problems: [t('settings', 'file-unreadable')] };
			return;
		}
		const parsed = parseConfigurationFile(text);
		if (!parsed.ok) {
			const { describeProblems } = await fieldWords();
			this.#step = { kind: 'refused', name, problems: describeProblems(parsed.error) };
			return;
		}
		const { previewFile } = await import('$lib/app/grants');
		const preview = await previewFile(appContext(), parsed.value);
		this.#step = { kind: 'preview', name, file: parsed.value, preview, ...(await previewWords(preview)) };
	}

	/**
	 * Imports the previewed file. Accounts it replaces that are signed in are signed out first
	 * (their tokens revoked at the provider where it can be); all writes are one transaction, which
	 * also lists the imported accounts for signing in.
	 */
	async confirm(): Promise<void> {
		const step = this.#step;
		if (step.kind !== 'preview' || step.problems.length > 0) return;
		const { name, file } = step;
		const [{ importFile }] = await Promise.all([import('$lib/app/grants'), need('settings')]);
		const done = await importFile(appContext(), file, step.preview, name, (at) => {
			const progress =
				at.kind === 'checking'
					? t('settings', 'progress-checking')
					: at.kind === 'writing'
						? t('settings', 'progress-writing')
						: at.progress.current
							? t('settings', 'progress-signing-out', {
									account: at.progress.current,
									number: at.progress.done + 1,
									total: at.progress.total
								})
							: undefined;
			if (progress) this.#step = { kind: 'importing', name, progress };
		});
		const [{ failureText, problemText }, { describeProblems }] = await Promise.all([
			problemWords(),
			fieldWords(),
			// The summary names the accounts' status ("Not signed in").
			need('status')
		]);
		switch (done.kind) {
			case 'done':
				this.#step = {
					kind: 'done',
					name,
					connections: file.connections.length,
					accounts: file.accounts.length,
					revocationFailures: done.revocationFailures.map(failureText)
				};
				return;
			case 'changed':
				this.#step = {
					kind: 'preview',
					name,
					file,
					preview: done.preview,
					...(await previewWords(done.preview)),
					changed: true
				};
				return;
			case 'failed':
				this.#step = {
					kind: 'failed',
					name,
					reason: problemText(done.reason),
					problems: describeProblems(done.problems),
					signedOutAtProvider: done.signedOutAtProvider
				};
		}
	}
}

/** What a preview says in words: its problems, and the client secrets it does not keep. */
async function previewWords(preview: ImportPreview): Promise<{ problems: string[]; droppedSecrets: string[] }> {
	const { describeProblems, storageText } = await fieldWords();
	return { problems: describeProblems(preview.problems), droppedSecrets: preview.droppedSecrets.map(storageText) };
}
