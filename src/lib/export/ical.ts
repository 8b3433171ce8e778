/**
 * A timeline as an iCalendar file (RFC 5545), for calendar apps: one all-day VEVENT per event.
 *
 * A calendar date stays a calendar date: every DTSTART and DTEND is a `VALUE=DATE` (no time, no time zone), so
 * the event falls on the same days in every zone. DTEND is exclusive, the day after the latest possible day. An
 * event open at one end (an interval with `..`, or a one-of range `[A..]` / `[..B]`) is shown on its one known
 * day, and its description says it is open-ended. Month, season and year dates and one-of ranges are shown over
 * their whole window, and the description says the event took place sometime in it, not all of it.
 *
 * DTSTAMP is the article's publication date at midnight UTC, so that the same data always builds the same file.
 * Undatable entries have no place in a calendar and are left out.
 */
import { type CalendarDay, dayFromIso, isoFromDay } from '../dates/calendar-day.ts';
import type { EdtfPoint } from '../dates/edtf.ts';
import { formatDay } from '../dates/format.ts';
import { eventViews, type EventView } from '../model/event-view.ts';
import type { Timeline } from '../model/schema.ts';

export const PRODID = '-//Sourceline//Timeline//EN';
export const UID_DOMAIN = 'sourceline';
/** RFC 5545 §3.1: lines longer than 75 octets (without the CRLF) are folded. */
export const MAX_LINE_OCTETS = 75;

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma are escaped, and a line break becomes `\n`. */
export function escapeText(value: string): string {
	return value
		.replaceAll('\\', '\\\\')
		.replaceAll(';', '\\;')
		.replaceAll(',', '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Octets(codePoint: number): number {
	if (codePoint < 0x80) return 1;
	if (codePoint < 0x800) return 2;
	if (codePoint < 0x10000) return 3;
	return 4;
}

/**
 * RFC 5545 §3.1: a content line folded into lines of at most 75 octets of UTF-8, each continuation starting with a
 * space (which counts towards its 75). Splits between characters only, never inside a multi-byte character or a
 * surrogate pair.
 */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	let limit = MAX_LINE_OCTETS;
	for (const character of line) {
		const size = utf8Octets(character.codePointAt(0)!);
		if (octets + size > limit) {
			lines.push(current);
			current = '';
			octets = 0;
			limit = MAX_LINE_OCTETS - 1;
		}
		current += character;
		octets += size;
	}
	lines.push(current);
	return lines.join('\r\n ');
}

/** `20220224` */
export const icalDate = (day: CalendarDay): string => isoFromDay(day).replaceAll('-', '');

/** The days a calendar shows an event on: `end` is exclusive. */
export interface CalendarSpan {
	start: CalendarDay;
	end: CalendarDay;
	/** Which side of the date is open, if one is. */
	open: 'start' | 'end' | null;
}

/** @throws RangeError for a date open at both ends (which the EDTF parser already refuses). */
export function calendarSpan(view: Pick<EventView, 'range'>): CalendarSpan {
	const { earliest, latest } = view.range;
	if (earliest !== null && latest !== null) return { start: earliest, end: latest + 1, open: null };
	if (earliest !== null) return { start: earliest, end: earliest + 1, open: 'end' };
	if (latest !== null) return { start: latest, end: latest + 1, open: 'start' };
	throw new RangeError('a date open at both ends has no place in a calendar');
}

function datePoints(view: EventView): EdtfPoint[] {
	const { date } = view;
	if (date.kind === 'point') return [date.point];
	return [date.start, date.end].filter((point): point is EdtfPoint => point !== null);
}

const isUncertain = (view: EventView) => datePoints(view).some((point) => point.uncertain);
const isApproximate = (view: EventView) => datePoints(view).some((point) => point.approximate);

/** "(?) c. Title": the marks of the date, since a calendar shows only the title at a glance. */
export function eventSummary(view: EventView): string {
	return `${isUncertain(view) ? '(?) ' : ''}${isApproximate(view) ? 'c. ' : ''}${view.event.title}`;
}

/** What the calendar cannot show of the date. */
function dateNotes(view: EventView, span: CalendarSpan): string[] {
	const notes: string[] = [];
	if (span.open === 'end') notes.push(`Open-ended: ${view.label}; the calendar shows its first day only.`);
	if (span.open === 'start') notes.push(`Open start: ${view.label}; the calendar shows its last day only.`);
	const { date } = view;
	const window = date.kind === 'oneOf' || (date.kind === 'point' && date.point.precision !== 'day');
	if (window && span.open === null) notes.push('Sometime in this window, not all of it.');
	if (date.kind === 'interval' && span.open === null && datePoints(view).some((p) => p.precision !== 'day')) {
		notes.push('The ends are not known to the day; the calendar shows the widest span they allow.');
	}
	if (isUncertain(view)) notes.push('Uncertain date.');
	if (isApproximate(view)) notes.push('Approximate date.');
	return notes;
}

function eventDescription(view: EventView, span: CalendarSpan, published: string): string {
	const { event, recorded } = view;
	const facts = [
		`Date: ${view.label}.`,
		`The article says: “${event.stated.text}”.`,
		...(recorded ? [`Recorded date: ${recorded.label}. ${recorded.note}`] : []),
		...dateNotes(view, span),
		...(event.status === 'anticipated' ? [`Anticipated as of the article’s publication (${published}).`] : []),
		...(event.recurrence === 'annual' ? ['Recurs every year.'] : [])
	];
	const quotes = event.passages.map((passage) => `“${passage.exact}”`);
	const passages = `${quotes.length === 1 ? 'Passage' : 'Passages'}:\n${quotes.join('\n')}`;
	return [event.summary, facts.join('\n'), passages].join('\n\n');
}

function property(name: string, value: string): string {
	return foldLine(`${name}:${value}`);
}

function vevent(view: EventView, timeline: Timeline, dtstamp: string, published: string): string[] {
	const { event } = view;
	const span = calendarSpan(view);
	return [
		'BEGIN:VEVENT',
		property('UID', escapeText(`${event.id}@${UID_DOMAIN}`)),
		property('DTSTAMP', dtstamp),
		property('DTSTART;VALUE=DATE', icalDate(span.start)),
		property('DTEND;VALUE=DATE', icalDate(span.end)),
		property('SUMMARY', escapeText(eventSummary(view))),
		property('DESCRIPTION', escapeText(eventDescription(view, span, published))),
		property('CATEGORIES', escapeText(event.category)),
		property('STATUS', event.status === 'anticipated' ? 'TENTATIVE' : 'CONFIRMED'),
		property('TRANSP', 'TRANSPARENT'),
		property('URL', timeline.article.url),
		'END:VEVENT'
	];
}

/** The whole file; every line, the last included, ends in CRLF. */
export function timelineToIcal(timeline: Timeline): string {
	const { article } = timeline;
	const dtstamp = `${article.published.replaceAll('-', '')}T000000Z`;
	const published = formatDay(dayFromIso(article.published));
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		property('PRODID', PRODID),
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		property('X-WR-CALNAME', escapeText(article.title)),
		property(
			'X-WR-CALDESC',
			escapeText(`The dated events in “${article.title}” by ${article.author} (${article.publisher}, ${published}).`)
		),
		...eventViews(timeline).flatMap((view) => vevent(view, timeline, dtstamp, published)),
		'END:VCALENDAR'
	];
	return lines.map((line) => `${line}\r\n`).join('');
}
