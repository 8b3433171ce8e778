/** The timeline's keys, when one of its events has the focus: what each asks the plot to do. */

export type PlotCommand =
	/** Move the focus by `by` events in time order. */
	| { kind: 'step'; by: number }
	| { kind: 'first' }
	| { kind: 'last' }
	/** Select the focused event. */
	| { kind: 'select' }
	/** Pan by a fraction of the visible width (positive: later). */
	| { kind: 'pan'; by: number }
	/** Zoom by a factor (above 1: in). */
	| { kind: 'zoom'; by: number }
	| { kind: 'fit' };

export interface KeyPress {
	key: string;
	shiftKey: boolean;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
}

/** The command of a key press, or null for a key the timeline leaves to the browser (any with Alt, Ctrl or ⌘). */
export function plotCommand({ key, shiftKey, altKey, ctrlKey, metaKey }: KeyPress): PlotCommand | null {
	if (altKey || ctrlKey || metaKey) return null;
	switch (key) {
		case 'ArrowRight':
			return shiftKey ? { kind: 'pan', by: 0.25 } : { kind: 'step', by: 1 };
		case 'ArrowLeft':
			return shiftKey ? { kind: 'pan', by: -0.25 } : { kind: 'step', by: -1 };
		case 'ArrowDown':
			return { kind: 'step', by: 1 };
		case 'ArrowUp':
			return { kind: 'step', by: -1 };
		case 'Home':
			return { kind: 'first' };
		case 'End':
			return { kind: 'last' };
		case 'Enter':
		case ' ':
			return { kind: 'select' };
		case '+':
		case '=':
			return { kind: 'zoom', by: 2 };
		case '-':
		case '_':
			return { kind: 'zoom', by: 0.5 };
		case '0':
			return { kind: 'fit' };
		default:
			return null;
	}
}
