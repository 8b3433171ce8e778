/**
 * A timeline as CSV (RFC 4180): one row per event in time order, then one per undatable entry. CRLF line ends,
 * UTF-8 without a byte-order mark; a field is quoted when it holds a double quote, CR, LF or the list separator
 * of any common locale (comma, semicolon, tab), and its double quotes are doubled.
 *
 * Dates are calendar dates: `earliest` and `latest` are the inclusive bounds as ISO days (empty where the date is
 * open on that side), computed without time zones.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and some also one that starts with a tab or CR)
 * as a formula, so such a field gets a leading apostrophe (CSV injection, OWASP). A spreadsheet whose locale
 * separates with semicolons splits `Talks;=cmd…` at the `;`, quotes or not, and the second cell starts with `=`:
 * so the same apostrophe goes after every separator of a common locale and every line break inside a field
 * too. So that the guard can always be undone, a start that is apostrophes followed by one of those characters
 * gets one more: to read a field back, drop one `'` at each such start (`unguardCsvField`).
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

/** Where a spreadsheet may start a cell: the field's start, and after a separator of any common locale or a line break. */
const CELL_START = String.raw`(?<=^|[,;\t\r\n])`;
/** What a spreadsheet reads as a formula at a cell's start, after any apostrophes already there. */
const FORMULA = String.raw`'*[=+\-@\t\r]`;
const GUARD = new RegExp(`${CELL_START}(?=${FORMULA})`, 'g');
const UNGUARD = new RegExp(`${CELL_START}'(?=${FORMULA})`, 'g');

/** The field with a `'` at every cell start a spreadsheet could read as a formula. */
export function guardCsvField(value: string): string {
	return value.replace(GUARD, "'");
}

/** Undoes `guardCsvField`. */
export function unguardCsvField(value: string): string {
	return value.replace(UNGUARD, '');
}

/** One RFC 4180 field: guarded, then quoted when it holds a quote, a line break or any locale's separator. */
export function csvField(value: string): string {
	const guarded = guardCsvField(value);
	return /[",;\t\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
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
