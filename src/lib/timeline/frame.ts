/**
 * The plot frame: what the timeline draws at one zoom, selection and focus, as plain numbers: lanes, each drawn
 * mark's shapes, label and hit box, clusters, and which event holds the tab stop. Components render it;
 * `hitTest` and `tooltipAnchor` read it. Pure, so the prerendered SVG, the interactive one and the tests agree.
 */
import type { LabelBox, TimelineLayout } from './layout.ts';
import { PLOT, drawnSpan, extentSpan, fitTitle, laneBands, rowTop, type LaneBand, type PlotEvent, type PlotScale, type Span } from './plot.ts';
import type { TimeWindow } from './time-window.ts';

export interface Box {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

export interface DrawnMark<E extends PlotEvent = PlotEvent> {
	event: E;
	/** Top of its row; `y` is the centre line of its shapes and `baseline` its title's. */
	top: number;
	y: number;
	baseline: number;
	/** The article's extent and the recorded one, cut to the plot (see `drawnSpan`). */
	own: Span;
	recorded: Span | undefined;
	/** Its title's box and text (cut short with an ellipsis where the box is narrower); null for a pinned mark. */
	label: (LabelBox & { text: string }) | null;
	/** Where the "?" of an uncertain date goes: after the mark, or just inside an open end; null when certain. */
	uncertainAt: number | null;
	/** A generous area over the shapes and the label, so small marks are easy to hit. */
	hit: Box;
	/** Drawn over a cluster that holds it: the selected or the focused event is never hidden. */
	pinned: boolean;
}

export interface DrawnCluster<E extends PlotEvent = PlotEvent> {
	key: string;
	x0: number;
	x1: number;
	/** Centre of its count badge. */
	cx: number;
	cy: number;
	/** Its events, left to right. */
	events: E[];
	/** The days to show when it is activated: its extent with room around it. */
	zoomTo: TimeWindow;
	hit: Box;
}

export interface PlotFrame<E extends PlotEvent = PlotEvent> {
	width: number;
	height: number;
	lanes: LaneBand[];
	/** The layout's marks, then the pinned ones, drawn last (on top). */
	marks: DrawnMark<E>[];
	clusters: DrawnCluster<E>[];
	/** The event that holds the roving tab stop: the focused one when drawn, else the selected one, else the first drawn in time order. */
	tabStop: string | null;
	/** The drawn mark that holds it (an event drawn in several lanes holds it in the first). */
	tabStopKey: string | null;
}

/** What the reader has picked: the selected event and the one with keyboard focus. */
export interface PlotFocus {
	selectedId: string | null;
	focusId: string | null;
}

/** The margin of a mark's hit area around its shapes and label, and the hit area's inset from its row. */
const HIT_MARGIN = 10;
const HIT_INSET = 2;

/**
 * The frame of `events` (in time order, the order `layout` was made from) drawn at `scale`. The selected and the
 * focused event are drawn even where the layout counted them in a cluster: in their lane's last row, untitled.
 */
export function plotFrame<E extends PlotEvent>(events: readonly E[], layout: TimelineLayout, scale: PlotScale, focus: PlotFocus): PlotFrame<E> {
	const { bands, height } = laneBands(layout.lanes);
	const bandOf = new Map(bands.map((band) => [band.key, band]));
	const marks = layout.placed.map(({ index, row, label }) => drawnMark(events[index]!, rowTop(bandOf.get(events[index]!.lane)!, row), label, scale, false));

	const drawnIds = new Set(layout.placed.map((mark) => events[mark.index]!.id));
	for (const id of new Set([focus.selectedId, focus.focusId])) {
		const index = id === null ? -1 : events.findIndex((event) => event.id === id);
		const band = bandOf.get(events[index]?.lane ?? '');
		if (index < 0 || drawnIds.has(id!) || !band) continue;
		const span = extentSpan(events[index]!.mark, scale);
		if (span.x1 < 0 || span.x0 > scale.width) continue;
		marks.push(drawnMark(events[index]!, rowTop(band, Math.max(0, band.rows - 1)), null, scale, true));
	}

	const clusters = layout.clusters.map(({ key, lane, row, x0, x1, members }): DrawnCluster<E> => {
		const top = rowTop(bandOf.get(lane)!, row);
		const pad = Math.max((x1 - x0) * 0.3, 20);
		return {
			key,
			x0,
			x1,
			cx: (x0 + x1) / 2,
			cy: top + PLOT.markOffset,
			events: members.map((index) => events[index]!),
			zoomTo: { start: scale.day(x0 - pad), end: scale.day(x1 + pad) },
			hit: { x0: x0 - 4, x1: x1 + 4, y0: top + HIT_INSET, y1: top + PLOT.rowHeight - HIT_INSET }
		};
	});

	const drawn = (id: string | null) => id !== null && marks.some((mark) => mark.event.id === id);
	const first = marks.reduce<DrawnMark<E> | undefined>((best, mark) => (best === undefined || mark.event.mark.order < best.event.mark.order ? mark : best), undefined);
	const tabStop = drawn(focus.focusId) ? focus.focusId : drawn(focus.selectedId) ? focus.selectedId : (first?.event.id ?? null);
	const tabStopKey = marks.find((mark) => mark.event.id === tabStop)?.event.key ?? null;
	return { width: scale.width, height, lanes: bands, marks, clusters, tabStop, tabStopKey };
}

function drawnMark<E extends PlotEvent>(event: E, top: number, label: LabelBox | null, scale: PlotScale, pinned: boolean): DrawnMark<E> {
	const { mark } = event;
	const own = drawnSpan(extentSpan(mark, scale), scale.width);
	const recorded = mark.recorded && drawnSpan(extentSpan(mark.recorded, scale), scale.width);
	const after = mark.end === null ? own.x0 + 6 : Math.max(own.x1, own.x0 + 6) + 3;
	return {
		event,
		top,
		y: top + PLOT.markOffset,
		baseline: top + PLOT.labelOffset,
		own,
		recorded,
		label: label && { ...label, text: fitTitle(event.title, label.x1 - label.x0) },
		uncertainAt: mark.uncertain ? Math.min(Math.max(after, 2), scale.width - 10) : null,
		hit: {
			x0: Math.min(own.x0, recorded?.x0 ?? own.x0, label?.x0 ?? Infinity) - HIT_MARGIN,
			x1: Math.max(own.x1, recorded?.x1 ?? own.x1, label?.x1 ?? -Infinity) + HIT_MARGIN,
			y0: top + HIT_INSET,
			y1: top + PLOT.rowHeight - HIT_INSET
		},
		pinned
	};
}

export type Hit<E extends PlotEvent = PlotEvent> = { mark: DrawnMark<E> } | { cluster: DrawnCluster<E> };

const inside = (box: Box, x: number, y: number) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;

/** What a tap or click at (x, y) in plot coordinates lands on: the topmost mark whose hit area holds it, else a cluster. */
export function hitTest<E extends PlotEvent>(frame: PlotFrame<E>, x: number, y: number): Hit<E> | null {
	const mark = frame.marks.findLast((m) => inside(m.hit, x, y));
	if (mark) return { mark };
	const cluster = frame.clusters.find((c) => inside(c.hit, x, y));
	return cluster ? { cluster } : null;
}

export interface TooltipAnchor<E extends PlotEvent = PlotEvent> {
	event: E;
	/** Where the tooltip points: at the mark's left edge (kept in the plot), above or below its row. */
	x: number;
	y: number;
	/** In the right half it opens leftwards; near the top it opens below: never out of the plot. */
	leftwards: boolean;
	below: boolean;
}

/** Where the tooltip of event `id` goes; null when it is not drawn or its whole title is already shown. */
export function tooltipAnchor<E extends PlotEvent>(frame: PlotFrame<E>, id: string | null): TooltipAnchor<E> | null {
	const mark = id === null ? undefined : frame.marks.find((m) => m.event.id === id);
	if (!mark || (mark.label && !mark.label.truncated)) return null;
	const x = Math.min(Math.max(Math.min(mark.own.x0, mark.recorded?.x0 ?? Infinity), 0), frame.width);
	const below = mark.top < PLOT.axisHeight + 80;
	return { event: mark.event, x, y: below ? mark.top + PLOT.rowHeight : mark.top - 4, leftwards: x > frame.width / 2, below };
}
