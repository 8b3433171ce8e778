/**
 * A timeline as CSV (RFC 4180): one row per event in time order, then one per undatable entry. CRLF line ends,
 * UTF-8 without a byte-order mark; a field is quoted when it holds a comma, a double quote, CR or LF, and its
 * double quotes are doubled.
 *
 * Dates are calendar dates: `earliest` and `latest` are the inclusive bounds as ISO days (empty where the date is
 * open on that side), computed without time zones.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and some also one that starts with a tab or CR)
 * as a formula, so such a field gets a leading apostrophe (CSV injection, OWASP). So that the guard can always be
 * undone, a field that already starts with apostrophes followed by one of those characters gets one more:
 * to read a field back, drop one leading `'` when it is followed by `'`s and then one of those characters
 * (`unguardCsvField`).
 */
import { isoFromDay } from '../dates/calendar-day.ts';
import { eventViews, undatableViews, type DatedView } from '../model/event-view.ts';
import type { Passage, Timeline } from '../model/schema.ts';

export const CSV_COLUMNS = [
	'kind',
	'id',
	'title',
	'summary',
	'date',
	'date_label',
	'earliest',
	'latest',
	'stated_text',
	'stated_date',
	'recorded_date',
	'recorded_label',
	'recorded_note',
	'status',
	'recurrence',
	'category',
	'actors',
	'passages',
	'reason'
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

/** Between actor ids in the `actors` column. */
export const ACTOR_SEPARATOR = ';';
/** Between the quotes in the `passages` column. */
export const PASSAGE_SEPARATOR = ' … ';

const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The field with a leading `'` when a spreadsheet could read it as a formula. */
export function guardCsvField(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `guardCsvField`. */
export function unguardCsvField(value: string): string {
	return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

/** One RFC 4180 field: guarded, then quoted when it has to be. */
export function csvField(value: string): string {
	const guarded = guardCsvField(value);
	return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

function csvLine(values: readonly string[]): string {
	return `${values.map(csvField).join(',')}\r\n`;
}

const day = (value: number | null): string => (value === null ? '' : isoFromDay(value));
const passages = (list: readonly Passage[]): string => list.map((p) => p.exact).join(PASSAGE_SEPARATOR);

function recordedColumns(recorded: (DatedView & { note: string }) | undefined) {
	return {
		recorded_date: recorded?.date.text ?? '',
		recorded_label: recorded?.label ?? '',
		recorded_note: recorded?.note ?? ''
	};
}

/** The rows of the CSV, as plain strings before guarding and quoting. */
export function csvRows(timeline: Timeline): CsvRow[] {
	const events = eventViews(timeline).map(({ event, label, range, recorded }): CsvRow => ({
		kind: 'event',
		id: event.id,
		title: event.title,
		summary: event.summary,
		date: event.date,
		date_label: label,
		earliest: day(range.earliest),
		latest: day(range.latest),
		stated_text: event.stated.text,
		stated_date: event.stated.date,
		...recordedColumns(recorded),
		status: event.status,
		recurrence: event.recurrence ?? '',
		category: event.category,
		actors: event.actors.join(ACTOR_SEPARATOR),
		passages: passages(event.passages),
		reason: ''
	}));
	const undatable = undatableViews(timeline).map(({ entry, recorded }): CsvRow => ({
		kind: 'undatable',
		id: entry.id,
		title: entry.title,
		summary: entry.summary,
		date: '',
		date_label: '',
		earliest: '',
		latest: '',
		stated_text: entry.stated.text,
		stated_date: '',
		...recordedColumns(recorded),
		status: '',
		recurrence: '',
		category: entry.category,
		actors: entry.actors.join(ACTOR_SEPARATOR),
		passages: passages(entry.passages),
		reason: entry.reason
	}));
	return [...events, ...undatable];
}

/** The whole file: a header line, then the rows; every line ends in CRLF. */
export function timelineToCsv(timeline: Timeline): string {
	return [CSV_COLUMNS, ...csvRows(timeline).map((row) => CSV_COLUMNS.map((column) => row[column]))]
		.map(csvLine)
		.join('');
}
