import type { Area } from '$lib/messages/areas';

/** The catalog areas each page's words are in (beyond `common`, which every page uses). */
const AREAS: Readonly<Record<string, readonly Area[]>> = {
	'/': ['home'],
	'/accounts': ['accounts', 'status', 'forms', 'email'],
	'/connections': ['connections', 'providers', 'forms'],
	'/settings': ['settings', 'forms'],
	'/callback/[[connection]]': ['callback'],
	'/allow-portal': ['allow']
};

export function areasOf(routeId: string | null): Area[] {
	return [...(AREAS[routeId ?? ''] ?? [])];
}
