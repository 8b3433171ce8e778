/**
 * The plot's dimensions, and its layout step: from marks in days to layout items in pixels at the current scale,
 * laid out in lanes and rows. `frame.ts` turns the layout into what is drawn.
 */
import { layoutTimeline, type LaneLayout, type TimelineLayout } from './layout.ts';
import type { MarkExtent, TimelineMark } from './marks.ts';
import { dayScale, type DayScale, type TimeWindow } from './time-window.ts';

export const PLOT = {
	axisHeight: 30,
	laneLabelHeight: 20,
	rowHeight: 36,
	/** Where the mark sits inside a row; the label is above it. */
	markOffset: 25,
	labelOffset: 12,
	lanePadding: 6,
	pointWidth: 12,
	maxRows: 3,
	gap: 8,
	labelFontPx: 12
} as const;

/** An event as the plot draws it: in its lane, with its mark. */
export interface PlotEvent {
	id: string;
	title: string;
	lane: string;
	mark: TimelineMark;
}

/** The scale a frame is drawn at: days ↔ pixels for the visible window, the plot's width, and the data's full window. */
export interface PlotScale extends DayScale {
	width: number;
	full: TimeWindow;
}

export function plotScale(window: TimeWindow, width: number, full: TimeWindow): PlotScale {
	return { ...dayScale(window, width), width, full };
}

export interface Span {
	x0: number;
	x1: number;
}

/** A mark's horizontal extent; open ends run to the edge of the data's full window. */
export function extentSpan(extent: MarkExtent, scale: PlotScale): Span {
	if (extent.shape === 'point' && extent.start !== null) {
		const x = scale.x(extent.start + 0.5);
		return { x0: x, x1: x };
	}
	return { x0: scale.x(extent.start ?? scale.full.start), x1: scale.x(extent.end ?? scale.full.end) };
}

/**
 * Character widths of a 12px system sans-serif, averaged: an estimate, so the prerendered page and the browser
 * agree on which labels fit before any text is measured.
 */
export function estimateLabelWidth(text: string, fontPx: number = PLOT.labelFontPx): number {
	return Math.ceil(text.length * fontPx * 0.56) + 4;
}

/**
 * The layout of `events` at `scale`, in `laneOrder`; its marks and clusters refer to events by index. An
 * event's item spans the article's extent and the recorded one, so both sit in the same row.
 */
export function layoutPlot(events: readonly PlotEvent[], laneOrder: readonly string[], scale: PlotScale): TimelineLayout {
	const items = events.map(({ id, title, lane, mark }) => {
		const own = extentSpan(mark, scale);
		const recorded = mark.recorded ? extentSpan(mark.recorded, scale) : own;
		return { id, lane, x0: Math.min(own.x0, recorded.x0), x1: Math.max(own.x1, recorded.x1), labelWidth: estimateLabelWidth(title) };
	});
	return layoutTimeline(items, {
		width: scale.width,
		laneOrder,
		maxRows: PLOT.maxRows,
		gap: PLOT.gap,
		pointWidth: PLOT.pointWidth,
		labelGap: 0
	});
}

export interface LaneBand {
	key: string;
	/** Top of the lane, below the axis. */
	y: number;
	height: number;
	rows: number;
}

/**
 * Each lane is as tall as the rows it can ever need (its number of events, up to maxRows), not the rows it uses
 * at this zoom: the plot keeps its height while zooming, so nothing below it moves under the pointer.
 */
export function laneBands(lanes: readonly LaneLayout[]): { bands: LaneBand[]; height: number } {
	let y = PLOT.axisHeight;
	const bands = lanes.map(({ key, rows: used, size }) => {
		const rows = Math.max(used, Math.min(PLOT.maxRows, size));
		const height = PLOT.laneLabelHeight + Math.max(1, rows) * PLOT.rowHeight + PLOT.lanePadding;
		const band = { key, y, height, rows };
		y += height;
		return band;
	});
	return { bands, height: y };
}

/** Top of a row inside its lane. */
export const rowTop = (band: LaneBand, row: number): number => band.y + PLOT.laneLabelHeight + row * PLOT.rowHeight;

/**
 * Shapes are drawn no further than this outside the plot. Zoomed in to a few days, a year-long band would be
 * hundreds of thousands of pixels of dashed outline for the browser to rasterise on every frame; cut this far
 * outside, its cut ends stay out of sight.
 */
export const DRAW_MARGIN = 24;

/** A span cut to what can be seen of a plot `width` wide (plus the margin); one wholly outside collapses at the edge. */
export function drawnSpan(span: Span, width: number): Span {
	const clamp = (x: number) => Math.min(Math.max(x, -DRAW_MARGIN), width + DRAW_MARGIN);
	return { x0: clamp(span.x0), x1: clamp(span.x1) };
}
