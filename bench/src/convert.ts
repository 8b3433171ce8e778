/**
 * The same dataset for vis-timeline, converted in Node when the datasets are written (not in the page, so its load
 * time is not charged with the conversion). Dates come from the app's own EDTF code, never parsed here. (TimelineJS
 * gets the app's own export, `timelineToTimelineJs`, the file the site offers for download.)
 */
import { dayFromIso, isoFromDay } from '../../src/lib/dates/calendar-day.ts';
import { escapeHtml } from '../../src/lib/sharing/escape-html.ts';
import { eventViews } from '../../src/lib/model/event-view.ts';
import type { Timeline } from '../../src/lib/model/schema.ts';
import { fullWindow } from '../../src/lib/timeline/time-window.ts';

export interface VisItem {
	id: string;
	/** vis-timeline renders `content` as HTML. */
	content: string;
	/** ISO calendar dates; `end` is the day after the last (vis-timeline's end is an instant, exclusive). */
	start: string;
	end?: string;
	type: 'box' | 'range';
	group: string;
}

export interface VisDataset {
	groups: { id: string; content: string }[];
	items: VisItem[];
}

/**
 * vis-timeline items: an exact single day is a `box` (its default type), anything longer a `range` over every day
 * it may cover, grouped by category as Sourceline's lanes are. An open end runs to the edge of the span Sourceline
 * shows (the data's full window), as Sourceline draws it.
 */
export function timelineToVis(timeline: Timeline): VisDataset {
	const views = eventViews(timeline);
	const full = fullWindow(
		views.flatMap((view) => (view.recorded ? [view.range, view.recorded.range] : [view.range])),
		[dayFromIso(timeline.article.published)]
	);
	const items = views.map(({ event, range }): VisItem => {
		const first = range.earliest ?? Math.floor(full.start);
		const last = range.latest ?? Math.ceil(full.end) - 1;
		const single = first === last;
		return {
			id: event.id,
			content: escapeHtml(event.title),
			start: isoFromDay(first),
			...(single ? {} : { end: isoFromDay(last + 1) }),
			type: single ? 'box' : 'range',
			group: event.category
		};
	});
	const used = new Set(views.map((view) => view.event.category));
	const groups = timeline.categories.filter(({ id }) => used.has(id)).map(({ id, label }) => ({ id, content: escapeHtml(label) }));
	return { groups, items };
}

