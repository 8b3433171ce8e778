/** What the explorer knows of a timeline that does not change while it is open, derived once per dataset. */
import { articlePassages, type ArticlePassages } from '../article/passages.ts';
import { dayFromIso, type CalendarDay } from '../dates/calendar-day.ts';
import { formatDay } from '../dates/format.ts';
import { categoryViews, type CategoryView } from '../model/categories.ts';
import { countBy } from '../model/counts.ts';
import { eventViews, undatableViews, type EventView, type UndatableView } from '../model/event-view.ts';
import { compareIds } from '../model/ids.ts';
import type { Timeline } from '../model/schema.ts';
import type { LaneMode } from '../sharing/view-state.ts';
import { timelineMarks, type TimelineMark } from '../timeline/marks.ts';
import type { PlotEvent } from '../timeline/plot.ts';
import { fullWindow, type TimeWindow } from '../timeline/time-window.ts';

/** An event as the explorer plots it: in its lane for the lane mode, with its view for the detail and names. */
export interface ExplorerEvent extends PlotEvent {
	view: EventView;
}

export interface TimelineFacts {
	/** Every event in time order, and its mark (index-aligned). */
	views: readonly EventView[];
	marks: readonly TimelineMark[];
	viewById: ReadonlyMap<string, EventView>;
	/** The references the article makes that cannot be placed in time, in the order of the data. */
	undatable: readonly UndatableView[];
	undatableById: ReadonlyMap<string, UndatableView>;
	published: CalendarDay;
	publishedLabel: string;
	/** The whole span: every event's dates, the record's and the publication day, with a margin. */
	full: TimeWindow;
	/** The ids of the categories that have events, in the order the dataset declares them; every actor, most events first. */
	categories: readonly string[];
	/** Every declared category, its label and colours. */
	categoryById: ReadonlyMap<string, CategoryView>;
	actors: readonly string[];
	categoryCounts: ReadonlyMap<string, number>;
	actorCounts: ReadonlyMap<string, number>;
	/**
	 * Every event in time order, in its lane for each lane mode: in its category's, or in the lane of each of its
	 * actors (an event with several actors is drawn once in each).
	 */
	eventsIn: Readonly<Record<LaneMode, readonly ExplorerEvent[]>>;
	passages: ArticlePassages;
}

export function timelineFacts(timeline: Timeline): TimelineFacts {
	const views = eventViews(timeline);
	const undatable = undatableViews(timeline);
	const marks = timelineMarks(views);
	const published = dayFromIso(timeline.article.published);
	const ranges = views.flatMap((view) => (view.recorded ? [view.range, view.recorded.range] : [view.range]));
	const categoryCounts = countBy(views.map((view) => view.event.category));
	const actorCounts = countBy(views.flatMap((view) => view.event.actors));
	const actorCount = (actor: string) => actorCounts.get(actor) ?? 0;
	const inLanes = (lanes: (view: EventView) => readonly string[]) =>
		views.flatMap((view, i) =>
			lanes(view).map(
				(lane): ExplorerEvent => ({
					id: view.event.id,
					key: `${lane}/${view.event.id}`,
					title: view.event.title,
					lane,
					mark: marks[i]!,
					priority: view.passageKeys.length,
					view
				})
			)
		);
	return {
		views,
		marks,
		viewById: new Map(views.map((view) => [view.event.id, view])),
		undatable,
		undatableById: new Map(undatable.map((view) => [view.entry.id, view])),
		published,
		publishedLabel: formatDay(published),
		full: fullWindow(ranges, [published]),
		categories: timeline.categories.map(({ id }) => id).filter((id) => categoryCounts.has(id)),
		categoryById: new Map(categoryViews(timeline.categories).map((category) => [category.id, category])),
		actors: Object.keys(timeline.actors).sort((a, b) => actorCount(b) - actorCount(a) || compareIds(a, b)),
		categoryCounts,
		actorCounts,
		eventsIn: { category: inLanes((view) => [view.event.category]), actor: inLanes((view) => view.event.actors) },
		passages: articlePassages(timeline)
	};
}
