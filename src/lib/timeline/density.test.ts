import { describe, expect, it } from 'vitest';
import { densityBins } from './density.ts';
import type { MarkExtent } from './marks.ts';

const mark = (start: number | null, end: number | null): MarkExtent => ({ shape: 'band', start, end, approximate: false, uncertain: false });
const full = { start: 0, end: 100 };

describe('densityBins', () => {
	it.each<[string, MarkExtent[], number, number[]]>([
		['empty', [], 4, [0, 0, 0, 0]],
		['one day in the first quarter', [mark(10, 11)], 4, [1, 0, 0, 0]],
		['a long band counts once, at its middle', [mark(0, 100)], 4, [0, 0, 1, 0]],
		['open end counts at its start', [mark(80, null)], 4, [0, 0, 0, 1]],
		['open start counts at its end', [mark(null, 20)], 4, [1, 0, 0, 0]],
		['open start counts at its end, not halfway to it', [mark(null, 60)], 4, [0, 0, 1, 0]],
		['neither end known: not counted', [mark(null, null)], 4, [0, 0, 0, 0]],
		['outside the window is clamped to the edge', [mark(-50, -40), mark(150, 160)], 2, [1, 1]],
		['several', [mark(1, 2), mark(2, 3), mark(60, 61)], 2, [2, 1]]
	])('%s', (_name, marks, binCount, expected) => {
		expect(densityBins(marks, full, binCount)).toEqual(expected);
	});

	it('measures from the window’s start, over its length, for a window that does not start at day 0', () => {
		// Days 1,000–1,100 in four bins of 25 days: day 1,010 is in the first, day 1,080 in the last.
		expect(densityBins([mark(1010, 1011), mark(1080, 1081)], { start: 1000, end: 1100 }, 4)).toStrictEqual([1, 0, 0, 1]);
	});

	it('counts nothing in a window of no length', () => {
		expect(densityBins([mark(50, 50), mark(60, 61)], { start: 50, end: 50 }, 2)).toStrictEqual([0, 0]);
	});

	it('has no bins to count in when asked for none', () => {
		const bins = densityBins([mark(10, 11)], full, 0);
		expect(bins).toStrictEqual([]);
		expect(Object.keys(bins)).toStrictEqual([]);
	});
});
