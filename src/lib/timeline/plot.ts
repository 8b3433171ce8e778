/**
 * The plot's dimensions, and its layout step: from marks in days to layout items in pixels at the current scale,
 * laid out in lanes and rows. `frame.ts` turns the layout into what is drawn.
 */
import { layoutTimeline, type LaneLayout, type TimelineLayout } from './layout.ts';
import type { MarkExtent, TimelineMark } from './marks.ts';
import { dayScale, type DayScale, type TimeWindow } from './time-window.ts';

export const PLOT = {
	axisHeight: 30,
	/** Lane names are written small and in capitals, spaced out: wider per letter than a title. */
	laneLabelFontPx: 11,
	laneLabelStretch: 1.3,
	publishedFontPx: 12,
	rowHeight: 30,
	/** Where the mark sits inside a row; the label is above it. */
	markOffset: 20,
	labelOffset: 11,
	lanePadding: 6,
	pointWidth: 12,
	maxRows: 3,
	gap: 8,
	labelFontPx: 12,
	/** About eight letters and an ellipsis: the least of a title shown beside a mark. */
	minLabelWidth: 64
} as const;

/** An event as the plot draws it: in its lane, with its mark. */
export interface PlotEvent {
	id: string;
	/** Unique among what is drawn: an event may be drawn in several lanes. */
	key: string;
	title: string;
	lane: string;
	mark: TimelineMark;
	/** Higher takes a row first where a lane is crowded (see docs/layout.md). */
	priority: number;
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

/** The average width of a character of a system sans-serif, as a fraction of the font size. */
const CHARACTER_WIDTH = 0.56;
const LABEL_PADDING = 4;

/**
 * Character widths of a 12px system sans-serif, averaged: an estimate, so the prerendered page and the browser
 * agree on which labels fit before any text is measured.
 */
export function estimateLabelWidth(text: string, fontPx: number = PLOT.labelFontPx): number {
	return Math.ceil(text.length * fontPx * CHARACTER_WIDTH) + LABEL_PADDING;
}

/**
 * The title as drawn in `width` px (by the same estimate): whole if it fits, else cut at a word where one ends
 * late enough, with an ellipsis. Never empty: at least one letter and the ellipsis.
 */
export function fitTitle(title: string, width: number, fontPx: number = PLOT.labelFontPx): string {
	if (estimateLabelWidth(title, fontPx) <= width) return title;
	const letters = Math.max(1, Math.floor((width - LABEL_PADDING) / (fontPx * CHARACTER_WIDTH)) - 1);
	const cut = title.slice(0, letters);
	const word = cut.lastIndexOf(' ');
	const kept = word >= letters * 0.6 ? cut.slice(0, word) : cut;
	return `${kept.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** What the plot writes in a lane's first row, which the layout keeps free: the lane's name, and the "As of" line's. */
export interface PlotNotes {
	laneLabel: (lane: string) => string;
	/** The publication day and its label, written beside its line in the first lane. */
	published: { day: number; label: string };
}

/** The "As of" label beside the publication line at x: to its left, or to its right where the left has no room. */
export function publishedLabelBox(x: number, label: string): { x0: number; x1: number; anchor: 'start' | 'end' } {
	const width = estimateLabelWidth(label, PLOT.publishedFontPx);
	return x - 4 - width >= 0 ? { x0: x - 4 - width, x1: x - 4, anchor: 'end' } : { x0: x + 4, x1: x + 4 + width, anchor: 'start' };
}

/**
 * The layout of `events` at `scale`, in `laneOrder`; its marks and clusters refer to events by index. An
 * event's item spans the article's extent and the recorded one, so both sit in the same row.
 */
export function layoutPlot(events: readonly PlotEvent[], laneOrder: readonly string[], scale: PlotScale, notes: PlotNotes): TimelineLayout {
	const items = events.map(({ id, title, lane, mark, priority }) => {
		const own = extentSpan(mark, scale);
		const recorded = mark.recorded ? extentSpan(mark.recorded, scale) : own;
		return { id, lane, priority, x0: Math.min(own.x0, recorded.x0), x1: Math.max(own.x1, recorded.x1), labelWidth: estimateLabelWidth(title) };
	});
	const reserved = new Map(
		laneOrder.map((lane) => [lane, [{ start: -Infinity, end: estimateLabelWidth(notes.laneLabel(lane), PLOT.laneLabelFontPx) * PLOT.laneLabelStretch }]])
	);
	const publishedX = scale.x(notes.published.day);
	if (laneOrder[0] !== undefined && publishedX >= 0 && publishedX <= scale.width) {
		const { x0, x1 } = publishedLabelBox(publishedX, `As of ${notes.published.label}`);
		reserved.get(laneOrder[0])!.push({ start: Math.min(x0, publishedX), end: Math.max(x1, publishedX) });
	}
	return layoutTimeline(items, {
		width: scale.width,
		laneOrder,
		maxRows: PLOT.maxRows,
		gap: PLOT.gap,
		pointWidth: PLOT.pointWidth,
		minLabelWidth: PLOT.minLabelWidth,
		reserved
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
 * at this zoom: the plot keeps its height while zooming, so nothing below it moves under the pointer. The lane's
 * name is written in its first row, whose start the layout keeps free for it.
 */
export function laneBands(lanes: readonly LaneLayout[]): { bands: LaneBand[]; height: number } {
	let y = PLOT.axisHeight;
	const bands = lanes.map(({ key, rows: used, size }) => {
		const rows = Math.max(used, Math.min(PLOT.maxRows, size));
		const height = Math.max(1, rows) * PLOT.rowHeight + PLOT.lanePadding;
		const band = { key, y, height, rows };
		y += height;
		return band;
	});
	return { bands, height: y };
}

/** Top of a row inside its lane. */
export const rowTop = (band: LaneBand, row: number): number => band.y + PLOT.lanePadding / 2 + row * PLOT.rowHeight;

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
