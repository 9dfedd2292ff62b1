/** A file dropped anywhere in the app, waiting for the Settings page to preview it. */
let dropped: File | undefined = $state();

export function dropFile(file: File): void {
	dropped = file;
}

/** Reading it is reactive: the Settings page picks a dropped file up as soon as it arrives. */
export function droppedFileWaiting(): boolean {
	return dropped !== undefined;
}

export function takeDroppedFile(): File | undefined {
	const file = dropped;
	dropped = undefined;
	return file;
}
