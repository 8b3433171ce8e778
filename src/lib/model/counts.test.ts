import { describe, expect, it } from 'vitest';
import { countBy } from './counts.ts';

describe('countBy', () => {
	it.each([
		['nothing', [], []],
		['one key', ['a'], [['a', 1]]],
		['repeats, in order of first appearance', ['b', 'a', 'b', 'c', 'b'], [['b', 3], ['a', 1], ['c', 1]]]
	])('%s', (_name, keys, expected) => {
		expect([...countBy(keys)]).toEqual(expected);
	});
});
