import { describe, expect, it } from 'vitest';
import {
	DRAW_MARGIN,
	PLOT,
	drawnSpan,
	estimateLabelWidth,
	extentSpan,
	fitTitle,
	laneBands,
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
		['all of it, not just its last mark', 'Talks... then war', 66, 'Talks…'],
		// 76 px hold 10 letters, "Treaty sig"; its last word ends after 6 of them, at 60 %: late enough.
		['a word that ends at 60 % of the letters is kept whole', 'Treaty signatures', 80, 'Treaty…'],
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
	it('is to the left where it just fits, from the plot’s edge', () => {
		expect(publishedLabelBox(150, 'As of 4 February 2023')).toStrictEqual({ x0: 0, x1: 146, anchor: 'end' });
	});
	it('is to the right one pixel short of that', () => {
		expect(publishedLabelBox(149, 'As of 4 February 2023')).toStrictEqual({ x0: 153, x1: 299, anchor: 'start' });
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

describe('layoutPlot: what the plot writes in a lane’s first row is kept free of titles', () => {
	// 100 days over 1,000 px: day d starts at x = 10·d, and an exact day is drawn at its middle, 10·d + 5.
	const scale = plotScale({ start: 0, end: 100 }, WIDTH, { start: -50, end: 150 });
	const day = (id: string, d: number, lane = 'a'): PlotEvent => ({
		id,
		key: `${lane}/${id}`,
		title: 'x',
		lane,
		mark: { shape: 'point', start: d, end: d + 1, approximate: false, uncertain: false, id, anticipated: false, order: 0 },
		priority: 1
	});
	/** Rows of the events by id, laid out in lanes a and b with a lane `label` and the "As of" line on `published`. */
	const rowsOf = (events: PlotEvent[], published: number, label = '') => {
		const layout = layoutPlot(events, ['a', 'b'], scale, { laneLabel: () => label, published: { day: published, label: '1 March' } });
		return Object.fromEntries(layout.placed.map((placed) => [events[placed.index]!.id, placed.row]));
	};
	// A title "x" is 11 px wide; each test has a second event far off, so that the lane has two rows.
	const far = day('far', 90);

	it('the lane’s name: "POLITICS" at 11 px, spaced out, takes 0–70 px; a title at 65 px goes to the second row', () => {
		expect(rowsOf([day('near', 6), far], 1000, 'Politics')).toStrictEqual({ near: 1, far: 0 });
		expect(rowsOf([day('near', 8), far], 1000, 'Politics')).toStrictEqual({ near: 0, far: 0 });
	});

	// "As of 1 March" at 12 px is 92 px wide: written from 404 to 496 px, left of the line at day 50 (500 px).
	it.each([
		['a title under the "As of" label', 45, 1],
		['a title on the publication day, beside the line', 50, 1],
		['a title clear of the line', 52, 0]
	])('the "As of" line, in view: %s', (_name, d, row) => {
		expect(rowsOf([day('near', d), far], 50)).toStrictEqual({ near: row, far: 0 });
	});

	it('only in the first lane', () => {
		expect(rowsOf([day('near', 45, 'b'), day('far', 90, 'b')], 50)).toStrictEqual({ near: 0, far: 0 });
	});

	it.each([
		['on the plot’s left edge: kept free', 0, 2, 1],
		['just left of the plot: nothing kept free', -3, 2, 0],
		['on the plot’s right edge: kept free', 100, 95, 1],
		['just right of the plot: nothing kept free', 103, 95, 0]
	])('the "As of" line %s', (_name, published, d, row) => {
		const other = day('far', d > 50 ? 10 : 90);
		expect(rowsOf([day('near', d), other], published)).toStrictEqual({ near: row, far: 0 });
	});

	it('lays out no lanes without error, the "As of" line in view', () => {
		expect(layoutPlot([], [], scale, { laneLabel: () => '', published: { day: 50, label: '1 March' } }).lanes).toStrictEqual([]);
	});

	it('gives an event the extent of both its dates, the recorded one before or after the article’s', () => {
		const bar = (start: number, end: number): MarkExtent => ({ shape: 'bar', start, end, approximate: false, uncertain: false });
		const slipped = (recorded: MarkExtent, own: MarkExtent): PlotEvent => ({ ...day('slip', 0), mark: { ...own, recorded, id: 'slip', anticipated: false, order: 0 } });
		const extentOf = (event: PlotEvent) => {
			const [placed] = layoutPlot([event], ['a'], scale, { laneLabel: () => '', published: { day: 1000, label: '' } }).placed;
			return [placed!.start, placed!.end];
		};
		expect(extentOf(slipped(bar(10, 40), bar(60, 62)))).toStrictEqual([100, 620]);
		expect(extentOf(slipped(bar(60, 62), bar(10, 40)))).toStrictEqual([100, 620]);
	});
});

describe('laneBands: each lane as tall as the rows its events can ever need, up to maxRows', () => {
	it.each([
		['one row used of five events: three rows', 1, 5, 3],
		['one row used of two events: two rows', 1, 2, 2],
		['no events: one row', 1, 0, 1]
	])('%s', (_name, used, size, rows) => {
		const { bands, height } = laneBands([{ key: 'a', rows: used, size }]);
		expect(bands).toStrictEqual([{ key: 'a', y: PLOT.axisHeight, height: rows * PLOT.rowHeight + PLOT.lanePadding, rows }]);
		expect(height).toBe(PLOT.axisHeight + rows * PLOT.rowHeight + PLOT.lanePadding);
	});
});
