import { describe, expect, it } from 'vitest';
import { quoted } from './quoted.ts';

describe('quoted', () => {
	it.each<[string, number, string]>([
		['dark', 40, '"dark"'],
		['a'.repeat(40), 40, `"${'a'.repeat(40)}"`], // at the limit: whole
		['a'.repeat(41), 40, `"${'a'.repeat(40)}…"`], // past it: cut, and said so
		['say "hi"\n<b>', 60, '"say \\"hi\\"\\n<b>"'] // escaped as JSON; markup stays text
	])('%j at %i', (value, max, expected) => {
		expect(quoted(value, max)).toBe(expected);
	});
});
