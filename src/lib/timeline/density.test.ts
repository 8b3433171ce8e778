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
		['outside the window is clamped to the edge', [mark(-50, -40), mark(150, 160)], 2, [1, 1]],
		['several', [mark(1, 2), mark(2, 3), mark(60, 61)], 2, [2, 1]]
	])('%s', (_name, marks, binCount, expected) => {
		expect(densityBins(marks, full, binCount)).toEqual(expected);
	});
});
