import { describe, expect, it } from 'vitest';
import { filterBox, linkFilter, toggled } from './filters.ts';

const set = (...keys: string[]) => new Set(keys);

describe('filters', () => {
	it.each<[string, string[], { shown: boolean; last: boolean }]>([
		['a', ['a', 'b'], { shown: true, last: false }],
		['a', ['a'], { shown: true, last: true }],
		['b', ['a'], { shown: false, last: false }],
		['a', [], { shown: false, last: false }]
	])('the box of %s with %j shown', (key, shown, box) => {
		expect(filterBox(key, set(...shown))).toStrictEqual({ key, ...box });
	});

	it.each<[string[], string, string[]]>([
		[['a', 'b'], 'b', ['a']], // unticked
		[['a'], 'b', ['a', 'b']], // ticked
		[['a'], 'a', ['a']] // the last one ticked stays
	])('%j toggling %s gives %j', (shown, key, expected) => {
		expect([...toggled(set(...shown), key)].sort()).toStrictEqual(expected);
	});

	it.each<[string[], string[] | undefined]>([
		[['c', 'a', 'b'], undefined], // everything: a link names no filter
		[['c', 'a'], ['a', 'c']], // in the timeline's order, not the set's
		[['b'], ['b']]
	])('%j shown of a, b, c is named in a link as %j', (shown, expected) => {
		expect(linkFilter(set(...shown), ['a', 'b', 'c'])).toStrictEqual(expected);
	});
});
