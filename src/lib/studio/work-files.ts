/**
 * A work written out as the data folder's three files (`article.meta.json`, `events.json`, `article.txt`) and
 * checked by the build's own validator, which also assembles the public JSON from them: what the studio offers
 * for download is exactly what `npm run validate` and the build would accept. Rejected items are not written;
 * pending ones are written with `"draft": true`.
 */
import { formatIssue, entryName, type ValidationIssue } from '../model/issues.ts';
import type { ArticleMeta, EventsFile, Timeline, TimelineEvent, UndatableReference } from '../model/schema.ts';
import { validateTimelineSource } from '../model/validate.ts';
import { SLUG } from '../model/vocabulary.ts';
import { usedCategories, type Work, type WorkItem } from './work.ts';

export const FILE_NAMES = { meta: 'article.meta.json', events: 'events.json', text: 'article.txt' } as const;
/** Where the schema is from a data folder (`data/<id>/events.json`), as the draft command writes it. */
const EVENTS_SCHEMA = '../../static/schema/events.schema.json';

export interface WorkFiles {
	meta: ArticleMeta;
	events: EventsFile;
	text: string;
	/** The item behind each written entry, by the name the validator gives it (its id, or `events[3]`). */
	itemByEntry: Map<string, string>;
}

const draftMark = (item: WorkItem) => (item.review === 'pending' ? { draft: true as const } : {});

function eventEntry(item: WorkItem): TimelineEvent {
	const f = item.fields;
	return {
		id: f.id,
		title: f.title,
		summary: f.summary,
		date: f.date,
		...(f.qualifier ? { qualifier: f.qualifier } : {}),
		stated: { text: f.stated.text, date: f.stated.date },
		...(f.recorded ? { recorded: f.recorded } : {}),
		status: f.status,
		...(f.recurrence ? { recurrence: f.recurrence } : {}),
		category: f.category,
		actors: f.actors,
		passages: f.passages,
		...draftMark(item)
	};
}

function undatableEntry(item: WorkItem): UndatableReference {
	const f = item.fields;
	return {
		id: f.id,
		title: f.title,
		summary: f.summary,
		stated: { text: f.stated.text },
		reason: f.reason,
		...(f.recorded ? { recorded: f.recorded } : {}),
		category: f.category,
		actors: f.actors,
		passages: f.passages,
		...draftMark(item)
	};
}

export function workFiles(work: Work): WorkFiles {
	const written = work.items.filter((item) => item.review !== 'rejected');
	const events = written.filter((item) => item.kind === 'event');
	const undatable = written.filter((item) => item.kind === 'undatable');
	const used = new Set(written.flatMap((item) => item.fields.actors));
	const itemByEntry = new Map<string, string>();
	events.forEach((item, i) => itemByEntry.set(entryName('events', i, item.fields), item.key));
	undatable.forEach((item, i) => itemByEntry.set(entryName('undatable', i, item.fields), item.key));
	return {
		meta: work.meta,
		events: {
			$schema: EVENTS_SCHEMA,
			actors: Object.fromEntries(Object.entries(work.actors).filter(([key]) => used.has(key))),
			// An item's category that none declares is left for the validator to report on that item.
			categories: usedCategories(work),
			events: events.map(eventEntry),
			undatable: undatable.map(undatableEntry)
		},
		text: work.text,
		itemByEntry
	};
}

/** A problem the validator found, with the item it belongs to (when it belongs to one). */
export interface WorkProblem {
	issue: ValidationIssue;
	/** The one-line message, as `npm run validate` prints it. */
	line: string;
	item?: string;
}

export type WorkCheck =
	| { ok: true; timeline: Timeline; problems: WorkProblem[] }
	| { ok: false; problems: WorkProblem[] };

/** The build's validation of the work's files; on success, the public format's dataset. */
export function checkWork(work: Work): WorkCheck {
	const files = workFiles(work);
	const result = validateTimelineSource({
		id: work.id,
		meta: { file: FILE_NAMES.meta, json: files.meta },
		events: { file: FILE_NAMES.events, json: files.events },
		text: { file: FILE_NAMES.text, name: FILE_NAMES.text, content: files.text }
	});
	// The folder's name, which the build checks when it lists data/ (the validator is given it as the id).
	const idIssues: ValidationIssue[] = SLUG.test(work.id) && work.id.length <= 80 ? [] : [{ severity: 'error', file: `data/${work.id}`, field: 'id', message: 'the timeline id names the data folder, so it must be a slug: lower-case letters, digits and single hyphens' }];
	const problems = [...idIssues, ...result.issues].map((issue) => ({
		issue,
		line: formatIssue(issue),
		...(issue.event !== undefined && files.itemByEntry.has(issue.event) ? { item: files.itemByEntry.get(issue.event)! } : {})
	}));
	return result.ok && idIssues.length === 0 ? { ok: true, timeline: result.timeline, problems } : { ok: false, problems };
}

/** A JSON file as the project writes them: two-space indents, a final line break. */
export const jsonFile = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
