import type { MicrosoftCloud } from '$lib/config';
import { MICROSOFT_CLOUD_INFO, type Advice, type ProjectHelpCode } from '$lib/providers';
import { t } from './i18n.svelte';

/** One sentence of a provider's advice for registering the app. */
export function adviceText(advice: Advice): string {
	return t('providers', advice.code, advice.params);
}

/** What a provider's project field is for (its hint). */
export function projectHelpText(code: ProjectHelpCode): string {
	return t('providers', code);
}

/** A Microsoft cloud's name, with its sign-in host: "Global (login.microsoftonline.com)". */
export function cloudLabel(cloud: MicrosoftCloud): string {
	return t('providers', cloud, { login: MICROSOFT_CLOUD_INFO[cloud].login });
}
