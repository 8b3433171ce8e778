import { describe, expect, it } from 'vitest';
import { plotCommand, type KeyPress, type PlotCommand } from './plot-keys.ts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });

describe('plotCommand', () => {
	it.each<[string, KeyPress, PlotCommand | null]>([
		['→ steps to the next event', press('ArrowRight'), { kind: 'step', by: 1 }],
		['↓ too', press('ArrowDown'), { kind: 'step', by: 1 }],
		['← steps to the previous event', press('ArrowLeft'), { kind: 'step', by: -1 }],
		['↑ too', press('ArrowUp'), { kind: 'step', by: -1 }],
		['Shift + → pans a quarter of the view later', press('ArrowRight', { shiftKey: true }), { kind: 'pan', by: 0.25 }],
		['Shift + ← pans earlier', press('ArrowLeft', { shiftKey: true }), { kind: 'pan', by: -0.25 }],
		['Home goes to the first event', press('Home'), { kind: 'first' }],
		['End to the last', press('End'), { kind: 'last' }],
		['Enter selects', press('Enter'), { kind: 'select' }],
		['Space selects', press(' '), { kind: 'select' }],
		['+ zooms in', press('+'), { kind: 'zoom', by: 2 }],
		['= (+ without Shift) zooms in', press('='), { kind: 'zoom', by: 2 }],
		['− zooms out', press('-'), { kind: 'zoom', by: 0.5 }],
		['_ (− with Shift) zooms out', press('_', { shiftKey: true }), { kind: 'zoom', by: 0.5 }],
		['0 fits everything', press('0'), { kind: 'fit' }],
		['Tab is left to the browser', press('Tab'), null],
		['a letter is left to the browser', press('a'), null],
		['Ctrl + → is the browser’s', press('ArrowRight', { ctrlKey: true }), null],
		['⌘ + 0 (reset the page zoom) is the browser’s', press('0', { metaKey: true }), null],
		['Alt + ← (back) is the browser’s', press('ArrowLeft', { altKey: true }), null]
	])('%s', (_name, key, command) => {
		expect(plotCommand(key)).toStrictEqual(command);
	});
});
