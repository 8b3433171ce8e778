import { describe, expect, it } from 'vitest';
import { previewQuote, splitsSurrogatePair, timesCount } from './quote-text.ts';

/** The code units at the edges of the surrogate ranges, and one on each side of them. */
const EDGES = [0x0041, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000];
const hex = (unit: number) => unit.toString(16).toUpperCase().padStart(4, '0');

describe('splitsSurrogatePair', () => {
	// Every pair of edge code units, valid pairs and lone surrogates alike: the index between them splits a
	// character exactly when the two make one astral code point, which codePointAt tells independently.
	const cases = EDGES.flatMap((before) => EDGES.map((after) => ({ before, after, name: `${hex(before)} ${hex(after)}` })));
	it.each(cases)('between $name', ({ before, after }) => {
		const text = String.fromCharCode(before, after);
		expect(splitsSurrogatePair(text, 1)).toBe(text.codePointAt(0)! > 0xffff);
	});

	it.each([
		{ name: 'before the first unit', text: '😀', index: 0, splits: false },
		{ name: 'inside an emoji', text: '😀', index: 1, splits: true },
		{ name: 'after the last unit', text: '😀', index: 2, splits: false },
		{ name: 'past the end', text: '😀', index: 5, splits: false },
		{ name: 'between two emoji', text: '😀😀', index: 2, splits: false },
		{ name: 'inside the second emoji', text: 'a😀', index: 2, splits: true }
	])('$name', ({ text, index, splits }) => {
		expect(splitsSurrogatePair(text, index)).toBe(splits);
	});
});

describe('previewQuote', () => {
	it.each([
		{ name: 'a quote of 60 units is whole', quote: 'x'.repeat(60), preview: 'x'.repeat(60) },
		{ name: 'one of 61 is cut to 59 and an ellipsis', quote: 'x'.repeat(61), preview: `${'x'.repeat(59)}…` },
		{ name: 'an emoji across the cut goes whole', quote: `${'x'.repeat(58)}😀xx`, preview: `${'x'.repeat(58)}…` },
		{ name: 'an emoji before the cut stays', quote: `${'x'.repeat(57)}😀xxx`, preview: `${'x'.repeat(57)}😀…` },
		{ name: 'an empty quote', quote: '', preview: '' }
	])('$name', ({ quote, preview }) => {
		expect(previewQuote(quote)).toBe(preview);
	});
});

describe('timesCount', () => {
	it.each([
		[0, '0 times'],
		[1, 'once'],
		[2, '2 times'],
		[10_000, '10000 times']
	])('%i → %s', (count, words) => {
		expect(timesCount(count)).toBe(words);
	});
});
