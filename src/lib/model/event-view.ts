/**
 * What the pages show of an event, derived once from the validated data: its parsed dates, their bounds and
 * display labels, and the keys of its passages. Components render from these and never parse dates themselves.
 */
import { edtfBounds, parseEdtf, type DayRange, type EdtfDate } from '../dates/edtf.ts';
import { formatEdtf } from '../dates/format.ts';
import { categoryViews, type CategoryView } from './categories.ts';
import { compareIds } from './ids.ts';
import type { Timeline, TimelineEvent, UndatableReference } from './schema.ts';

export interface DatedView {
	date: EdtfDate;
	range: DayRange;
	label: string;
}

export interface EventView extends DatedView {
	event: TimelineEvent;
	/** The category the event is in: its label and colours. */
	category: CategoryView;
	/** The public record's date, where it differs from the article's. */
	recorded?: DatedView & { note: string; source?: string };
	passageKeys: string[];
}

export interface UndatableView {
	entry: UndatableReference;
	category: CategoryView;
	recorded?: DatedView & { note: string; source?: string };
	passageKeys: string[];
}

/** The key of an event's n-th passage (0-based), also the HTML id of its mark: `passage-<key>`. */
export const passageKey = (eventId: string, index: number): string => `${eventId}-${index + 1}`;

/**
 * The label is formatted when first read: a hosted dataset can have thousands of events, of which a view shows
 * a few dozen, and formatting is most of what deriving a view costs.
 */
function dated<T extends object>(text: string, qualifier: TimelineEvent['qualifier'], fields: T): T & DatedView {
	const date = parseEdtf(text);
	let label: string | undefined;
	return Object.defineProperties(fields, {
		date: { value: date, enumerable: true },
		range: { value: edtfBounds(date), enumerable: true },
		label: { get: () => (label ??= formatEdtf(date, qualifier)), enumerable: true }
	}) as T & DatedView;
}

function recordedView(recorded: TimelineEvent['recorded']) {
	return recorded && dated(recorded.date, undefined, { note: recorded.note, ...(recorded.source ? { source: recorded.source } : {}) });
}

/** Time order: earlier start first (an open start is earliest), then earlier end (an open end is last). */
function compareRanges(a: DayRange, b: DayRange): number {
	const start = (a.earliest ?? -Infinity) - (b.earliest ?? -Infinity);
	if (start !== 0 && !Number.isNaN(start)) return start;
	const end = (a.latest ?? Infinity) - (b.latest ?? Infinity);
	return Number.isNaN(end) ? 0 : end;
}

/** The timeline's categories by id; validation has checked that every entry's category is among them. */
function categoryOf(timeline: Timeline): (id: string) => CategoryView {
	const byId = new Map(categoryViews(timeline.categories).map((category) => [category.id, category]));
	return (id) => byId.get(id)!;
}

export function eventViews(timeline: Timeline): EventView[] {
	const category = categoryOf(timeline);
	return timeline.events
		.map((event) =>
			dated(event.date, event.qualifier, {
				event,
				category: category(event.category),
				recorded: recordedView(event.recorded),
				passageKeys: event.passages.map((_, i) => passageKey(event.id, i))
			})
		)
		.sort((a, b) => compareRanges(a.range, b.range) || compareIds(a.event.id, b.event.id));
}

export function undatableViews(timeline: Timeline): UndatableView[] {
	const category = categoryOf(timeline);
	return timeline.undatable.map((entry) => ({
		entry,
		category: category(entry.category),
		recorded: recordedView(entry.recorded),
		passageKeys: entry.passages.map((_, i) => passageKey(entry.id, i))
	}));
}
