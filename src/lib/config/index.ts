export * from './ids';
export * from './result';
export * from './url';
export * from './text';
export * from './connection';
export * from './account';

/** Case-insensitive, whitespace-normalised key used to keep names unique. */
export function nameKey(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
export * from './grant';
