/**
 * A subset of EDTF (ISO 8601-2, level 1) for the dates of article events:
 *
 *   2022-02-24   day            2022-02      month          2022   year
 *   2023-21      season (21 spring, 22 summer, 23 autumn, 24 winter)
 *   2020~        approximate    2020?        uncertain      2020%  both
 *   2022-02/2023-21   interval; either end may be ".." (open: no bound)
 *
 * and, from level 2, "one of a set" for a single range: [2022-02-24..2023-02-03] is one day somewhere in that
 * range, [..2022-11] one on or before it, [2023-03..] one on or after it. An interval is a span of time (the
 * event lasts); a one-of range is an instant we cannot pin down (the event happened once, somewhere in it).
 * Lists ([2020,2022]) are not supported. docs/dates.md says how dates become days and labels.
 */
import {
	type CalendarDay,
	MAX_YEAR,
	dayFromYmd,
	daysInMonth,
	describeInvalidYmd
} from './calendar-day.ts';

export type Season = 21 | 22 | 23 | 24;

interface PointCommon {
	year: number;
	approximate: boolean;
	uncertain: boolean;
	/** First day the point can mean. */
	earliest: CalendarDay;
	/** Last day the point can mean (inclusive). */
	latest: CalendarDay;
}

/**
 * Discriminated by `precision`, so that e.g. `season` is known to be present
 * for a season; every member still declares `month`, `day` and `season`, so
 * reading them on any point is allowed and gives `undefined` when absent.
 */
export type EdtfPoint = PointCommon &
	(
		| { precision: 'day'; month: number; day: number; season?: undefined }
		| { precision: 'month'; month: number; day?: undefined; season?: undefined }
		| { precision: 'season'; season: Season; month?: undefined; day?: undefined }
		| { precision: 'year'; month?: undefined; day?: undefined; season?: undefined }
	);

/** 'day' | 'month' | 'season' | 'year' */
export type Precision = EdtfPoint['precision'];

export type EdtfDate =
	| { kind: 'point'; point: EdtfPoint; text: string }
	/** `null` is an open end, written "..". */
	| { kind: 'interval'; start: EdtfPoint | null; end: EdtfPoint | null; text: string }
	/** One day somewhere between `start` and `end`; `null` is no bound on that side. */
	| { kind: 'oneOf'; start: EdtfPoint | null; end: EdtfPoint | null; text: string };

export class EdtfError extends Error {
	override name = 'EdtfError';
}

/** Earliest to latest possible day, inclusive; `null` where an interval is open. */
export interface DayRange {
	earliest: CalendarDay | null;
	latest: CalendarDay | null;
}

export interface ClosedDayRange {
	earliest: CalendarDay;
	latest: CalendarDay;
}

/**
 * EDTF leaves the months of a season to the application. These are the
 * Northern-hemisphere meteorological seasons, which are whole months and so
 * give day bounds that do not depend on astronomy. Months are listed in
 * order; winter (24) starts in December of its year and ends in February of
 * the next, so 2022-24 is 1 December 2022 to 28 February 2023.
 */
export const SEASON_MONTHS: Readonly<Record<Season, readonly [number, number, number]>> = {
	21: [3, 4, 5],
	22: [6, 7, 8],
	23: [9, 10, 11],
	24: [12, 1, 2]
};

export type ParseOutcome = { ok: true; value: EdtfDate } | { ok: false; error: string };

/** @throws EdtfError naming the input and what is wrong with it. */
export function parseEdtf(text: string): EdtfDate {
	const outcome = tryParseEdtf(text);
	if (!outcome.ok) throw new EdtfError(outcome.error);
	return outcome.value;
}

export function tryParseEdtf(text: string): ParseOutcome {
	const outcome = parseDate(text);
	return outcome.ok
		? outcome
		: { ok: false, error: `"${text}" is not a valid EDTF date: ${outcome.problem}` };
}

export function edtfBounds(date: EdtfDate): DayRange {
	if (date.kind === 'point') return { earliest: date.point.earliest, latest: date.point.latest };
	return { earliest: date.start?.earliest ?? null, latest: date.end?.latest ?? null };
}

/** Article wording such as "early 2020" (TIMEX3 START / MID / END). */
export type Qualifier = 'early' | 'mid' | 'late';

const QUALIFIER_THIRD: Readonly<Record<Qualifier, number>> = { early: 0, mid: 1, late: 2 };

/**
 * The first, middle or last third of `range`, for drawing emphasis only:
 * "early 2020" does not rule out July, so `edtfBounds` stays the honest range.
 * Each third includes every day that overlaps it, so when the length is not a
 * multiple of three neighbouring thirds share a day, and a single day is its
 * own early, mid and late.
 * @throws RangeError when `range` ends before it starts.
 */
export function narrowByQualifier(range: ClosedDayRange, qualifier: Qualifier): ClosedDayRange {
	const { earliest, latest } = range;
	if (latest < earliest) throw new RangeError(`range ${earliest}..${latest} ends before it starts`);
	const length = latest - earliest + 1;
	const third = QUALIFIER_THIRD[qualifier];
	return {
		earliest: earliest + Math.floor((third * length) / 3),
		latest: earliest + Math.ceil(((third + 1) * length) / 3) - 1
	};
}

type Outcome<T> = { ok: true; value: T } | { ok: false; problem: string };

const OPEN_END = '..';

function parseDate(text: string): Outcome<EdtfDate> {
	if (text === '') return { ok: false, problem: 'it is empty' };
	if (/\s/.test(text)) return { ok: false, problem: 'it contains whitespace' };
	if (text.startsWith('[')) {
		const match = /^\[([^.\],]*)\.\.([^.\],]*)\]$/.exec(text);
		if (match === null) {
			return { ok: false, problem: 'a one-of range is written [A..B], [..B] or [A..]; lists are not supported' };
		}
		return parseRange('oneOf', match[1] ?? '', match[2] ?? '', text);
	}
	const sides = text.split('/');
	if (sides.length > 2) return { ok: false, problem: 'an interval has exactly one "/"' };
	const [startText, endText] = sides;
	// Without a "/" there is no end side: a single date.
	if (startText === undefined || endText === undefined) {
		if (text === OPEN_END) return { ok: false, problem: '".." can only be an interval end' };
		const point = parsePoint(text);
		return point.ok ? { ok: true, value: { kind: 'point', point: point.value, text } } : point;
	}
	return parseRange('interval', startText, endText, text);
}

const RANGE_NAMES = { interval: 'interval', oneOf: 'one-of range' } as const;

/**
 * An interval "A/B" or a one-of range "[A..B]", from the text of its two ends. An open end is ".." in an
 * interval and nothing in a one-of range; an empty interval end (EDTF's "unknown") is refused, not guessed.
 */
function parseRange(kind: 'interval' | 'oneOf', startText: string, endText: string, text: string): Outcome<EdtfDate> {
	const name = RANGE_NAMES[kind];
	const end = (part: string, side: 'start' | 'end'): Outcome<EdtfPoint | null> => {
		if (part === (kind === 'interval' ? OPEN_END : '')) return { ok: true, value: null };
		if (part === '') {
			return { ok: false, problem: `the interval ${side} is empty; unknown ends are not supported, write ".." for an open end` };
		}
		const point = parsePoint(part);
		return point.ok ? point : { ok: false, problem: `${name} ${side} "${part}": ${point.problem}` };
	};
	const start = end(startText, 'start');
	if (!start.ok) return start;
	const finish = end(endText, 'end');
	if (!finish.ok) return finish;
	const article = kind === 'interval' ? 'an' : 'a';
	if (start.value === null && finish.value === null) return { ok: false, problem: `${article} ${name} cannot be open at both ends` };
	if (start.value !== null && finish.value !== null && start.value.earliest > finish.value.latest) {
		return { ok: false, problem: `the start "${startText}" is after the end "${endText}"` };
	}
	return { ok: true, value: { kind, start: start.value, end: finish.value, text } };
}

/** YYYY, then optionally -MM (a month, or a season 21–24), then optionally -DD, then one mark. */
const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

type Marks = Pick<EdtfPoint, 'approximate' | 'uncertain'>;

function parsePoint(text: string): Outcome<EdtfPoint> {
	const match = POINT.exec(text);
	if (match === null) {
		return {
			ok: false,
			problem:
				'expected YYYY, YYYY-MM, YYYY-MM-DD or a season YYYY-21 to YYYY-24, optionally followed by ?, ~ or %'
		};
	}
	const [, yearText, monthText, dayText, mark] = match;
	const year = Number(yearText);
	const marks: Marks = {
		approximate: mark === '~' || mark === '%',
		uncertain: mark === '?' || mark === '%'
	};
	const month = monthText === undefined ? undefined : Number(monthText);
	const day = dayText === undefined ? undefined : Number(dayText);

	// A season code takes the month's place, but a day can only follow a month.
	if (month !== undefined && day === undefined && isSeason(month)) {
		return seasonPoint(year, month, marks);
	}
	const problem = describeInvalidYmd(year, month ?? 1, day ?? 1);
	if (problem !== null) return { ok: false, problem };

	if (month === undefined) {
		const earliest = dayFromYmd(year, 1, 1);
		const latest = dayFromYmd(year, 12, 31);
		return { ok: true, value: { precision: 'year', year, ...marks, earliest, latest } };
	}
	if (day === undefined) {
		const earliest = dayFromYmd(year, month, 1);
		const latest = lastDayOfMonth(year, month);
		return { ok: true, value: { precision: 'month', year, month, ...marks, earliest, latest } };
	}
	const only = dayFromYmd(year, month, day);
	return {
		ok: true,
		value: { precision: 'day', year, month, day, ...marks, earliest: only, latest: only }
	};
}

function seasonPoint(year: number, season: Season, marks: Marks): Outcome<EdtfPoint> {
	const problem = describeInvalidYmd(year, 1, 1);
	if (problem !== null) return { ok: false, problem };
	const [firstMonth, , lastMonth] = SEASON_MONTHS[season];
	const lastYear = lastMonth < firstMonth ? year + 1 : year;
	if (lastYear > MAX_YEAR) {
		return {
			ok: false,
			problem: `season ${season} of ${year} ends in ${lastYear}, after the last supported year ${MAX_YEAR}`
		};
	}
	const earliest = dayFromYmd(year, firstMonth, 1);
	const latest = lastDayOfMonth(lastYear, lastMonth);
	return { ok: true, value: { precision: 'season', year, season, ...marks, earliest, latest } };
}

function isSeason(value: number): value is Season {
	return value in SEASON_MONTHS;
}

function lastDayOfMonth(year: number, month: number): CalendarDay {
	return dayFromYmd(year, month, daysInMonth(year, month));
}
