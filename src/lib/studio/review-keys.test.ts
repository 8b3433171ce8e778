import { describe, expect, it } from 'vitest';
import { historyKey, reviewKey } from './review-keys.ts';

const press = (key: string, mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('reviewKey', () => {
	it.each([
		['ArrowDown', 'next'],
		['j', 'next'],
		['ArrowUp', 'previous'],
		['k', 'previous'],
		['Home', 'first'],
		['End', 'last'],
		['a', 'accept'],
		['A', 'accept'],
		['r', 'reject'],
		['R', 'reject'],
		['Enter', 'edit'],
		['e', 'edit'],
		['x', null],
		['Tab', null],
		[' ', null],
		['constructor', null]
	])('%j is %j', (key, command) => {
		expect(reviewKey(press(key))).toBe(command);
	});

	it.each(['ctrlKey', 'metaKey', 'altKey'] as const)('leaves keys with %s to the browser', (mod) => {
		expect(reviewKey(press('a', { [mod]: true }))).toBeNull();
	});
});

describe('historyKey', () => {
	it.each<[string, Parameters<typeof press>[1], 'undo' | 'redo' | null]>([
		['z', { ctrlKey: true }, 'undo'],
		['z', { metaKey: true }, 'undo'],
		['Z', { ctrlKey: true, shiftKey: true }, 'redo'],
		['z', { metaKey: true, shiftKey: true }, 'redo'],
		['y', { ctrlKey: true }, 'redo'],
		['z', {}, null],
		['z', { ctrlKey: true, altKey: true }, null],
		['y', { ctrlKey: true, shiftKey: true }, null],
		['x', { ctrlKey: true }, null]
	])('%j with %j is %j', (key, mods, command) => {
		expect(historyKey(press(key, mods))).toBe(command);
	});
});
