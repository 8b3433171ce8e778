import { describe, expect, it } from 'vitest';
import {
	DRAW_MARGIN,
	drawnSpan,
	estimateLabelWidth,
	extentSpan,
	fitTitle,
	layoutPlot,
	plotIndex,
	plotScale,
	publishedLabelBox,
	type PlotEvent,
	type PlotIndex,
	type PlotNotes
} from './plot.ts';
import type { MarkExtent, TimelineMark } from './marks.ts';
import { seededRandom } from './random.ts';

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

describe('layoutPlot: only the events near the view are laid out', () => {
	const full = { start: -400, end: 4400 };
	const random = seededRandom(42);
	const lanes = ['a', 'b', 'c'];
	const extentOf = (start: number): MarkExtent => {
		const kind = random();
		const shape = kind < 0.6 ? 'point' : kind < 0.85 ? 'bar' : 'band';
		const length = shape === 'point' ? 1 : shape === 'bar' ? 1 + Math.floor(random() * 20) : 30 + Math.floor(random() * 700);
		// A few bands are open: they run to the edge of the full window.
		const open = shape === 'band' && random() < 0.15;
		return { shape, start: open && random() < 0.5 ? null : start, end: open ? null : start + length, approximate: false, uncertain: false };
	};
	const events: PlotEvent[] = Array.from({ length: 3000 }, (_, i) => {
		const own = extentOf(Math.floor(random() * 4000));
		// Some record another date, up to a year away: the item spans both.
		const recorded = random() < 0.1 ? extentOf((own.start ?? 0) + Math.floor((random() - 0.5) * 730)) : undefined;
		const id = `e${i}`;
		const lane = lanes[Math.floor(random() * lanes.length)]!;
		const mark: TimelineMark = { ...own, id, recorded, anticipated: false, order: i };
		return { id, key: `${lane}/${id}`, title: `Event ${i} ${'x'.repeat(Math.floor(random() * 40))}`, lane, mark, priority: 1 + Math.floor(random() ** 3 * 3) };
	});
	const notes: PlotNotes = { laneLabel: (lane) => `Lane ${lane}`, published: { day: 2000, label: '1 January 2005' } };
	const index = plotIndex(events, full);
	// The same index, but finding every event: the layout of the whole, swept as before windowing.
	const everything: PlotIndex = { ...index, near: { near: () => Int32Array.from(events.keys()) } };

	it.each([
		['the whole span', full],
		['a decade', { start: 1000, end: 4650 }],
		['a year in the middle', { start: 2000, end: 2365 }],
		['a month', { start: 3100, end: 3130 }],
		['a few days', { start: 1500, end: 1503 }],
		['the first days', { start: -400, end: -380 }],
		['the last weeks', { start: 4360, end: 4400 }]
	])('%s: the same layout as all the events give', (_name, window) => {
		const scale = plotScale(window, 1200, full);
		const whole = layoutPlot(events, lanes, scale, notes, everything);
		expect(whole.placed.length, 'marks on screen').toBeGreaterThan(0);
		expect(layoutPlot(events, lanes, scale, notes, index)).toStrictEqual(whole);
		expect(layoutPlot(events, lanes, scale, notes)).toStrictEqual(whole);
	});

	it('rejects an index built from other events', () => {
		expect(() => layoutPlot(events.slice(1), lanes, plotScale(full, 1200, full), notes, index)).toThrow(
			new RangeError('the plot index holds 3000 events, not the 2999 given')
		);
	});
});
