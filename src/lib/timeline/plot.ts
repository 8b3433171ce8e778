/**
 * Pixel geometry of the timeline plot for the current zoom: from marks (in days) to layout items (in pixels),
 * and from the layout's lanes and rows to vertical positions. Pure, so the same numbers serve the prerendered
 * SVG, the interactive one and the tests.
 */
import { labelStartOf, type LayoutItem, type LaneLayout, type PlacedMark } from './layout.ts';
import type { MarkExtent, TimelineMark } from './marks.ts';
import type { DayScale, TimeWindow } from './time-window.ts';

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

export interface PlotEvent {
	id: string;
	title: string;
	lane: string;
	mark: TimelineMark;
}

export interface Span {
	x0: number;
	x1: number;
}

/** A mark's horizontal extent; open ends run to the edge of the data's full window. */
export function extentSpan(extent: MarkExtent, scale: DayScale, full: TimeWindow): Span {
	if (extent.shape === 'point' && extent.start !== null) {
		const x = scale.x(extent.start + 0.5);
		return { x0: x, x1: x };
	}
	return { x0: scale.x(extent.start ?? full.start), x1: scale.x(extent.end ?? full.end) };
}

/**
 * Character widths of a 12px system sans-serif, averaged: an estimate, so the prerendered page and the browser
 * agree on which labels fit before any text is measured.
 */
export function estimateLabelWidth(text: string, fontPx: number = PLOT.labelFontPx): number {
	return Math.ceil(text.length * fontPx * 0.56) + 4;
}

/** Layout items: the article's extent joined with the recorded one, so both sit in the same row. */
export function layoutItems(events: readonly PlotEvent[], scale: DayScale, full: TimeWindow): LayoutItem[] {
	return events.map(({ id, title, lane, mark }) => {
		const own = extentSpan(mark, scale, full);
		const recorded = mark.recorded ? extentSpan(mark.recorded, scale, full) : own;
		return {
			id,
			lane,
			x0: Math.min(own.x0, recorded.x0),
			x1: Math.max(own.x1, recorded.x1),
			labelWidth: estimateLabelWidth(title)
		};
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
export function laneBands(lanes: readonly LaneLayout[], eventsPerLane: ReadonlyMap<string, number>): { bands: LaneBand[]; height: number } {
	let y = PLOT.axisHeight;
	const bands = lanes.map(({ key, rows: used }) => {
		const rows = Math.max(used, Math.min(PLOT.maxRows, eventsPerLane.get(key) ?? 1));
		const height = PLOT.laneLabelHeight + Math.max(1, rows) * PLOT.rowHeight + PLOT.lanePadding;
		const band = { key, y, height, rows };
		y += height;
		return band;
	});
	return { bands, height: y };
}

/** Top of a row inside its lane. */
export const rowTop = (band: LaneBand, row: number): number => band.y + PLOT.laneLabelHeight + row * PLOT.rowHeight;

export interface LabelBox {
	x0: number;
	x1: number;
	/** SVG text-anchor and x of the text. */
	anchor: 'start' | 'end';
	at: number;
}

export interface MarkGeometry {
	own: Span;
	recorded: Span | undefined;
	label: LabelBox | null;
	/** A generous hit area over the marks and the label, so small marks are easy to tap. */
	hit: Span;
}

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

/**
 * Where a placed mark's parts are drawn in a plot `width` wide: the article's extent, the recorded one, the
 * label (starting at the mark, or near the right edge ending where the mark's occupied extent ends) and the hit
 * area around them all.
 */
export function markGeometry(placed: PlacedMark, event: PlotEvent, scale: DayScale, full: TimeWindow, width: number): MarkGeometry {
	const own = drawnSpan(extentSpan(event.mark, scale, full), width);
	const recorded = event.mark.recorded && drawnSpan(extentSpan(event.mark.recorded, scale, full), width);
	let label: LabelBox | null = null;
	if (placed.label) {
		const width = estimateLabelWidth(event.title);
		const end = Math.max(placed.x1, (placed.x0 + placed.x1) / 2 + PLOT.pointWidth / 2);
		const start = placed.labelSide === 'end' ? end - width : labelStartOf(placed.x0, end);
		label = placed.labelSide === 'end' ? { x0: start, x1: end, anchor: 'end', at: end } : { x0: start, x1: start + width, anchor: 'start', at: start };
	}
	const hit = {
		x0: Math.min(own.x0, recorded?.x0 ?? own.x0, label?.x0 ?? Infinity) - 10,
		x1: Math.max(own.x1, recorded?.x1 ?? own.x1, label?.x1 ?? -Infinity) + 10
	};
	return { own, recorded, label, hit };
}

/** The hit area's vertical extent inside a row. */
export const hitTop = (rowTopY: number): number => rowTopY + 2;
export const HIT_HEIGHT = PLOT.rowHeight - 4;
