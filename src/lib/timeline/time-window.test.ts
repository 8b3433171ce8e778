import { scaleLinear } from 'd3-scale';
import { ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '../dates/calendar-day.ts';
import type { DayRange } from '../dates/edtf.ts';
import {
	wheelZoomDelta,
	type TimeWindow,
	clampWindow,
	dayScale,
	fullWindow,
	transformForWindow,
	translateExtent,
	windowFromTransform,
	zoomLimits
} from './time-window.ts';

const FULL: TimeWindow = { start: 1000, end: 1400 };

function expectWindow(actual: TimeWindow, expected: TimeWindow) {
	expect(actual.start).toBeCloseTo(expected.start, 9);
	expect(actual.end).toBeCloseTo(expected.end, 9);
}

describe('fullWindow', () => {
	const day = dayFromIso('2022-02-24');
	const range = (earliest: number | null, latest: number | null): DayRange => ({ earliest, latest });

	it.each<[string, DayRange[], number[], number, TimeWindow]>([
		['spans the ranges plus 5% each side', [range(0, 99), range(50, 149)], [], 0.05, { start: -7.5, end: 157.5 }],
		['ends after the last day, which it covers', [range(0, 199)], [], 0, { start: 0, end: 200 }],
		['reaches an anchor outside the ranges', [range(0, 99)], [299], 0, { start: 0, end: 300 }],
		['reaches an anchor before the ranges', [range(100, 199)], [0], 0.1, { start: -20, end: 220 }],
		['keeps the known end of a range open at its start', [range(100, 199), range(null, 40)], [], 0, { start: 40, end: 200 }],
		['keeps the known start of a range open at its end', [range(100, 199), range(300, null)], [], 0, { start: 100, end: 301 }],
		['is 30 days centred on a single day', [range(day, day)], [], 0.05, { start: day + 0.5 - 15, end: day + 0.5 + 15 }],
		['is 30 days centred on a lone anchor', [], [day], 0.05, { start: day + 0.5 - 15, end: day + 0.5 + 15 }],
		['falls back on the anchor when every range is open', [range(null, null)], [day], 0, { start: day + 0.5 - 15, end: day + 0.5 + 15 }],
		['is 30 days centred on short data', [range(0, 9)], [], 0, { start: -10, end: 20 }],
		['keeps data of exactly 30 days as it is', [range(0, 29)], [], 0, { start: 0, end: 30 }]
	])('%s', (_name, ranges, anchors, marginRatio, expected) => {
		expectWindow(fullWindow(ranges, anchors, marginRatio), expected);
	});

	it.each<[string, DayRange[], TimeWindow]>([
		['a single day in year 1', [range(dayFromIso('0001-01-01'), dayFromIso('0001-01-01'))], { start: dayFromIso('0001-01-01'), end: dayFromIso('0001-01-31') }],
		['a single day in year 9999', [range(dayFromIso('9999-12-31'), dayFromIso('9999-12-31'))], { start: dayFromIso('9999-12-02'), end: dayFromIso('9999-12-31') + 1 }],
		['years 1 to 2023', [range(dayFromIso('0001-01-01'), dayFromIso('2023-02-04'))], { start: dayFromIso('0001-01-01'), end: dayFromIso('2023-02-04') + 1 + (dayFromIso('2023-02-04') + 1 - dayFromIso('0001-01-01')) * 0.1 }],
		['years 1 to 9999', [range(dayFromIso('0001-01-01'), dayFromIso('9999-12-31'))], { start: dayFromIso('0001-01-01'), end: dayFromIso('9999-12-31') + 1 }]
	])('stays inside the calendar for %s, so every view can be written as dates', (_name, ranges, expected) => {
		const window = fullWindow(ranges, []);
		expectWindow(window, expected);
		expect(() => [isoFromDay(Math.floor(window.start)), isoFromDay(Math.ceil(window.end) - 1)]).not.toThrow();
	});

	it.each<[string, DayRange[]]>([
		['no ranges', []],
		['only open ranges', [range(null, null)]]
	])('throws without an anchor and with %s', (_name, ranges) => {
		expect(() => fullWindow(ranges, [])).toThrow(RangeError);
	});
});

describe('zoomLimits', () => {
	it.each<[TimeWindow, number | undefined, [number, number]]>([
		[FULL, undefined, [1, 400]],
		[FULL, 7, [1, 400 / 7]],
		[{ start: -10.5, end: 19.5 }, undefined, [1, 30]],
		// Already narrower than minDays: nothing to zoom into.
		[{ start: 0, end: 3 }, 7, [1, 1]]
	])('%o with minDays %s allows %o', (full, minDays, limits) => {
		expect(zoomLimits(full, minDays)).toStrictEqual(limits);
	});
});

describe('windowFromTransform', () => {
	it.each([
		[1, 0, 800],
		[2, 0, 800],
		[2, -800, 800],
		[4, -1234.5, 1000],
		[400, -150_000, 375],
		[1.5, 200, 640]
	])('agrees with d3 rescaleX for k=%d x=%d width=%d', (k, x, width) => {
		const base = scaleLinear().domain([FULL.start, FULL.end]).range([0, width]);
		const [start, end] = zoomIdentity.translate(x, 0).scale(k).rescaleX(base).domain();
		expectWindow(windowFromTransform(FULL, width, { k, x }), { start: start!, end: end! });
	});

	it('accepts a d3 ZoomTransform as it is', () => {
		expectWindow(windowFromTransform(FULL, 800, new ZoomTransform(2, -400, 30)), { start: 1100, end: 1300 });
	});
});

describe('transformForWindow', () => {
	it.each<[TimeWindow, number, { k: number; x: number }]>([
		[FULL, 800, { k: 1, x: 0 }],
		[{ start: 1000, end: 1200 }, 800, { k: 2, x: 0 }],
		[{ start: 1200, end: 1400 }, 800, { k: 2, x: -800 }],
		[{ start: 1100, end: 1110 }, 500, { k: 40, x: -5000 }]
	])('shows %o at width %d with %o', (window, width, expected) => {
		const transform = transformForWindow(FULL, width, window);
		expect(transform.k).toBeCloseTo(expected.k, 9);
		expect(transform.x).toBeCloseTo(expected.x, 9);
	});

	it.each<[TimeWindow, number]>([
		[FULL, 800],
		[{ start: 1000, end: 1001 }, 800],
		[{ start: 1399, end: 1400 }, 1200],
		[{ start: 1123.25, end: 1187.75 }, 375],
		[{ start: 1200.5, end: 1201 }, 1920],
		// Beyond the full window: the maths holds even where d3 would not let the view go.
		[{ start: 900, end: 1500 }, 640]
	])('round-trips %o at width %d through windowFromTransform', (window, width) => {
		expectWindow(windowFromTransform(FULL, width, transformForWindow(FULL, width, window)), window);
	});
});

describe('clampWindow', () => {
	it.each<[string, TimeWindow, number | undefined, TimeWindow]>([
		['keeps a window inside', { start: 1100, end: 1200 }, undefined, { start: 1100, end: 1200 }],
		['shifts a window past the start inside', { start: 900, end: 1000 }, undefined, { start: 1000, end: 1100 }],
		['shifts a window past the end inside', { start: 1350, end: 1450 }, undefined, { start: 1300, end: 1400 }],
		['shrinks a window wider than the data to it', { start: 0, end: 5000 }, undefined, FULL],
		['widens a window narrower than a day about its centre', { start: 1200, end: 1200.5 }, undefined, { start: 1199.75, end: 1200.75 }],
		['widens to minDays', { start: 1200, end: 1201 }, 7, { start: 1197, end: 1204 }],
		['widens and shifts at the edge', { start: 1000, end: 1000.5 }, 7, { start: 1000, end: 1007 }],
		['cannot widen past the data', { start: 1100, end: 1101 }, 1000, FULL],
		['reads a reversed window in order', { start: 1200, end: 1100 }, undefined, { start: 1100, end: 1200 }],
		['falls back on the data for NaN', { start: Number.NaN, end: 1200 }, undefined, FULL],
		['falls back on the data for infinity', { start: 1100, end: Infinity }, undefined, FULL]
	])('%s', (_name, window, minDays, expected) => {
		expectWindow(clampWindow(FULL, window, minDays), expected);
	});
});

describe('dayScale', () => {
	it.each<[TimeWindow, number, number, number]>([
		[FULL, 800, 1000, 0],
		[FULL, 800, 1400, 800],
		[FULL, 800, 1200.5, 401],
		[{ start: 1100.5, end: 1102.5 }, 1000, 1101, 250],
		// Outside the window, for events partly off screen.
		[{ start: 1100, end: 1110 }, 1000, 1090, -1000]
	])('in %o at width %d puts day %d at x %d', (window, width, day, x) => {
		const scale = dayScale(window, width);
		expect(scale.x(day)).toBeCloseTo(x, 9);
		expect(scale.day(x)).toBeCloseTo(day, 9);
	});

	it.each([
		[FULL, 800],
		[{ start: 1100.5, end: 1102.5 }, 1000]
	])('agrees with d3 scaleLinear in %o at width %d', (window, width) => {
		const d3Scale = scaleLinear().domain([window.start, window.end]).range([0, width]);
		const scale = dayScale(window, width);
		for (const day of [window.start - 3, window.start, 1101.7, window.end]) {
			expect(scale.x(day)).toBeCloseTo(d3Scale(day), 9);
		}
	});
});

describe('translateExtent', () => {
	const WIDTH = 800;
	const viewport: [[number, number], [number, number]] = [
		[0, 0],
		[WIDTH, 300]
	];
	// d3-zoom's own constraint, as applied to every gesture.
	const constrain = zoom().constrain();

	it.each([
		[1, 500],
		[1, -500],
		[2, 300],
		[2, -5000],
		[50, 10],
		[50, -1e9],
		[3, -1000]
	])('with zoomLimits, keeps k=%d x=%d within the full window', (k, x) => {
		const [minK, maxK] = zoomLimits(FULL);
		expect(k).toBeGreaterThanOrEqual(minK);
		expect(k).toBeLessThanOrEqual(maxK);
		const constrained = constrain(new ZoomTransform(k, x, 0), viewport, translateExtent(WIDTH));
		const shown = windowFromTransform(FULL, WIDTH, constrained);
		expect(shown.start).toBeGreaterThanOrEqual(FULL.start - 1e-9);
		expect(shown.end).toBeLessThanOrEqual(FULL.end + 1e-9);
		expect(constrained.k).toBe(k);
	});

	it('leaves a transform that is already inside alone', () => {
		const inside = new ZoomTransform(2, -300, 0);
		const constrained = constrain(inside, viewport, translateExtent(WIDTH));
		expect(constrained.x).toBe(inside.x);
	});
});

describe('wheelZoomDelta', () => {
	const pixels = (deltaY: number, ctrlKey = false) => ({ deltaY, deltaMode: 0, ctrlKey });
	it.each([
		['a mouse notch zooms out 1.15×', pixels(100), -0.2],
		['a mouse notch the other way zooms in', pixels(-100), 0.2],
		['Ctrl + a mouse notch zooms the same, not 4×', pixels(-100, true), 0.2],
		['a trackpad pinch (Ctrl, small deltas) is amplified as d3 does', pixels(-4, true), 0.08],
		['a small delta without Ctrl (trackpad scroll) is not', pixels(-4), 0.008],
		['a notch in lines (Firefox)', { deltaY: -3, deltaMode: 1, ctrlKey: true }, 0.15],
		['a notch in pages', { deltaY: 1, deltaMode: 2, ctrlKey: false }, -1]
	])('%s', (_name, event, expected) => {
		expect(wheelZoomDelta(event)).toBeCloseTo(expected, 10);
	});

	it('agrees with d3-zoom\'s default wherever Ctrl is not held', () => {
		// d3's default, as documented: -deltaY * (deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002) * (ctrlKey ? 10 : 1)
		for (const deltaMode of [0, 1, 2])
			for (const deltaY of [-120, -3, 0.5, 40, 100])
				expect(wheelZoomDelta({ deltaY, deltaMode, ctrlKey: false })).toBeCloseTo(-deltaY * (deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002), 10);
	});
});
