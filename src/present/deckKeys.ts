export type Command = 'next' | 'previous' | 'first' | 'last';

/**
 * The command a key press asks for, as presentation clickers and keyboards send them: arrows,
 * Space, Page Up/Page Down, Home/End. Left and right swap in right-to-left languages. Keys typed
 * with a modifier, and Space or Enter on a button or link, are left to the browser.
 */
export function commandFor(event: KeyboardEvent, rtl: boolean): Command | undefined {
	if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return undefined;
	const target = event.target instanceof Element ? event.target : null;
	if (target?.closest('input, select, textarea, [contenteditable]')) return undefined;
	const onControl = target?.closest('a, button, summary');
	switch (event.key) {
		case 'ArrowRight':
			return rtl ? 'previous' : 'next';
		case 'ArrowLeft':
			return rtl ? 'next' : 'previous';
		case 'ArrowDown':
		case 'PageDown':
			return 'next';
		case 'ArrowUp':
		case 'PageUp':
			return 'previous';
		case ' ':
			return onControl ? undefined : event.shiftKey ? 'previous' : 'next';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return undefined;
	}
}

/** The slide a command goes to, from slide `index` of `count` (the caller keeps it in range). */
export function slideFor(command: Command, index: number, count: number): number {
	return { next: index + 1, previous: index - 1, first: 0, last: count - 1 }[command];
}
