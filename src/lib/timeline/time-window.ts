/**
 * The maths between d3-zoom's transform and the days on screen, on a base scale that maps the full window onto
 * [0, width] (d3-zoom's untransformed space: k = 1, x = 0 shows all the data). See docs/layout.md.
 */
import { dayFromYmd, MAX_YEAR, MIN_YEAR } from '../dates/calendar-day.ts';
import type { DayRange } from '../dates/edtf.ts';

/** A half-open interval of days as real numbers, [start, end): calendar day D covers [D, D + 1). */
export interface TimeWindow {
	start: number;
	end: number;
}

/** The part of a d3-zoom `ZoomTransform` a horizontal timeline uses; a `ZoomTransform` is one. */
export interface HorizontalZoom {
	k: number;
	x: number;
}

/** Pixel position ↔ day, for one window drawn `width` pixels wide. */
export interface DayScale {
	x(day: number): number;
	day(x: number): number;
}

/** However short the data, the full window is a month wide: context to read the axis, room to zoom to a day. */
const MIN_FULL_DAYS = 30;

/**
 * The whole span of the data: both known bounds of every range (an event "until 1990" still shows its end) and
 * every anchor day (the publication), widened by `marginRatio` on each side, inside years 1 to 9999.
 * @throws RangeError when there is no day at all to place: no bound and no anchor.
 */
export function fullWindow(
	ranges: readonly DayRange[],
	anchors: readonly number[],
	marginRatio = 0.05
): TimeWindow {
	// A loop rather than Math.min(...days): spreading ten thousand events would risk the argument limit.
	let first = Infinity;
	let last = -Infinity;
	const include = (day: number | null) => {
		if (day === null) return;
		first = Math.min(first, day);
		last = Math.max(last, day);
	};
	for (const range of ranges) {
		include(range.earliest);
		include(range.latest);
	}
	for (const anchor of anchors) include(anchor);
	if (first > last) throw new RangeError('the timeline has no known day: no closed bound and no anchor');

	const margin = (last + 1 - first) * marginRatio;
	const window = { start: first - margin, end: last + 1 + margin };
	return insideCalendar(widthOf(window) < MIN_FULL_DAYS ? around(centreOf(window), MIN_FULL_DAYS) : window);
}

/** The first day of year 1 and the day after the end of year 9999: no date outside them can be written. */
const CALENDAR: TimeWindow = { start: dayFromYmd(MIN_YEAR, 1, 1), end: dayFromYmd(MAX_YEAR, 12, 31) + 1 };

/** The window moved (or, wider than the calendar, cut) to lie inside it, so no view shows a day with no date. */
function insideCalendar(window: TimeWindow): TimeWindow {
	const width = Math.min(widthOf(window), widthOf(CALENDAR));
	const start = clamp(window.start, CALENDAR.start, CALENDAR.end - width);
	return { start, end: start + width };
}

/**
 * d3-zoom's `scaleExtent`: from the full window (k = 1; further out would only shrink the data into the middle, and
 * `translateExtent` cannot hold a view wider than itself) to about `minDays` filling the view.
 */
export function zoomLimits(full: TimeWindow, minDays = 1): [number, number] {
	// A full window shorter than minDays cannot be zoomed into at all.
	return [1, Math.max(1, widthOf(full) / minDays)];
}

/**
 * The window a transform shows. Equal to d3's
 * `transform.rescaleX(scaleLinear().domain([full.start, full.end]).range([0, width])).domain()`,
 * written out because this runs on every zoom event and needs no scale object.
 */
export function windowFromTransform(full: TimeWindow, width: number, transform: HorizontalZoom): TimeWindow {
	const base = dayScale(full, width);
	// As in rescaleX: undo the transform at both edges of the view, then read the base scale there.
	return {
		start: base.day((0 - transform.x) / transform.k),
		end: base.day((width - transform.x) / transform.k)
	};
}

/**
 * The transform that shows exactly `window`, the inverse of `windowFromTransform`.
 * Hand it to d3 as `zoomIdentity.translate(x, 0).scale(k)`.
 */
export function transformForWindow(full: TimeWindow, width: number, window: TimeWindow): HorizontalZoom {
	const k = widthOf(full) / widthOf(window);
	// The window's start, scaled by k, must land on pixel 0.
	return { k, x: -k * dayScale(full, width).x(window.start) };
}

/**
 * A window that can really be shown: inside `full` and at least `minDays`
 * wide (the most `zoomLimits` allows), keeping the requested centre where
 * possible. For windows from untrusted input such as URLs: a window that is
 * not finite falls back to `full`, and a reversed one is read in order.
 */
export function clampWindow(full: TimeWindow, window: TimeWindow, minDays = 1): TimeWindow {
	if (!Number.isFinite(window.start) || !Number.isFinite(window.end)) return full;
	const fullWidth = widthOf(full);
	const width = clamp(Math.abs(widthOf(window)), Math.min(minDays, fullWidth), fullWidth);
	const centre = clamp(centreOf(window), full.start + width / 2, full.end - width / 2);
	return around(centre, width);
}

/** A linear day ↔ pixel mapping for `window` drawn `width` pixels wide: plain arithmetic, as it runs for every event on every frame. */
export function dayScale(window: TimeWindow, width: number): DayScale {
	const { start } = window;
	const pxPerDay = width / widthOf(window);
	return {
		x: (day) => (day - start) * pxPerDay,
		day: (x) => start + x / pxPerDay
	};
}

/**
 * d3-zoom's `translateExtent`, which keeps the view (`zoom.extent`, [0, width] across) from panning past the full
 * window: [0, width] in d3's untransformed coordinates, whatever the dates. The timeline reads only k and x.
 */
export function translateExtent(width: number): [[number, number], [number, number]] {
	return [
		[0, 0],
		[width, 0]
	];
}

function widthOf(window: TimeWindow): number {
	return window.end - window.start;
}

function centreOf(window: TimeWindow): number {
	return (window.start + window.end) / 2;
}

function around(centre: number, width: number): TimeWindow {
	return { start: centre - width / 2, end: centre + width / 2 };
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(Math.max(value, min), max);
}

/**
 * How far one wheel event zooms, as a power of two (d3-zoom's `wheelDelta`): d3's default, except that only
 * pinch-sized Ctrl + wheel deltas are amplified, so a mouse notch with Ctrl zooms as far as one without, not 4×.
 */
export function wheelZoomDelta(event: { deltaY: number; deltaMode: number; ctrlKey: boolean }): number {
	const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	const pinch = event.ctrlKey && event.deltaMode === 0 && Math.abs(event.deltaY) < PINCH_DELTA_BELOW ? 10 : 1;
	return -event.deltaY * perUnit * pinch;
}

/** Pixel deltas of a trackpad pinch are a few units; a mouse wheel's notch is about 100. */
const PINCH_DELTA_BELOW = 50;
