import { describe, expect, it } from 'vitest';
import { hitTest, plotFrame, tooltipAnchor, type PlotFocus } from './frame.ts';
import type { MarkExtent, TimelineMark } from './marks.ts';
import { DRAW_MARGIN, PLOT, layoutPlot, plotScale, type PlotEvent, type PlotNotes } from './plot.ts';

// 100 days over 1,000 px: day d starts at x = 10·d, and an exact day is drawn at its middle, 10·d + 5.
const WIDTH = 1000;
const SCALE = plotScale({ start: 0, end: 100 }, WIDTH, { start: -50, end: 150 });
const NONE: PlotFocus = { selectedId: null, focusId: null };
/** No lane names, and a publication day far outside the view: nothing reserved in the lanes' first rows. */
const NOTES: PlotNotes = { laneLabel: () => '', published: { day: 10_000, label: '' } };

/** The top of row `row` in the n-th lane, when every lane above holds one row. */
const rowTopIn = (lane: number, row = 0) => PLOT.axisHeight + lane * (PLOT.rowHeight + PLOT.lanePadding) + PLOT.lanePadding / 2 + row * PLOT.rowHeight;

function extent(shape: MarkExtent['shape'], start: number | null, end: number | null, uncertain = false): MarkExtent {
	return { shape, start, end, approximate: false, uncertain };
}

let order = 0;
function event(id: string, lane: string, own: MarkExtent, recorded?: MarkExtent, title = id): PlotEvent {
	const mark: TimelineMark = { ...own, id, recorded, anticipated: false, order: order++ };
	return { id, key: `${lane}/${id}`, title, lane, mark, priority: 1 };
}

const day = (id: string, d: number, lane = 'a', title = id) => event(id, lane, extent('point', d, d + 1), undefined, title);

function frameOf(events: PlotEvent[], focus = NONE, laneOrder = ['a', 'b']) {
	const layout = layoutPlot(events, laneOrder, SCALE, NOTES);
	return { layout, frame: plotFrame(events, layout, SCALE, focus) };
}

describe('plotFrame: marks', () => {
	it('draws each laid-out mark from its own event, in layout order, with the layout’s label box', () => {
		const events = [day('late', 80, 'b'), day('early', 10), day('middle', 40)];
		const { layout, frame } = frameOf(events);
		expect(frame.marks.map((mark) => mark.event)).toStrictEqual(layout.placed.map((placed) => events[placed.index]));
		expect(frame.marks.map((mark) => mark.event.id)).toStrictEqual(['early', 'middle', 'late']);
		expect(frame.marks.map(({ label }) => label && { x0: label.x0, x1: label.x1, anchor: label.anchor, truncated: label.truncated })).toStrictEqual(
			layout.placed.map((placed) => placed.label)
		);
		expect(frame.marks.map(({ label }) => label?.text)).toStrictEqual(['early', 'middle', 'late']);
	});

	it('places a day at the middle of its day, in its lane’s row, with the hit area around shape and title', () => {
		const { frame } = frameOf([day('a-day', 10, 'b', 'Twelve chars')]);
		const [mark] = frame.marks;
		const top = rowTopIn(1);
		expect(mark).toMatchObject({ top, y: top + PLOT.markOffset, baseline: top + PLOT.labelOffset, own: { x0: 105, x1: 105 }, pinned: false });
		expect(mark!.label).not.toBeNull();
		expect(mark!.hit).toStrictEqual({ x0: 95, x1: Math.max(115, mark!.label!.x1 + 10), y0: top + 2, y1: top + PLOT.rowHeight - 2 });
	});

	it('draws the recorded date beside the article’s, both in the hit area', () => {
		const { frame } = frameOf([event('slip', 'a', extent('band', 10, 40), extent('bar', 60, 62), 'x')]);
		const [mark] = frame.marks;
		expect(mark!.own).toStrictEqual({ x0: 100, x1: 400 });
		expect(mark!.recorded).toStrictEqual({ x0: 600, x1: 620 });
		expect([mark!.hit.x0, mark!.hit.x1]).toStrictEqual([90, 630]);
	});

	it('cuts shapes to the plot and runs an open end to the full window', () => {
		const { frame } = frameOf([event('since', 'a', extent('band', 90, null), undefined, 'x')]);
		// The full window ends at day 150, x = 1,500: far outside, so cut at the margin.
		expect(frame.marks[0]!.own).toStrictEqual({ x0: 900, x1: WIDTH + DRAW_MARGIN });
	});

	it.each([
		['after a day', extent('point', 10, 11, true), 105 + 6 + 3],
		['after a bar', extent('bar', 10, 20, true), 200 + 3],
		['just inside an open end', extent('band', 10, null, true), 100 + 6],
		['kept inside the plot', extent('point', 99, 100, true), WIDTH - 10]
	])('puts the "?" of an uncertain date %s', (_name, own, at) => {
		expect(frameOf([event('u', 'a', own)]).frame.marks[0]!.uncertainAt).toBe(at);
	});

	it('puts no "?" on a certain date', () => {
		expect(frameOf([day('sure', 10)]).frame.marks[0]!.uncertainAt).toBeNull();
	});
});

describe('plotFrame: lanes', () => {
	it('stacks the lanes in order below the axis, each as tall as the rows its events can need', () => {
		const events = [day('a1', 10), day('a2', 10), day('b1', 50, 'b')];
		const { frame } = frameOf(events, NONE, ['b', 'a']);
		const oneRow = PLOT.rowHeight + PLOT.lanePadding;
		expect(frame.lanes).toStrictEqual([
			{ key: 'b', y: PLOT.axisHeight, height: oneRow, rows: 1 },
			{ key: 'a', y: PLOT.axisHeight + oneRow, height: oneRow + PLOT.rowHeight, rows: 2 }
		]);
		expect(frame.height).toBe(PLOT.axisHeight + 2 * oneRow + PLOT.rowHeight);
	});
});

describe('plotFrame: clusters and pinned marks', () => {
	// Four events on one day: the lane's three rows hold two of them and a cluster, in the last row, of the rest.
	const crowd = () => ['c1', 'c2', 'c3', 'c4'].map((id) => day(id, 30));

	it('draws a crowd as marks and a cluster of the rest, in the lane’s last row, which zooms in around them', () => {
		const events = crowd();
		const { layout, frame } = frameOf(events);
		expect(frame.marks.map((mark) => mark.event.id)).toStrictEqual(['c1', 'c2']);
		const [cluster] = frame.clusters;
		const placed = layout.clusters[0]!;
		expect(cluster!.events.map((event) => event.id)).toStrictEqual(['c3', 'c4']);
		expect([cluster!.x0, cluster!.x1, cluster!.cx]).toStrictEqual([placed.x0, placed.x1, (placed.x0 + placed.x1) / 2]);
		expect(cluster!.cy).toBe(rowTopIn(0, 2) + PLOT.markOffset);
		expect(cluster!.hit).toStrictEqual({ x0: placed.x0 - 4, x1: placed.x1 + 4, y0: rowTopIn(0, 2) + 2, y1: rowTopIn(0, 3) - 2 });
		const pad = Math.max((placed.x1 - placed.x0) * 0.3, 20);
		expect(cluster!.zoomTo.start).toBeCloseTo((placed.x0 - pad) / 10, 9);
		expect(cluster!.zoomTo.end).toBeCloseTo((placed.x1 + pad) / 10, 9);
	});

	it('pins the selected and the focused event over their cluster, in its row, once each', () => {
		const { frame } = frameOf(crowd(), { selectedId: 'c3', focusId: 'c4' });
		expect(frame.marks.filter((mark) => mark.pinned).map((mark) => [mark.event.id, mark.top, mark.label])).toStrictEqual([
			['c3', rowTopIn(0, 2), null],
			['c4', rowTopIn(0, 2), null]
		]);
		expect(frameOf(crowd(), { selectedId: 'c3', focusId: 'c3' }).frame.marks.filter((mark) => mark.pinned)).toHaveLength(1);
	});

	it('pins nothing that is drawn already, filtered out, or out of view', () => {
		const events = [...crowd(), day('alone', 70), event('gone', 'a', extent('point', 140, 141))];
		expect(frameOf(events, { selectedId: 'alone', focusId: null }).frame.marks.filter((m) => m.pinned)).toStrictEqual([]);
		expect(frameOf(events, { selectedId: 'gone', focusId: 'nowhere' }).frame.marks.filter((m) => m.pinned)).toStrictEqual([]);
		expect(frameOf([day('b-only', 30, 'b')], { selectedId: 'b-only', focusId: null }, ['a']).frame.marks).toStrictEqual([]);
	});
});

describe('plotFrame: the tab stop', () => {
	const events = () => [day('first', 10), day('second', 50), day('third', 80)];
	it.each<[string, PlotFocus, string]>([
		['nothing picked: the first drawn in time order', NONE, 'first'],
		['the selected event', { selectedId: 'third', focusId: null }, 'third'],
		['the focused event, before the selected one', { selectedId: 'third', focusId: 'second' }, 'second'],
		['the selected one when the focused is not drawn', { selectedId: 'third', focusId: 'nowhere' }, 'third']
	])('%s', (_name, focus, tabStop) => {
		expect(frameOf(events(), focus).frame.tabStop).toBe(tabStop);
	});

	it('skips events that are not drawn, and is null when nothing is', () => {
		const events = [event('off', 'a', extent('point', -40, -39)), day('shown', 50)];
		expect(frameOf(events).frame.tabStop).toBe('shown');
		expect(frameOf([]).frame.tabStop).toBeNull();
	});
});

describe('hitTest', () => {
	it('finds the mark whose hit area holds the point', () => {
		const { frame } = frameOf([day('left', 10), day('right', 80, 'b')]);
		const y = (lane: number) => rowTopIn(lane) + PLOT.markOffset;
		expect(hitTest(frame, 105, y(0))).toStrictEqual({ mark: frame.marks[0] });
		expect(hitTest(frame, 96, y(0))).toStrictEqual({ mark: frame.marks[0] });
		expect(hitTest(frame, 805, y(1))).toStrictEqual({ mark: frame.marks[1] });
		expect(hitTest(frame, 805, y(0))).toBeNull();
		expect(hitTest(frame, 105, rowTopIn(0) + 1)).toBeNull();
	});

	it('finds a cluster, and prefers the topmost: a pinned mark over the cluster under it', () => {
		const events = ['c1', 'c2', 'c3', 'c4'].map((id) => day(id, 30));
		const clusterRow = rowTopIn(0, 2) + PLOT.markOffset;
		const plain = frameOf(events).frame;
		expect(hitTest(plain, 305, clusterRow)).toStrictEqual({ cluster: plain.clusters[0] });
		const { frame } = frameOf(events, { selectedId: 'c3', focusId: null });
		expect(hitTest(frame, 305, clusterRow)).toStrictEqual({ mark: frame.marks.find((mark) => mark.pinned) });
		expect(hitTest(frame, 305, rowTopIn(0) + PLOT.markOffset)).toStrictEqual({ mark: frame.marks[0] });
		expect(hitTest(frame, 600, rowTopIn(0))).toBeNull();
	});
});

describe('tooltipAnchor', () => {
	// A title too long for the plot is cut short, so the tooltip carries it whole.
	const long = 'x'.repeat(200);

	it('is null for an event whose whole title is shown, or that is not drawn', () => {
		const { frame } = frameOf([day('short', 10), day('long', 50, 'a', long)]);
		expect(tooltipAnchor(frame, 'short')).toBeNull();
		expect(tooltipAnchor(frame, 'nowhere')).toBeNull();
		expect(tooltipAnchor(frame, null)).toBeNull();
		expect(tooltipAnchor(frame, 'long')?.event.id).toBe('long');
	});

	it.each([
		['left half, first lane: opens rightwards, below the row', 20, 'a', { x: 205, leftwards: false, below: true, y: rowTopIn(0) + PLOT.rowHeight }],
		['right half, lower lane: opens leftwards, above the row', 80, 'b', { x: 805, leftwards: true, below: false, y: rowTopIn(3) - 4 }]
	])('%s', (_name, d, lane, expected) => {
		const fillers = ['b', 'c', 'd'].map((filler) => day(`${filler}-filler`, 10, filler));
		const { frame } = frameOf([day(`${lane}-${d}`, d, lane, long), ...fillers], NONE, ['a', 'c', 'd', 'b']);
		expect(tooltipAnchor(frame, `${lane}-${d}`)).toMatchObject(expected);
	});

	it('points into the plot at a mark that reaches in from the left', () => {
		const { frame } = frameOf([event('since', 'a', extent('bar', -30, 20), undefined, long)]);
		expect(tooltipAnchor(frame, 'since')?.x).toBe(0);
	});
});
