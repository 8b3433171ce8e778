/**
 * What each event's mark says about what is known, independent of the zoom: where it starts and ends in days,
 * and how certain that is. Components turn these into pixels with the current scale.
 */
import type { EdtfDate, EdtfPoint } from '../dates/edtf.ts';
import type { EventView } from '../model/event-view.ts';

/**
 * - `point`: an exact day.
 * - `bar`: an interval between exact days.
 * - `band`: a month, season or year, an interval with a vague or open end, or one day somewhere in a range
 *   (EDTF's one-of set) — the whole possible window,
 *   drawn softer than an exact date.
 */
export type MarkShape = 'point' | 'bar' | 'band';

export interface MarkExtent {
	shape: MarkShape;
	/** First day (inclusive) and the day after the last (exclusive), as TimeWindow days; null = open. */
	start: number | null;
	end: number | null;
	approximate: boolean;
	uncertain: boolean;
}

export interface TimelineMark extends MarkExtent {
	id: string;
	/** The public record's date, drawn beside the article's where they differ. */
	recorded?: MarkExtent;
	anticipated: boolean;
	/** Index in time order: the order keyboard navigation follows. */
	order: number;
}

const points = (date: EdtfDate): (EdtfPoint | null)[] => (date.kind === 'point' ? [date.point] : [date.start, date.end]);

export function markExtent(view: { date: EdtfDate; range: { earliest: number | null; latest: number | null } }): MarkExtent {
	const ends = points(view.date);
	const exactDays = ends.every((point) => point !== null && point.precision === 'day');
	const isSingleDay = view.date.kind === 'point' && exactDays;
	// A one-of range is an instant we cannot pin down: a window of possibility, like a month.
	const isDuration = view.date.kind === 'interval' && exactDays;
	return {
		shape: isSingleDay ? 'point' : isDuration ? 'bar' : 'band',
		start: view.range.earliest,
		end: view.range.latest === null ? null : view.range.latest + 1,
		approximate: ends.some((point) => point?.approximate === true),
		uncertain: ends.some((point) => point?.uncertain === true)
	};
}

/** One mark per event, in time order (the order of `views`). */
export function timelineMarks(views: readonly EventView[]): TimelineMark[] {
	return views.map((view, order) => ({
		id: view.event.id,
		...markExtent(view),
		recorded: view.recorded && markExtent(view.recorded),
		anticipated: view.event.status === 'anticipated',
		order
	}));
}
