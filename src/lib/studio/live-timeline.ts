/**
 * The timeline the studio draws while a person reviews: the work's events as a dataset the explorer's own
 * components can draw. Each event's id is its item's key (stable while its id is edited), rejected items are left
 * out, and so are events whose date cannot be drawn yet (none, or one that does not parse): those are counted, for
 * the page to say so.
 */
import { tryParseEdtf } from '../dates/edtf.ts';
import { FORMAT, FORMAT_VERSION, type Timeline, type TimelineEvent } from '../model/schema.ts';
import { usedCategories, type Work, type WorkItem } from './work.ts';

export interface LiveTimeline {
	timeline: Timeline;
	/** Events not drawn because their date is missing or invalid. */
	undrawn: number;
	/** What the timeline was made from, compared by identity: edits replace what they change. */
	basis: readonly unknown[];
}

/** A qualifier the explorer can print: only on a single month, season or year (the validator's rule). */
function drawable(item: WorkItem): boolean {
	const parsed = tryParseEdtf(item.fields.date);
	if (!parsed.ok) return false;
	const date = parsed.value;
	return item.fields.qualifier === undefined || (date.kind === 'point' && date.point.precision !== 'day');
}

/**
 * `previous` is given back when nothing drawn has changed (an item accepted, say), so the explorer's state and the
 * plot are not made again for an edit that changes nothing on the timeline.
 */
export function liveTimeline(work: Work, previous?: LiveTimeline): LiveTimeline {
	const events = work.items.filter((item) => item.kind === 'event' && item.review !== 'rejected');
	const drawn = events.filter(drawable);
	const basis = [work.id, work.meta, work.text, work.actors, work.categories, ...drawn.flatMap((item) => [item.key, item.fields])];
	if (previous && previous.basis.length === basis.length && basis.every((part, i) => part === previous.basis[i]) && previous.undrawn === events.length - drawn.length) return previous;
	return {
		basis,
		timeline: {
			format: FORMAT,
			version: FORMAT_VERSION,
			id: work.id,
			article: { ...work.meta, text: work.text },
			actors: work.actors,
			categories: usedCategories(work),
			events: drawn.map(({ key, fields: f }): TimelineEvent => ({
				id: key,
				title: f.title || '(untitled)',
				summary: f.summary,
				date: f.date,
				...(f.qualifier ? { qualifier: f.qualifier } : {}),
				stated: f.stated,
				...(f.recorded && tryParseEdtf(f.recorded.date).ok ? { recorded: f.recorded } : {}),
				status: f.status,
				...(f.recurrence ? { recurrence: f.recurrence } : {}),
				category: f.category,
				// Every event is drawn in a lane: one without actors yet goes in the placeholder's.
				actors: f.actors.length > 0 ? f.actors : ['unassigned'],
				passages: f.passages
			})),
			undatable: []
		},
		undrawn: events.length - drawn.length
	};
}
