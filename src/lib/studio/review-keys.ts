/**
 * The studio's keys. In the list of items (which holds the focus): moving, accepting, rejecting, editing. On the
 * whole page, outside text fields (where the browser's own undo belongs): undo and redo.
 */
import type { KeyPress } from '../explorer/plot-keys.ts';

export type ListCommand = 'next' | 'previous' | 'first' | 'last' | 'accept' | 'reject' | 'edit';

const LIST_KEYS: Readonly<Record<string, ListCommand>> = {
	ArrowDown: 'next',
	j: 'next',
	ArrowUp: 'previous',
	k: 'previous',
	Home: 'first',
	End: 'last',
	a: 'accept',
	A: 'accept',
	r: 'reject',
	R: 'reject',
	Enter: 'edit',
	e: 'edit'
};

/** The list's command for a key, or null for one it leaves to the browser (any with Alt, Ctrl or ⌘). */
export function reviewKey({ key, altKey, ctrlKey, metaKey }: KeyPress): ListCommand | null {
	if (altKey || ctrlKey || metaKey) return null;
	return Object.hasOwn(LIST_KEYS, key) ? LIST_KEYS[key]! : null;
}

/** Undo (Ctrl/⌘+Z) or redo (Ctrl/⌘+Shift+Z, Ctrl+Y), or null. */
export function historyKey({ key, shiftKey, altKey, ctrlKey, metaKey }: KeyPress): 'undo' | 'redo' | null {
	if (altKey || !(ctrlKey || metaKey)) return null;
	const lower = key.toLowerCase();
	if (lower === 'z') return shiftKey ? 'redo' : 'undo';
	if (lower === 'y' && !shiftKey) return 'redo';
	return null;
}
