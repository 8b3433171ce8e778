/**
 * Validation of a timeline, shared by the build, `npm run validate`, the tests and (for datasets hosted
 * elsewhere) the browser. Every problem is found in one pass: the schema and the checks no schema can express
 * (dates that parse, passages that match the text, status against the publication date) run side by side, the
 * latter on every part of the data that is well-formed enough to check, so a misspelt field never hides a wrong
 * date. Every issue names the file, the event and the field. Passages whose positions no longer match the text
 * are re-anchored from their quote, as Hypothesis does, and the move is reported as a warning; nothing else in
 * the data is changed.
 */
import * as v from 'valibot';
import { anchorPassage, type PassageSelector } from '../anchoring/anchor.ts';
import { describeAnchorProblem } from '../anchoring/problems.ts';
import { checkCategories } from './category-checks.ts';
import { edtfBounds, tryParseEdtf, type EdtfDate } from '../dates/edtf.ts';
import { dayFromIso, describeInvalidIsoDay, type CalendarDay } from '../dates/calendar-day.ts';
import { EVENT_LISTS, entryName, schemaIssues, type ValidationIssue } from './issues.ts';
import { migrateEventsFile, migrateTimeline } from './migrate.ts';
import { asRecord } from './record.ts';
import { ArticleMetaSchema, EventsFileSchema, FORMAT, FORMAT_VERSION, PassageSchema, TimelineSchema, type Timeline } from './schema.ts';
import { QUALIFIERS } from './vocabulary.ts';

export type ValidationResult =
	| { ok: true; timeline: Timeline; issues: ValidationIssue[] }
	| { ok: false; issues: ValidationIssue[] };

/** The files of one `data/<timeline-id>/` folder, as read; the file names are used in messages. */
export interface TimelineSource {
	id: string;
	/** `json` is undefined when the file could not be read or parsed (the reader has said why). */
	meta: { file: string; json: unknown };
	events: { file: string; json: unknown };
	/** `content` is undefined when the text could not be read; `name` is how messages refer to it (`article.txt`). */
	text: { file: string; name: string; content: string | undefined };
}

/** Validates an article folder (its events file of either version: see `migrate.ts`) and assembles the public timeline from it. */
export function validateTimelineSource(source: TimelineSource): ValidationResult {
	const migrated = migrateEventsFile(source.events.json, source.events.file);
	const meta = source.meta.json === undefined ? undefined : v.safeParse(ArticleMetaSchema, source.meta.json);
	const events = migrated.json === undefined ? undefined : v.safeParse(EventsFileSchema, migrated.json);
	const content = checkContent({ ...asRecord(migrated.json), published: asRecord(source.meta.json)?.published }, source.events.file, source.text);
	const issues = [
		...migrated.issues,
		...(meta ? schemaIssues(ArticleMetaSchema, meta, source.meta.json, source.meta.file) : []),
		...(events ? schemaIssues(EventsFileSchema, events, migrated.json, source.events.file) : []),
		...content.issues
	];
	if (!meta?.success || !events?.success || source.text.content === undefined || hasErrors(issues)) return { ok: false, issues };
	const timeline: Timeline = {
		format: FORMAT,
		version: FORMAT_VERSION,
		id: source.id,
		article: { ...meta.output, text: source.text.content },
		actors: events.output.actors,
		categories: events.output.categories,
		events: content.reanchored('events', events.output.events),
		undatable: content.reanchored('undatable', events.output.undatable)
	};
	return { ok: true, timeline, issues };
}

/** Validates a dataset in the public format (either version: see `migrate.ts`), e.g. one fetched from another site. */
export function validateTimeline(input: unknown, file: string): ValidationResult {
	const { json, issues: migration } = migrateTimeline(input, file);
	const parsed = v.safeParse(TimelineSchema, json);
	const raw = asRecord(json);
	const article = asRecord(raw?.article);
	const text = typeof article?.text === 'string' ? article.text : undefined;
	const content = checkContent({ ...raw, published: article?.published }, file, { file, name: 'article.text', content: text });
	const issues = [...migration, ...schemaIssues(TimelineSchema, parsed, json, file), ...content.issues];
	if (!parsed.success || hasErrors(issues)) return { ok: false, issues };
	const timeline = parsed.output;
	const reanchored = { events: content.reanchored('events', timeline.events), undatable: content.reanchored('undatable', timeline.undatable) };
	return { ok: true, timeline: { ...timeline, ...reanchored }, issues };
}

const hasErrors = (issues: readonly ValidationIssue[]) => issues.some((issue) => issue.severity === 'error');

/**
 * Names every object already has (`'toString' in {}` is true), and keys the schema library drops from a record:
 * as actor ids they would pass an `in` test without being defined, so they are refused.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype', ...Object.getOwnPropertyNames(Object.prototype)]);

/** The parts of a timeline the checks read, as found: any of them may be missing or of the wrong type. */
interface LooseContent {
	published?: unknown;
	actors?: unknown;
	categories?: unknown;
	events?: unknown;
	undatable?: unknown;
}

/**
 * The checks no schema can express, on whatever of `content` has the types they read (the schema reports the
 * rest). Returns the issues and a way to put re-anchored positions into the schema's output.
 */
function checkContent(content: LooseContent, file: string, text: TimelineSource['text']) {
	const issues: ValidationIssue[] = [];
	const moves = new Map<string, { start: number; end: number }>();
	const published =
		typeof content.published === 'string' && describeInvalidIsoDay(content.published) === null
			? { day: dayFromIso(content.published), iso: content.published }
			: undefined;
	const actors = asRecord(content.actors);
	const seen = new Set<string>();
	const usedActors = new Set<string>();
	let drafts = 0;
	const report = (severity: ValidationIssue['severity'], event: string | undefined, field: string | undefined, message: string) =>
		issues.push({ severity, file, event, field, message });

	for (const key of Object.keys(actors ?? {}))
		if (RESERVED_KEYS.has(key)) report('error', undefined, `actors.${key}`, 'is a name every JavaScript object already has: choose another id');
	const categories = checkCategories(content.categories, (field, message) => report('error', undefined, field, message));

	for (const list of EVENT_LISTS) {
		const entries = content[list];
		if (!Array.isArray(entries)) continue;
		entries.forEach((raw, index) => {
			const entry = asRecord(raw);
			if (!entry) return;
			const name = entryName(list, index, entry);
			const fail = (field: string) => (message: string) => report('error', name, field, message);
			if (entry.draft === true) drafts++;
			if (typeof entry.id === 'string') {
				if (seen.has(entry.id)) fail('id')(`duplicate id "${name}"`);
				seen.add(entry.id);
			}
			if (Array.isArray(entry.actors))
				entry.actors.forEach((actor, i) => {
					if (typeof actor !== 'string') return;
					usedActors.add(actor);
					if (actors && (!Object.hasOwn(actors, actor) || RESERVED_KEYS.has(actor)))
						fail(`actors.${i}`)(`unknown actor "${actor.slice(0, 80)}": add it to "actors"`);
				});
			if (categories && typeof entry.category === 'string' && !categories.has(entry.category))
				fail('category')(`"${entry.category.slice(0, 80)}" is not one of the categories the file declares: add it to "categories"`);
			const recorded = asRecord(entry.recorded);
			if (typeof recorded?.date === 'string') parseField(recorded.date, fail('recorded.date'));
			checkStatedText(entry, fail('stated.text'));
			if (list === 'events') {
				const date = checkDates(entry, fail);
				if (date && published) checkStatus(entry, date, published, fail('status'));
				if (typeof entry.date === 'string' && recorded?.date === entry.date)
					report('warning', name, 'recorded.date', 'is the same as "date": a recorded date is only for where the record differs or is more precise');
			}
			if (Array.isArray(entry.passages) && text.content !== undefined) {
				const content = text.content;
				entry.passages.forEach((passage, i) => {
					// A passage of the wrong shape is the schema's to report.
					if (!v.is(PassageSchema, passage)) return;
					const moved = anchor(content, text.name, passage, (severity, message) => report(severity, name, `passages.${i}`, message));
					if (moved) moves.set(`${list}.${index}.${i}`, moved);
				});
			}
		});
	}

	if (drafts > 0) report('warning', undefined, undefined, `${drafts} drafted item(s) not yet accepted: review each and remove its "draft": true`);
	for (const actor of Object.keys(actors ?? {}))
		if (!usedActors.has(actor) && !RESERVED_KEYS.has(actor)) report('warning', undefined, `actors.${actor}`, 'is defined but no event names it');
	const cause = text.content === undefined || moves.size === 0 ? undefined : invisibleShift(text.content);
	if (cause) issues.push({ severity: 'warning', file: text.file, message: `${cause}: the likely cause of the ${moves.size} moved passage(s)` });

	return {
		issues,
		/** The entries of `list` with the positions of re-anchored passages replaced. */
		reanchored<T extends { passages: PassageSelector[] }>(list: (typeof EVENT_LISTS)[number], entries: T[]): T[] {
			if (moves.size === 0) return entries;
			return entries.map((entry, index) => ({
				...entry,
				passages: entry.passages.map((passage, i) => ({ ...passage, ...moves.get(`${list}.${index}.${i}`) }))
			}));
		}
	};
}

/** Characters that move every position after them and cannot be seen: a byte-order mark, CRLF line ends. */
function invisibleShift(text: string): string | undefined {
	const causes = [
		text.startsWith('\ufeff') && 'starts with a byte-order mark (U+FEFF), which counts as a character: save it as UTF-8 without one',
		text.includes('\r\n') &&
			'has CRLF line endings, each counted as two characters (a checkout that turns LF into CRLF does this; .gitattributes keeps data/ as committed)'
	].filter((cause): cause is string => typeof cause === 'string');
	return causes.length === 0 ? undefined : causes.join('; it ');
}

function parseField(text: string, fail: (message: string) => void): EdtfDate | undefined {
	const parsed = tryParseEdtf(text);
	if (parsed.ok) return parsed.value;
	fail(parsed.error);
	return undefined;
}

/** Every date of an event parses; "early / mid / late" narrows only a single month, season or year. Returns `date`, parsed. */
function checkDates(event: Record<string, unknown>, fail: (field: string) => (message: string) => void): EdtfDate | undefined {
	const date = typeof event.date === 'string' ? parseField(event.date, fail('date')) : undefined;
	const stated = asRecord(event.stated);
	if (typeof stated?.date === 'string') parseField(stated.date, fail('stated.date'));
	const qualifier = event.qualifier;
	if (date && typeof qualifier === 'string' && (QUALIFIERS as readonly string[]).includes(qualifier) && (date.kind !== 'point' || date.point.precision === 'day'))
		fail('qualifier')(`"${qualifier}" only applies to a single month, season or year, not to "${event.date}"`);
	return date;
}

/** "happened" must have begun by publication; "anticipated" must be able to fall on or after it. */
function checkStatus(event: Record<string, unknown>, date: EdtfDate, published: { day: CalendarDay; iso: string }, fail: (message: string) => void) {
	const { earliest, latest } = edtfBounds(date);
	if (event.status === 'happened' && earliest !== null && earliest > published.day)
		fail(`is "happened" but ${event.date} begins after the article's publication date ${published.iso}`);
	if (event.status === 'anticipated' && latest !== null && latest < published.day)
		fail(`is "anticipated" but ${event.date} ends before the article's publication date ${published.iso}`);
}

/** `stated.text` is the article's own words, so it must be quoted verbatim inside one of the entry's passages. */
function checkStatedText(entry: Record<string, unknown>, fail: (message: string) => void) {
	const stated = asRecord(entry.stated)?.text;
	if (typeof stated !== 'string' || !Array.isArray(entry.passages)) return;
	const quotes = entry.passages.map((passage) => asRecord(passage)?.exact).filter((exact): exact is string => typeof exact === 'string');
	if (quotes.length > 0 && !quotes.some((exact) => exact.includes(stated)))
		fail(`"${stated.slice(0, 80)}" is not in any of this entry's passages: quote the article's words exactly, inside one passage`);
}

/**
 * Checks a passage against the text; returns its new positions when they had drifted and the quote was found
 * again from its context.
 */
function anchor(
	text: string,
	textName: string,
	passage: PassageSelector,
	report: (severity: ValidationIssue['severity'], message: string) => void
): { start: number; end: number } | undefined {
	if (passage.end <= passage.start) {
		report('error', `end (${passage.end}) must be greater than start (${passage.start})`);
		return undefined;
	}
	const result = anchorPassage(text, passage);
	const problem = describeAnchorProblem(result, passage, text, textName);
	if (result.status === 'exact') return undefined;
	if (result.status === 'moved') {
		report('warning', `${problem}; re-anchored from the quote (run \`npm run validate -- --fix\` to save the new positions)`);
		return { start: result.start, end: result.end };
	}
	report('error', problem ?? 'passage cannot be anchored');
	return undefined;
}
