/**
 * What the index of timelines shows of each timeline, derived at build time: its article, how many events and
 * undated references it has and how many are drafts, the years its events span, and its sketch.
 */
import { dayFromIso, ymdFromDay } from '../dates/calendar-day.ts';
import { formatDay } from '../dates/format.ts';
import { categoryViews } from '../model/categories.ts';
import { draftCounts } from '../model/drafts.ts';
import { eventViews, type EventView } from '../model/event-view.ts';
import type { Timeline } from '../model/schema.ts';
import { timelineSketch, type Sketch } from './sketch.ts';

export interface TimelineSummary {
	id: string;
	title: string;
	author: string;
	publisher: string;
	/** YYYY-MM-DD, and as the page writes it. */
	published: string;
	publishedLabel: string;
	events: number;
	undatable: number;
	/** Items not yet accepted, events and undated references together. */
	drafts: number;
	/** The years the events' known days fall in ("2020–2023", "2022"); null when no event has a known day. */
	years: string | null;
	sketch: Sketch;
}

/** The width the sketch is drawn at, in the SVG's own units. */
export const SKETCH_WIDTH = 240;

export function timelineSummary(timeline: Timeline): TimelineSummary {
	const views = eventViews(timeline);
	const published = dayFromIso(timeline.article.published);
	const drafts = draftCounts(timeline);
	return {
		id: timeline.id,
		title: timeline.article.title,
		author: timeline.article.author,
		publisher: timeline.article.publisher,
		published: timeline.article.published,
		publishedLabel: formatDay(published),
		events: timeline.events.length,
		undatable: timeline.undatable.length,
		drafts: drafts.events + drafts.undatable,
		years: yearSpan(views),
		sketch: timelineSketch(views, categoryViews(timeline.categories), published, SKETCH_WIDTH)
	};
}

/** The first and last year in which an event's known days fall, as one label; years only, so never more precise than a date. */
export function yearSpan(views: readonly Pick<EventView, 'range'>[]): string | null {
	let first = Infinity;
	let last = -Infinity;
	for (const { range } of views)
		for (const day of [range.earliest, range.latest])
			if (day !== null) {
				first = Math.min(first, day);
				last = Math.max(last, day);
			}
	if (first > last) return null;
	const [from, to] = [ymdFromDay(first).year, ymdFromDay(last).year];
	return from === to ? String(from) : `${from}–${to}`;
}
