/**
 * Axis ticks that follow the zoom, from centuries down to single days: the finest step that keeps them apart,
 * placed and labelled the same in every time zone, each label naming only what the tick before does not
 * ("24 Feb 2022", "25", … "1 Mar"). The rules are in docs/dates.md.
 */
import { type CountableTimeInterval, type TimeInterval, utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { format } from 'date-fns';
import { ENGLISH } from '../dates/format.ts';
import { type CalendarDay, type Ymd, dayFromUtcDate, dayToDisplayDate, dayToUtcDate, daysInMonth, ymdFromDay } from '../dates/calendar-day.ts';
import { type TimeWindow, dayScale } from './time-window.ts';

export interface Tick {
	/** The tick marks the start of this day, the boundary before it. */
	day: CalendarDay;
	x: number;
	label: string;
	/** Starts a new period of the next coarser unit (month, year, decade…), for a stronger line. */
	major: boolean;
}

/** Date parts a label can show, named as in `Ymd`, finest first. */
type Field = keyof Ymd;

/** How a rung's ticks are labelled and which of them are major. */
interface LabelStyle {
	/** Fields the labels may show, finest first; the first `alwaysShown` are on every label. */
	fields: readonly Field[];
	alwaysShown: number;
	/** Names the next coarser period a day is in; a tick in a different one from the tick before is major. */
	period: (date: Ymd) => number;
}

/** A rung of the ladder: ticks on every boundary of `interval`. */
interface Rung extends LabelStyle {
	interval: TimeInterval;
	/**
	 * The shortest gap between two ticks, in days. Months and years vary in
	 * length; judging by the shortest keeps every pair of ticks far enough apart.
	 */
	minGapDays: number;
}

const PATTERNS: Readonly<Record<Field, string>> = { day: 'd', month: 'MMM', year: 'y' };

const DAYS: LabelStyle = { fields: ['day', 'month', 'year'], alwaysShown: 1, period: (date) => date.year * 12 + date.month };
// A bare day number says little when the 1st is not among the ticks, so weekly ticks always name the month.
const WEEKS: LabelStyle = { ...DAYS, alwaysShown: 2 };
const MONTHS: LabelStyle = { fields: ['month', 'year'], alwaysShown: 1, period: (date) => date.year };

/**
 * d3's `utcDay.every(2)` ticks the odd days of each month, which puts the
 * 31st one day before the next 1st. Leaving out a month's last day when it
 * is odd keeps every gap at two or three days while the 1st, where the month
 * is named, keeps its tick.
 */
const everyOtherDay = utcDay.filter((date) => {
	const dayOfMonth = date.getUTCDate();
	return dayOfMonth % 2 === 1 && dayOfMonth < daysInMonth(date.getUTCFullYear(), date.getUTCMonth() + 1);
});

/** Year ticks whose year is a multiple of `majorYears` stand out, e.g. decades among yearly ticks. */
function yearRung(step: number, majorYears: number): Rung {
	return {
		interval: every(utcYear, step),
		minGapDays: 365 * step,
		fields: ['year'],
		alwaysShown: 1,
		period: (date) => Math.floor(date.year / majorYears)
	};
}

const COARSEST = yearRung(100, 1000);

/**
 * Finest first. Quarters and halves start in January, so a year boundary
 * always has a tick; their shortest gaps are January–March and January–June
 * of a common year.
 */
const LADDER: readonly Rung[] = [
	{ interval: utcDay, minGapDays: 1, ...DAYS },
	{ interval: everyOtherDay, minGapDays: 2, ...DAYS },
	// Weeks start on Monday, as in ISO 8601 and the British English of the labels.
	{ interval: utcMonday, minGapDays: 7, ...WEEKS },
	{ interval: utcMonth, minGapDays: 28, ...MONTHS },
	{ interval: every(utcMonth, 3), minGapDays: 90, ...MONTHS },
	{ interval: every(utcMonth, 6), minGapDays: 181, ...MONTHS },
	yearRung(1, 10),
	yearRung(2, 10),
	yearRung(5, 10),
	yearRung(10, 100),
	yearRung(20, 100),
	yearRung(50, 100),
	COARSEST
];

/**
 * Ticks on the finest ladder step that keeps them `minSpacingPx` apart, for
 * every boundary from the window's start to its end inclusive.
 */
export function axisTicks(window: TimeWindow, width: number, minSpacingPx = 70): Tick[] {
	const rung = chooseRung(window, width, minSpacingPx);
	const scale = dayScale(window, width);
	const dates = rung.interval.range(dayToUtcDate(Math.ceil(window.start)), dayToUtcDate(Math.floor(window.end) + 1));
	const first = dates[0];
	if (first === undefined) return [];
	// The tick before the window decides whether the first one in view is major, so that does not change while panning.
	let previous = ymdFromDay(dayFromUtcDate(rung.interval.offset(first, -1)));
	return dates.map((date, index) => {
		const day = dayFromUtcDate(date);
		const ymd = ymdFromDay(day);
		const tick = {
			day,
			x: scale.x(day),
			label: label(rung, day, ymd, index === 0 ? null : previous),
			major: rung.period(ymd) !== rung.period(previous)
		};
		previous = ymd;
		return tick;
	});
}

function chooseRung(window: TimeWindow, width: number, minSpacingPx: number): Rung {
	const pxPerDay = width / (window.end - window.start);
	const fitting = LADDER.find((rung) => rung.minGapDays * pxPerDay >= minSpacingPx);
	// Wider than the coarsest step can space out: crowded ticks still beat none.
	return fitting ?? COARSEST;
}

/** The rung's fields up to the coarsest one that changed since `previous`; all of them when there is none. */
function label(rung: Rung, day: CalendarDay, ymd: Ymd, previous: Ymd | null): string {
	const changed =
		previous === null
			? rung.fields.length
			: rung.fields.findLastIndex((field) => ymd[field] !== previous[field]) + 1;
	const fields = rung.fields.slice(0, Math.max(rung.alwaysShown, changed));
	return format(dayToDisplayDate(day), fields.map((field) => PATTERNS[field]).join(' '), ENGLISH);
}

function every(interval: CountableTimeInterval, step: number): TimeInterval {
	const stepped = interval.every(step);
	// d3 returns null only for a step that is not a positive whole number, and the ladder has none.
	if (stepped === null) throw new RangeError(`cannot tick every ${step}`);
	return stepped;
}
