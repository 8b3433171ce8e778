/**
 * The values the extractor gives time expressions: the project's EDTF (see `dates/edtf.ts`) built as data, so
 * that a value is computed at exactly the precision the words carry and only then written out. Years before 1 AD
 * are EDTF's astronomical years (44 BC is -0043); the app's format does not place them yet, so `inFormat` tells.
 */
import { SEASON_MONTHS, type Season } from '../dates/edtf.ts';
import { type CalendarDay, MAX_YEAR, dayFromYmd, daysInMonth, ymdFromDay } from '../dates/calendar-day.ts';

interface Marks {
	approximate?: boolean;
	uncertain?: boolean;
}

export type Point = Marks &
	(
		| { precision: 'day'; year: number; month: number; day: number }
		| { precision: 'month'; year: number; month: number }
		| { precision: 'season'; year: number; season: Season }
		| { precision: 'year'; year: number }
	);

export type Value =
	| { kind: 'point'; point: Point }
	/** A span of time; `null` is an open end. */
	| { kind: 'interval'; start: Point | null; end: Point | null }
	/** One moment somewhere between `start` and `end`; `null` is no bound on that side. */
	| { kind: 'oneOf'; start: Point | null; end: Point | null };

export interface DayRange {
	first: CalendarDay;
	last: CalendarDay;
}

export const dayPoint = (day: CalendarDay): Point => ({ precision: 'day', ...ymdFromDay(day) });
export const monthPoint = (year: number, month: number): Point => ({ precision: 'month', year, month });
export const yearPoint = (year: number): Point => ({ precision: 'year', year });
export const point = (p: Point): Value => ({ kind: 'point', point: p });
export const oneOf = (start: Point | null, end: Point | null): Value => ({ kind: 'oneOf', start, end });

/** Days in one 400-year Gregorian cycle, after which the calendar repeats exactly. */
const CYCLE_DAYS = 146_097;

/**
 * A day of the proleptic Gregorian calendar in any year, BCE included: the year is moved into 1–400 by whole
 * 400-year cycles, after which the calendar repeats exactly.
 */
function anyDay(year: number, month: number, day: number): CalendarDay {
	const cycles = Math.ceil((1 - year) / 400);
	return dayFromYmd(year + 400 * cycles, month, day) - CYCLE_DAYS * cycles;
}

/** First and last day the point can mean. */
export function pointDays(p: Point): DayRange {
	switch (p.precision) {
		case 'day':
			return { first: anyDay(p.year, p.month, p.day), last: anyDay(p.year, p.month, p.day) };
		case 'month':
			return { first: anyDay(p.year, p.month, 1), last: anyDay(p.year, p.month, daysInMonth(p.year, p.month)) };
		case 'year':
			return { first: anyDay(p.year, 1, 1), last: anyDay(p.year, 12, 31) };
		case 'season': {
			const [firstMonth, , lastMonth] = SEASON_MONTHS[p.season];
			const lastYear = lastMonth < firstMonth ? p.year + 1 : p.year;
			return { first: anyDay(p.year, firstMonth, 1), last: anyDay(lastYear, lastMonth, daysInMonth(lastYear, lastMonth)) };
		}
	}
}

/** Earliest and latest day of a value; `null` on an open side. */
export function valueDays(value: Value): { first: CalendarDay | null; last: CalendarDay | null } {
	if (value.kind === 'point') return pointDays(value.point);
	return {
		first: value.start === null ? null : pointDays(value.start).first,
		last: value.end === null ? null : pointDays(value.end).last
	};
}

/** The point one step of its own precision later (`step` 1) or earlier (-1): the month after 2021-12 is 2022-01. */
export function stepPoint(p: Point, step: number): Point {
	switch (p.precision) {
		case 'day': {
			const { first } = pointDays(p);
			return dayPoint(first + step);
		}
		case 'month': {
			const index = p.year * 12 + (p.month - 1) + step;
			return monthPoint(Math.floor(index / 12), (index % 12 + 12) % 12 + 1);
		}
		case 'season': {
			const index = p.year * 4 + (p.season - 21) + step;
			return { precision: 'season', year: Math.floor(index / 4), season: (((index % 4) + 4) % 4) + 21 as Season };
		}
		case 'year':
			return yearPoint(p.year + step);
	}
}

/** Whether the app's format (years 1–9999) can hold every point of the value. */
export function inFormat(value: Value): boolean {
	const points = value.kind === 'point' ? [value.point] : [value.start, value.end];
	return points.every((p) => p === null || (p.year >= 1 && pointDays(p).last <= anyDay(MAX_YEAR, 12, 31)));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function formatPoint(p: Point): string {
	const year = p.year < 0 ? `-${pad(-p.year, 4)}` : pad(p.year, 4);
	const mark = p.approximate && p.uncertain ? '%' : p.approximate ? '~' : p.uncertain ? '?' : '';
	switch (p.precision) {
		case 'day':
			return `${year}-${pad(p.month, 2)}-${pad(p.day, 2)}${mark}`;
		case 'month':
			return `${year}-${pad(p.month, 2)}${mark}`;
		case 'season':
			return `${year}-${p.season}${mark}`;
		case 'year':
			return `${year}${mark}`;
	}
}

/** EDTF: `2022-02-24`, `2023-21`, `1790~`, `1998/..`, `[2024-11-04..2024-11-10]`, `-0043`. */
export function formatValue(value: Value): string {
	if (value.kind === 'point') return formatPoint(value.point);
	const side = (p: Point | null, open: string) => (p === null ? open : formatPoint(p));
	if (value.kind === 'interval') return `${side(value.start, '..')}/${side(value.end, '..')}`;
	return `[${side(value.start, '')}..${side(value.end, '')}]`;
}

const POINT_TEXT = /^(-?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)$/;

/** Reads what `formatValue` writes (and nothing else); null for any other text. */
export function parseValue(text: string): Value | null {
	const oneOfMatch = /^\[(.*)\.\.(.*)\]$/.exec(text);
	if (oneOfMatch) return sides(oneOfMatch[1]!, oneOfMatch[2]!, '', (start, end) => oneOf(start, end));
	const [start, end, more] = text.split('/');
	if (end !== undefined && more === undefined) return sides(start!, end, '..', (s, e) => ({ kind: 'interval', start: s, end: e }));
	const single = parsePoint(text);
	return single && point(single);
}

function sides(start: string, end: string, open: string, build: (start: Point | null, end: Point | null) => Value): Value | null {
	// An open side ("..", or nothing in a one-of) is no point.
	const [s, e] = [parsePoint(start), parsePoint(end)];
	if ((s === null && start !== open) || (e === null && end !== open) || (s === null && e === null)) return null;
	return build(s, e);
}

function parsePoint(text: string): Point | null {
	const match = POINT_TEXT.exec(text);
	if (match === null) return null;
	const [, sign, digits, two, three, mark] = match;
	const year = Number(digits) * (sign ? -1 : 1);
	const marks = { ...(mark === '~' || mark === '%' ? { approximate: true } : {}), ...(mark === '?' || mark === '%' ? { uncertain: true } : {}) };
	if (two === undefined) return { precision: 'year', year, ...marks };
	const code = Number(two);
	if (three !== undefined) return { precision: 'day', year, month: code, day: Number(three), ...marks };
	if (code >= 21 && code <= 24) return { precision: 'season', year, season: code as Season, ...marks };
	return code >= 1 && code <= 12 ? { precision: 'month', year, month: code, ...marks } : null;
}
