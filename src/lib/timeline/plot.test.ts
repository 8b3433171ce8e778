import { describe, expect, it } from 'vitest';
import { DRAW_MARGIN, drawnSpan, estimateLabelWidth, extentSpan, fitTitle, plotScale, publishedLabelBox } from './plot.ts';
import type { MarkExtent } from './marks.ts';

const WIDTH = 1000;

describe('drawnSpan', () => {
	it.each([
		['inside the plot', { x0: 10, x1: 200 }, { x0: 10, x1: 200 }],
		['reaching past both edges', { x0: -4e6, x1: 9e6 }, { x0: -DRAW_MARGIN, x1: WIDTH + DRAW_MARGIN }],
		['reaching past the left edge', { x0: -500, x1: 300 }, { x0: -DRAW_MARGIN, x1: 300 }],
		['reaching past the right edge', { x0: 700, x1: 5000 }, { x0: 700, x1: WIDTH + DRAW_MARGIN }],
		['wholly left of the plot: collapses at the edge', { x0: -900, x1: -800 }, { x0: -DRAW_MARGIN, x1: -DRAW_MARGIN }],
		['wholly right of the plot', { x0: 3000, x1: 4000 }, { x0: WIDTH + DRAW_MARGIN, x1: WIDTH + DRAW_MARGIN }],
		['a point', { x0: 400, x1: 400 }, { x0: 400, x1: 400 }]
	])('%s', (_name, span, expected) => {
		expect(drawnSpan(span, WIDTH)).toEqual(expected);
	});
});

describe('extentSpan', () => {
	// Ten days across 1,000 px, in a full window of days 0 to 1,000.
	const scale = plotScale({ start: 100, end: 110 }, WIDTH, { start: 0, end: 1000 });
	const extent = (shape: MarkExtent['shape'], start: number | null, end: number | null): MarkExtent => ({
		shape,
		start,
		end,
		approximate: false,
		uncertain: false
	});

	it.each([
		['a day, at its middle', extent('point', 102, 103), { x0: 250, x1: 250 }],
		['days, from the first day’s start to the last day’s end', extent('bar', 102, 104), { x0: 200, x1: 400 }],
		['an open end, to the end of the full window', extent('band', 105, null), { x0: 500, x1: 90_000 }],
		['an open start, from the start of the full window', extent('band', null, 101), { x0: -10_000, x1: 100 }]
	])('%s', (_name, mark, expected) => {
		expect(extentSpan(mark, scale)).toEqual(expected);
	});
});

describe('fitTitle: a title cut to the room it has, by the same width estimate as the layout', () => {
	it.each([
		['fits whole', 'Russia invades Ukraine', 152, 'Russia invades Ukraine'],
		['one pixel short: cut at the last word, with an ellipsis', 'Russia invades Ukraine', 151, 'Russia invades…'],
		['no word ends late enough: cut inside the word', 'Supercalifragilistic word', 80, 'Supercalif…'],
		['punctuation before the cut is dropped', 'Peace talks, then war', 100, 'Peace talks…'],
		['never empty: one letter and the ellipsis', 'Xi', 5, 'X…']
	])('%s', (_name, title, width, expected) => {
		expect(fitTitle(title, width)).toBe(expected);
	});

	it('is never wider than the room, for any title and room of two letters or more', () => {
		const words = ['Xi', 'visits', 'Moscow', 'after', 'the', 'parliament’s', 'annual', 'sessions,', 'as', 'expected'];
		for (let n = 1; n <= words.length; n++) {
			const title = words.slice(0, n).join(' ');
			for (let width = 18; width <= 400; width += 7) expect(estimateLabelWidth(fitTitle(title, width))).toBeLessThanOrEqual(width);
		}
	});
});

describe('publishedLabelBox: the "As of" label beside the publication line', () => {
	it('is to the left of the line where it fits there', () => {
		expect(publishedLabelBox(500, 'As of 4 February 2023')).toStrictEqual({ x0: 350, x1: 496, anchor: 'end' });
	});
	it('is to the right of the line near the left edge', () => {
		expect(publishedLabelBox(100, 'As of 4 February 2023')).toStrictEqual({ x0: 104, x1: 250, anchor: 'start' });
	});
});
