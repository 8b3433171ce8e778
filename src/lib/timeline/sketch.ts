/**
 * A timeline in miniature, drawn once at build time for the index of timelines: one row per category that has
 * events (in the dataset's order), each event's possible days a stretch of its row over the whole span (the same
 * span the explorer opens at), and the publication day. Stretches that touch at this width are merged, so what is
 * drawn grows with the width, not with the number of events.
 */
import type { CategoryView } from '../model/categories.ts';
import type { EventView } from '../model/event-view.ts';
import { markExtent } from './marks.ts';
import { dayScale, fullWindow } from './time-window.ts';

export interface SketchRow {
	category: CategoryView;
	y: number;
	/** x0 < x1, in time order, apart from each other. */
	spans: { x0: number; x1: number }[];
}

export interface Sketch {
	width: number;
	height: number;
	rowHeight: number;
	rows: SketchRow[];
	/** Where the publication day is. */
	published: number;
}

const ROW_HEIGHT = 6;
const ROW_GAP = 3;
const PADDING = 3;
/** A single day is drawn at least this wide, so it can be seen. */
const MIN_WIDTH = 2;
/** Coordinates are rounded to this, so the page carries short numbers. */
const round = (x: number) => Math.round(x * 10) / 10;

export function timelineSketch(views: readonly EventView[], categories: readonly CategoryView[], published: number, width: number): Sketch {
	const full = fullWindow(
		views.flatMap((view) => (view.recorded ? [view.range, view.recorded.range] : [view.range])),
		[published]
	);
	const scale = dayScale(full, width);
	const byCategory = new Map<string, { x0: number; x1: number }[]>();
	for (const view of views) {
		const extent = markExtent(view);
		let x0 = scale.x(extent.start ?? full.start);
		let x1 = scale.x(extent.end ?? full.end);
		if (x1 - x0 < MIN_WIDTH) [x0, x1] = [(x0 + x1) / 2 - MIN_WIDTH / 2, (x0 + x1) / 2 + MIN_WIDTH / 2];
		const spans = byCategory.get(view.event.category) ?? [];
		spans.push({ x0, x1 });
		byCategory.set(view.event.category, spans);
	}
	const rows = categories
		.filter((category) => byCategory.has(category.id))
		.map((category, i) => ({ category, y: PADDING + i * (ROW_HEIGHT + ROW_GAP), spans: merged(byCategory.get(category.id)!) }));
	return {
		width,
		height: Math.max(1, rows.length) * (ROW_HEIGHT + ROW_GAP) - ROW_GAP + 2 * PADDING,
		rowHeight: ROW_HEIGHT,
		rows,
		published: round(scale.x(published + 0.5))
	};
}

/** The union of the spans, as few as can be, rounded, each at least MIN_WIDTH wide. */
function merged(spans: { x0: number; x1: number }[]): { x0: number; x1: number }[] {
	const union: { x0: number; x1: number }[] = [];
	for (const span of spans.toSorted((a, b) => a.x0 - b.x0)) {
		const last = union.at(-1);
		// Within half a pixel: they would be drawn as one anyway.
		if (last && span.x0 <= last.x1 + 0.5) last.x1 = Math.max(last.x1, span.x1);
		else union.push({ ...span });
	}
	return union.map(({ x0, x1 }) => ({ x0: round(x0), x1: round(x1) }));
}
