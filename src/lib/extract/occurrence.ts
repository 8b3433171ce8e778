/**
 * Which occurrence a date without its year means ("3 December", "the spring", "Q3", "on Saturday"). In news, the
 * one the verb's tense points to around the publication date; in a narrative of the past (the date last
 * mentioned is more than a year from publication), the one nearest that date. Also the previous, current or next
 * named month, season or weekday ("last August", "next spring", "the following spring").
 */
import type { CalendarDay } from '../dates/calendar-day.ts';
import type { Season } from '../dates/edtf.ts';
import { type Tense, pointsAhead } from './tense.ts';
import { type DayRange, type Point, dayPoint, pointDays } from './values.ts';

/** A date that the text moves to: its day range and, when it is one, the point. */
export interface Anchor extends DayRange {
	point: Point | null;
}

export const dayAnchor = (day: CalendarDay): Anchor => ({ first: day, last: day, point: dayPoint(day) });

export type Setting = { kind: 'news'; published: CalendarDay; tense: Tense } | { kind: 'narrative'; reference: Anchor };

export interface Candidate<T> extends DayRange {
	item: T;
}

export const candidate = <T extends Point>(item: T): Candidate<T> => ({ item, ...pointDays(item) });

/** Days from the range to the day range `to` (0 when they overlap). */
const distance = (range: DayRange, to: DayRange) => Math.max(0, range.first - to.last, to.first - range.last);

/** The candidate the setting means, or null when there are none. Ties go to the earlier candidate. */
export function chooseOccurrence<T>(candidates: readonly Candidate<T>[], setting: Setting): T | null {
	const sorted = [...candidates].sort((a, b) => a.first - b.first);
	if (setting.kind === 'news') {
		const published = setting.published;
		if (setting.tense === 'past') {
			const past = sorted.filter((c) => c.first <= published).at(-1);
			if (past) return past.item;
		}
		if (pointsAhead(setting.tense)) {
			const future = sorted.find((c) => c.last >= published);
			if (future) return future.item;
		}
		return nearest(sorted, { first: published, last: published });
	}
	return nearest(sorted, setting.reference);
}

function nearest<T>(sorted: readonly Candidate<T>[], to: DayRange): T | null {
	let best: Candidate<T> | undefined;
	for (const c of sorted) if (best === undefined || distance(c, to) < distance(best, to)) best = c;
	return best?.item ?? null;
}

/** Where a setting is centred: the publication day, or the date last mentioned. */
export const settingCentre = (setting: Setting): DayRange =>
	setting.kind === 'news' ? { first: setting.published, last: setting.published } : setting.reference;

/** ISO weekday of a calendar day: Monday 1 … Sunday 7 (1970-01-01 was a Thursday). */
export const weekdayOf = (day: CalendarDay): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** The days with `weekday` within two weeks either side of `around`. */
export function weekdayCandidates(weekday: number, around: CalendarDay): Candidate<Point>[] {
	const result: Candidate<Point>[] = [];
	for (let day = around - 14; day <= around + 14; day++) if (weekdayOf(day) === weekday) result.push(candidate(dayPoint(day)));
	return result;
}

/** The named month or season in the years around `year`. */
export function namedCandidates(name: { month?: number; season?: Season }, year: number): Candidate<Point>[] {
	const years = [year - 2, year - 1, year, year + 1, year + 2];
	if (name.season !== undefined) return years.map((y) => candidate<Point>({ precision: 'season', year: y, season: name.season! }));
	return years.map((y) => candidate<Point>({ precision: 'month', year: y, month: name.month! }));
}

/**
 * The previous (-1: the last that ended before the anchor), current (0: the one containing the anchor, else the
 * one in its year or week) or next (1: the first that starts after it).
 */
export function chooseNamed<T extends Point>(candidates: readonly Candidate<T>[], anchor: DayRange, direction: -1 | 0 | 1, sameUnit: (c: T) => boolean): T | null {
	const sorted = [...candidates].sort((a, b) => a.first - b.first);
	if (direction === -1) return sorted.filter((c) => c.last < anchor.first).at(-1)?.item ?? null;
	if (direction === 1) return sorted.find((c) => c.first > anchor.last)?.item ?? null;
	return (sorted.find((c) => c.first <= anchor.first && c.last >= anchor.first) ?? sorted.find((c) => sameUnit(c.item)))?.item ?? null;
}
