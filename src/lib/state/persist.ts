import { requestPersistence } from '$lib/storage';
import { storage } from './storage';

/**
 * The first time something is saved, ask the browser to keep our storage. Asking on page load
 * would make Firefox prompt before the person has done anything.
 */
export async function askToPersistOnce(): Promise<void> {
	const settings = storage().settings;
	if (await settings.get('persistenceRequested')) return;
	await settings.set('persistenceRequested', true);
	await requestPersistence();
}
