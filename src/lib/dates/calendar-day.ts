/**
 * Calendar days without time zones.
 *
 * An event "on 24 February 2022" happened on that date wherever the reader is,
 * so dates are never stored as instants. A `CalendarDay` counts days since
 * 1970-01-01 in the proleptic Gregorian calendar. The count is computed with
 * UTC arithmetic only, because UTC has no offsets or DST that could move a
 * midnight into the previous or next day.
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';

/** Whole days since 1970-01-01 (negative before it). */
export type CalendarDay = number;

export interface Ymd {
	year: number;
	/** 1–12 */
	month: number;
	/** 1–31 */
	day: number;
}

/** Four-digit years, as written in ISO 8601 and EDTF without extensions. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

const MS_PER_DAY = 86_400_000;

/** Why `year-month-day` is not a real date in the supported years, or `null` when it is one. */
export function describeInvalidYmd(year: number, month: number, day: number): string | null {
	if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
		return `year ${year} is out of range (${pad(MIN_YEAR, 4)}–${MAX_YEAR})`;
	}
	if (!Number.isInteger(month) || month < 1 || month > 12) {
		return `month ${pad(month, 2)} is out of range (01–12)`;
	}
	const lastDay = daysInMonth(year, month);
	if (!Number.isInteger(day) || day < 1 || day > lastDay) {
		return `day ${pad(day, 2)} is out of range (01–${lastDay} in ${pad(year, 4)}-${pad(month, 2)})`;
	}
	return null;
}

/** @throws RangeError when the arguments do not name a real date (no silent rollover like `Date.UTC`). */
export function dayFromYmd(year: number, month: number, day: number): CalendarDay {
	const problem = describeInvalidYmd(year, month, day);
	if (problem !== null) throw new RangeError(problem);
	return daysFromCivil(year, month, day);
}

export function ymdFromDay(day: CalendarDay): Ymd {
	const date = dayToUtcDate(day);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** @throws RangeError when `month` is not 1–12. */
export function daysInMonth(year: number, month: number): number {
	if (!Number.isInteger(month) || month < 1 || month > 12) {
		throw new RangeError(`month ${month} is out of range (1–12)`);
	}
	return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** UTC midnight at the start of `day`: the instant d3's `scaleUtc` places it at. */
export function dayToUtcDate(day: CalendarDay): Date {
	if (!Number.isInteger(day)) throw new RangeError(`${day} is not a whole number of days`);
	return new Date(day * MS_PER_DAY);
}

/** The UTC day containing `date`; inverts `dayToUtcDate`, e.g. after `scale.invert(x)` lands mid-day. */
export function dayFromUtcDate(date: Date): CalendarDay {
	const time = date.getTime();
	if (Number.isNaN(time)) throw new RangeError('Invalid Date has no calendar day');
	// floor, not trunc: 1969-12-31T12:00Z is day -1, not day 0.
	return Math.floor(time / MS_PER_DAY);
}

/**
 * The Date to hand date-fns `format` for `day`: its local-time fields, which `format` reads, are the day's own
 * in every time zone (a `UTCDateMini` reads UTC fields). Local midnight cannot do this: a zone that skipped a
 * day (Pacific/Kiritimati on 1994-12-31) has no local time on it. Never use it to compute.
 */
export function dayToDisplayDate(day: CalendarDay): Date {
	return new UTCDateMini(dayToUtcDate(day).getTime());
}

/** "2022-02-24" */
export function isoFromDay(day: CalendarDay): string {
	const { year, month, day: dayOfMonth } = ymdFromDay(day);
	if (year < MIN_YEAR || year > MAX_YEAR) {
		throw new RangeError(`day ${day} is in year ${year}, which has no four-digit ISO form`);
	}
	return `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `text` is not a real date written `YYYY-MM-DD` in years 1–9999 ("expected YYYY-MM-DD", "day 30 is out of range …"), or `null`. */
export function describeInvalidIsoDay(text: string): string | null {
	const match = ISO_DAY.exec(text);
	if (match === null) return 'expected YYYY-MM-DD';
	return describeInvalidYmd(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Parses exactly `YYYY-MM-DD`. @throws RangeError on any other text or on a date that does not exist. */
export function dayFromIso(text: string): CalendarDay {
	const problem = describeInvalidIsoDay(text);
	if (problem !== null) throw new RangeError(`"${text.slice(0, 40)}" is not an ISO date: ${problem}`);
	const [year, month, day] = text.split('-').map(Number) as [number, number, number];
	return dayFromYmd(year, month, day);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar, by arithmetic alone (H. Hinnant's
 * days_from_civil): parsing thousands of dates without building a Date object for each. Counted from 1 March,
 * so the leap day is the last day of the counting year.
 */
function daysFromCivil(year: number, month: number, day: number): CalendarDay {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}
