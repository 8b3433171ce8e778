import { describe, expect, it } from 'vitest';
import { DRAW_MARGIN, drawnSpan, markGeometry, type PlotEvent } from './plot.ts';
import type { PlacedMark } from './layout.ts';
import type { MarkExtent } from './marks.ts';
import { dayScale } from './time-window.ts';

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

describe('markGeometry at a deep zoom', () => {
	const extent = (shape: MarkExtent['shape'], start: number | null, end: number | null): MarkExtent => ({
		shape,
		start,
		end,
		approximate: false,
		uncertain: false
	});
	// Ten days across 1,000 px: a year-long band is 36,500 px wide.
	const scale = dayScale({ start: 100, end: 110 }, WIDTH);
	const full = { start: 0, end: 1000 };
	const placed = (x0: number, x1: number): PlacedMark => ({ id: 'e', lane: 'l', row: 0, x0, x1, label: false, labelSide: 'start' });
	const event = (mark: PlotEvent['mark']): PlotEvent => ({ id: 'e', title: 'An event', lane: 'l', mark });

	it('draws a year-long band and its recorded date only over the plot and its margin', () => {
		const mark = { ...extent('band', 0, 365), id: 'e', anticipated: false, order: 0, recorded: extent('bar', 300, 310) };
		const geometry = markGeometry(placed(scale.x(0), scale.x(365)), event(mark), scale, full, WIDTH);
		expect(geometry.own).toEqual({ x0: -DRAW_MARGIN, x1: WIDTH + DRAW_MARGIN });
		// The recorded bar is far to the right: it collapses at the right edge, where the link line leads.
		expect(geometry.recorded).toEqual({ x0: WIDTH + DRAW_MARGIN, x1: WIDTH + DRAW_MARGIN });
		expect(geometry.hit.x0).toBeGreaterThanOrEqual(-DRAW_MARGIN - 10);
		expect(geometry.hit.x1).toBeLessThanOrEqual(WIDTH + DRAW_MARGIN + 10);
	});

	it('leaves a mark inside the view where the scale puts it', () => {
		const mark = { ...extent('bar', 102, 104), id: 'e', anticipated: false, order: 0 };
		const geometry = markGeometry(placed(200, 400), event(mark), scale, full, WIDTH);
		expect(geometry.own).toEqual({ x0: 200, x1: 400 });
		expect(geometry.recorded).toBeUndefined();
		expect(geometry.hit).toEqual({ x0: 190, x1: 410 });
	});

	it('runs an open end to the edge of the full window, then cuts it', () => {
		const mark = { ...extent('band', 105, null), id: 'e', anticipated: false, order: 0 };
		const geometry = markGeometry(placed(500, scale.x(full.end)), event(mark), scale, full, WIDTH);
		expect(geometry.own).toEqual({ x0: 500, x1: WIDTH + DRAW_MARGIN });
	});
});
