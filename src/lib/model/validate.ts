/**
 * Validation of a timeline, shared by the build, `npm run validate`, the tests and (for datasets hosted
 * elsewhere) the browser. Every issue names the file, the event and the field. Passages whose positions no
 * longer match the text are re-anchored from their quote, as Hypothesis does, and the move is reported as a
 * warning; nothing else in the data is changed.
 */
import * as v from 'valibot';
import { anchorPassage, describeAnchorProblem } from '../anchoring/anchor.ts';
import { edtfBounds, tryParseEdtf, type EdtfDate } from '../dates/edtf.ts';
import { dayFromIso, type CalendarDay } from '../dates/calendar-day.ts';
import {
	ArticleMetaSchema,
	EventsFileSchema,
	FORMAT,
	FORMAT_VERSION,
	TimelineSchema,
	type EventsFile,
	type Passage,
	type Timeline,
	type TimelineEvent,
	type UndatableReference
} from './schema.ts';

export interface ValidationIssue {
	severity: 'error' | 'warning';
	file: string;
	/** The event's id, when the issue belongs to one. */
	event?: string;
	/** Dotted path inside the event (or the file when there is no event): `passages.0.start`. */
	field?: string;
	message: string;
}

export type ValidationResult =
	| { ok: true; timeline: Timeline; issues: ValidationIssue[] }
	| { ok: false; issues: ValidationIssue[] };

export function formatIssue(issue: ValidationIssue): string {
	const where = [
		issue.file,
		issue.event === undefined ? undefined : `event "${issue.event}"`,
		issue.field === undefined ? undefined : `field "${issue.field}"`
	]
		.filter(Boolean)
		.join(', ');
	return `${issue.severity}: ${where}: ${issue.message}`;
}

/** The files of one `data/<timeline-id>/` folder, already read; the names are used in messages. */
export interface TimelineSource {
	id: string;
	meta: { file: string; json: unknown };
	events: { file: string; json: unknown };
	text: { file: string; content: string };
}

/** Validates an article folder and assembles the public timeline from it. */
export function validateTimelineSource(source: TimelineSource): ValidationResult {
	const metaIssues = schemaIssues(ArticleMetaSchema, source.meta.json, source.meta.file, []);
	const events = v.safeParse(EventsFileSchema, source.events.json);
	const issues = [
		...metaIssues,
		...(events.success ? [] : schemaIssues(EventsFileSchema, source.events.json, source.events.file, ['events', 'undatable']))
	];
	if (issues.length > 0 || !events.success) return { ok: false, issues };
	const meta = v.parse(ArticleMetaSchema, source.meta.json);
	const timeline: Timeline = {
		format: FORMAT,
		version: FORMAT_VERSION,
		id: source.id,
		article: { ...meta, text: source.text.content },
		actors: events.output.actors,
		events: events.output.events,
		undatable: events.output.undatable
	};
	return checkTimeline(timeline, source.events.file);
}

/** Validates a dataset in the public format, e.g. one fetched from another site. */
export function validateTimeline(json: unknown, file: string): ValidationResult {
	const issues = schemaIssues(TimelineSchema, json, file, ['events', 'undatable']);
	if (issues.length > 0) return { ok: false, issues };
	return checkTimeline(v.parse(TimelineSchema, json), file);
}

/** The checks no schema can express; returns the timeline with any re-anchored passages. */
function checkTimeline(timeline: Timeline, file: string): ValidationResult {
	const issues: ValidationIssue[] = [];
	const report = (severity: ValidationIssue['severity'], event: string | undefined, field: string | undefined, message: string) =>
		issues.push({ severity, file, event, field, message });

	const published = dayFromIso(timeline.article.published);
	const text = timeline.article.text;
	const seen = new Set<string>();
	const usedActors = new Set<string>();

	const checkCommon = (entry: TimelineEvent | UndatableReference) => {
		if (seen.has(entry.id)) report('error', entry.id, 'id', `duplicate id "${entry.id}"`);
		seen.add(entry.id);
		entry.actors.forEach((actor, i) => {
			usedActors.add(actor);
			if (!(actor in timeline.actors)) report('error', entry.id, `actors.${i}`, `unknown actor "${actor}": add it to "actors"`);
		});
		if (entry.recorded) parseField(entry.recorded.date, (message) => report('error', entry.id, 'recorded.date', message));
		checkStatedText(entry, (message) => report('error', entry.id, 'stated.text', message));
		return entry.passages.map((passage, i) =>
			anchor(text, passage, (severity, message) => report(severity, entry.id, `passages.${i}`, message))
		);
	};

	const events = timeline.events.map((event) => {
		const passages = checkCommon(event);
		const fail = (field: string) => (message: string) => report('error', event.id, field, message);
		const date = parseField(event.date, fail('date'));
		parseField(event.stated.date, fail('stated.date'));
		if (date) {
			checkQualifier(event, date, fail('qualifier'));
			checkStatus(event, date, published, timeline.article.published, fail('status'));
		}
		if (event.recorded?.date === event.date)
			report('warning', event.id, 'recorded.date', 'is the same as "date": a recorded date is only for where the record differs or is more precise');
		return { ...event, passages };
	});
	const undatable = timeline.undatable.map((entry) => ({ ...entry, passages: checkCommon(entry) }));

	const drafts = [...timeline.events, ...timeline.undatable].filter((entry) => entry.draft).length;
	if (drafts > 0) report('warning', undefined, undefined, `${drafts} drafted item(s) not yet accepted: review each and remove its "draft": true`);
	for (const actor of Object.keys(timeline.actors))
		if (!usedActors.has(actor)) report('warning', undefined, `actors.${actor}`, 'is defined but no event names it');

	if (issues.some((issue) => issue.severity === 'error')) return { ok: false, issues };
	return { ok: true, timeline: { ...timeline, events, undatable }, issues };
}

function parseField(text: string, fail: (message: string) => void): EdtfDate | undefined {
	const parsed = tryParseEdtf(text);
	if (parsed.ok) return parsed.value;
	fail(parsed.error);
	return undefined;
}

/** "early / mid / late" narrows a month, season or year; an exact day or a range has nothing to narrow. */
function checkQualifier(event: TimelineEvent, date: EdtfDate, fail: (message: string) => void) {
	if (event.qualifier && (date.kind !== 'point' || date.point.precision === 'day'))
		fail(`"${event.qualifier}" only applies to a single month, season or year, not to "${event.date}"`);
}

/** "happened" must have begun by publication; "anticipated" must be able to fall on or after it. */
function checkStatus(event: TimelineEvent, date: EdtfDate, published: CalendarDay, publishedIso: string, fail: (message: string) => void) {
	const { earliest, latest } = edtfBounds(date);
	if (event.status === 'happened' && earliest !== null && earliest > published)
		fail(`is "happened" but ${event.date} begins after the article's publication date ${publishedIso}`);
	if (event.status === 'anticipated' && latest !== null && latest < published)
		fail(`is "anticipated" but ${event.date} ends before the article's publication date ${publishedIso}`);
}

/** `stated.text` is the article's own words, so it must be quoted verbatim inside one of the entry's passages. */
function checkStatedText(entry: TimelineEvent | UndatableReference, fail: (message: string) => void) {
	if (!entry.passages.some((passage) => passage.exact.includes(entry.stated.text)))
		fail(`"${entry.stated.text}" is not in any of this entry's passages: quote the article's words exactly, inside one passage`);
}

/** Checks a passage against the text, re-anchoring it from its quote when the positions have drifted. */
function anchor(text: string, passage: Passage, report: (severity: ValidationIssue['severity'], message: string) => void): Passage {
	if (passage.end <= passage.start) {
		report('error', `end (${passage.end}) must be greater than start (${passage.start})`);
		return passage;
	}
	const result = anchorPassage(text, passage);
	const problem = describeAnchorProblem(result, passage);
	if (result.status === 'exact') return passage;
	if (result.status === 'moved') {
		report('warning', `${problem}; re-anchored from the quote (run \`npm run validate -- --fix\` to save the new positions)`);
		return { ...passage, start: result.start, end: result.end };
	}
	report('error', problem ?? 'passage cannot be anchored');
	return passage;
}

/** Turns valibot issues into ours, naming the event by its id when the path runs through a list of events. */
function schemaIssues(
	schema: v.GenericSchema,
	json: unknown,
	file: string,
	eventLists: readonly string[]
): ValidationIssue[] {
	const result = v.safeParse(schema, json);
	if (result.success) return [];
	return result.issues.map((issue) => {
		const path = (issue.path ?? []).map((item) => String(item.key));
		const [list, index, ...rest] = path;
		const inEventList = list !== undefined && eventLists.includes(list) && index !== undefined;
		const entry = inEventList ? (json as Record<string, unknown[]>)[list]?.[Number(index)] : undefined;
		const id = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : `${list}[${index}]`;
		return {
			severity: 'error' as const,
			file,
			event: inEventList ? id : undefined,
			field: (inEventList ? rest : path).join('.') || undefined,
			message: readableMessage(issue)
		};
	});
}

/** valibot's wording for a missing or unknown key is about keys; ours is about fields. */
function readableMessage(issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never')
		return `unknown field ${issue.received}: remove it or check its spelling`;
	if (issue.input === undefined && issue.received === 'undefined') return `is missing (expected ${issue.expected})`;
	return issue.message;
}
