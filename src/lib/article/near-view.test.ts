import { describe, expect, it } from 'vitest';
import { blocksNear } from './near-view.ts';

// Paragraphs 100 px tall with 20 px between them: paragraph i spans [120 i, 120 i + 100).
const top = (i: number) => i * 120;
const bottom = (i: number) => i * 120 + 100;

describe('blocksNear', () => {
	it.each([
		['the start of the article', 10, 0, 250, { first: 0, last: 2 }],
		['a window inside one paragraph', 10, 130, 150, { first: 1, last: 1 }],
		['a window in the gap between two', 10, 101, 119, { first: 1, last: 0 }],
		['edges that only touch are not near', 10, 100, 120, { first: 1, last: 0 }],
		['the middle', 20, 1000, 1500, { first: 8, last: 12 }],
		['past the end', 10, 5000, 6000, { first: 10, last: 9 }],
		['above the start', 10, -500, -1, { first: 0, last: -1 }],
		['everything', 10, -1, 1e6, { first: 0, last: 9 }]
	])('%s', (_name, count, from, to, expected) => {
		expect(blocksNear(count, top, bottom, from, to)).toEqual(expected);
	});

	it('finds nothing in an empty article', () => {
		expect(blocksNear(0, top, bottom, 0, 100)).toEqual({ first: 0, last: -1 });
	});

	it('reads a logarithmic number of positions', () => {
		let reads = 0;
		const counted = (f: (i: number) => number) => (i: number) => (reads++, f(i));
		expect(blocksNear(100_000, counted(top), counted(bottom), 600_000, 601_000)).toEqual({ first: 5000, last: 5008 });
		expect(reads).toBeLessThanOrEqual(2 * 17);
	});
});
