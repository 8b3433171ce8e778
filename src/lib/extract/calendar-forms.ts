/**
 * Turns a form into a value against an origin: the publication day or the date last mentioned (`Anchor`). Only
 * the words' own precision is kept: "two weeks later" after "December 2023" is the range the shift allows, not a
 * guessed day; "later that year" runs from the anchor to the year's end.
 */
import { type CalendarDay, dayFromYmd, daysInMonth, ymdFromDay } from '../dates/calendar-day.ts';
import type { Form } from './forms.ts';
import {
	type Anchor,
	type Setting,
	candidate,
	chooseNamed,
	chooseOccurrence,
	dayAnchor,
	namedCandidates,
	settingCentre,
	weekdayCandidates,
	weekdayOf
} from './occurrence.ts';
import { pointsAhead } from './tense.ts';
import { type Point, type Value, dayPoint, monthPoint, oneOf, point, pointDays, yearPoint } from './values.ts';

export interface FormContext {
	published: CalendarDay;
	setting: Setting;
	/** The date last mentioned, if any. */
	reference: Anchor | null;
}

const yearOf = (day: CalendarDay) => ymdFromDay(day).year;
const mondayOf = (day: CalendarDay) => day - (weekdayOf(day) - 1);

/** The value of a form, or null when the context cannot place it (a weekday in a narrative without a day). */
export function formValue(form: Form, context: FormContext): Value | null {
	const origin = (which: 'publication' | 'reference') =>
		which === 'reference' && context.reference !== null ? context.reference : dayAnchor(context.published);
	// "will report by the end of the year": the year (or month) of a future, counted from the date last mentioned,
	// is the publication's when that date was over by then; a plan is made for a year not yet ended.
	const current = (which: 'publication' | 'reference'): Anchor => {
		const anchor = origin(which);
		const future = context.setting.kind === 'news' && pointsAhead(context.setting.tense);
		return future && anchor.last < context.published ? dayAnchor(context.published) : anchor;
	};
	switch (form.type) {
		case 'date': {
			const value = dateValue(form.yearFrom ? { ...form, year: yearOf(context.published) + form.yearFrom.offset } : form, context);
			return form.week === undefined || value?.kind !== 'point' || value.point.precision !== 'month' ? value : weekOf(value.point, form.week);
		}
		case 'years':
			return oneOf(yearPoint(form.first), yearPoint(form.last));
		case 'part': {
			const from = form.yearFrom;
			const year = form.year ?? (from ? yearOf((from.offset === 0 ? current : origin)(from.origin).first) + from.offset : undefined);
			const partOf = (y: number): Value =>
				oneOf(monthPoint(y, (form.index - 1) * form.months + 1), monthPoint(y, form.index * form.months));
			if (year !== undefined) return partOf(year);
			const around = yearOf(settingCentre(context.setting).first);
			const candidates = [around - 1, around, around + 1].map((y) => {
				const value = partOf(y) as Extract<Value, { kind: 'oneOf' }>;
				return { item: value, first: pointDays(value.start!).first, last: pointDays(value.end!).last };
			});
			return chooseOccurrence(candidates, context.setting);
		}
		case 'shift':
			return shift((form.count === 0 && (form.unit === 'year' || form.unit === 'month') ? current : origin)(form.origin), form.unit, form.count);
		case 'named': {
			const anchor = origin(form.origin);
			if (form.weekday !== undefined) {
				const days = weekdayCandidates(form.weekday, anchor.first);
				const chosen = chooseNamed(days, anchor, form.direction, (p) => mondayOf(pointDays(p).first) === mondayOf(anchor.first));
				return chosen && point(chosen);
			}
			const year = yearOf(anchor.first);
			const chosen = chooseNamed(namedCandidates(form, year), anchor, form.direction, (p) => p.year === year);
			return chosen && point(chosen);
		}
		case 'within':
			return within(origin(form.origin), form.unit, form.side);
		case 'coming': {
			// Told in the past ("over the next two months, it advanced"; "said it would") it runs from the date last mentioned.
			const setting = context.setting;
			const told = setting.kind === 'news' && (setting.tense === 'present' || setting.tense === 'future');
			const anchor = told ? dayAnchor(context.published) : context.reference;
			const end = anchor?.point ? pointAfter(anchor.point, form.unit, form.count) : null;
			if (end === null) return null;
			return form.lasting ? { kind: 'interval', start: anchor!.point!, end } : oneOf(anchor!.point!, end);
		}
		case 'then': {
			const anchor = context.reference;
			return anchor?.point ? point(anchor.point) : null;
		}
		case 'century-of-reference': {
			const year = yearOf(origin('reference').first);
			const century = Math.ceil(year / 100);
			return oneOf(yearPoint((century - 1) * 100 + 1), yearPoint(century * 100));
		}
	}
}

function dateValue(form: Extract<Form, { type: 'date' }>, context: FormContext): Value | null {
	const marks = form.uncertain ? { uncertain: true } : {};
	const { month, day, season, weekday } = form;
	const at = (year: number): Point | null => {
		if (month !== undefined && day !== undefined)
			return day <= daysInMonth(year, month) ? { precision: 'day', year, month, day, ...marks } : null;
		if (month !== undefined) return { precision: 'month', year, month, ...marks };
		if (season !== undefined) return { precision: 'season', year, season, ...marks };
		return null;
	};
	if (form.year !== undefined) return point(at(form.year) ?? { precision: 'year', year: form.year, ...marks });
	const setting = context.setting;
	if (month === undefined && season === undefined) {
		if (weekday === undefined) return null;
		const around = setting.kind === 'news' ? setting.published : setting.reference.point?.precision === 'day' ? setting.reference.first : null;
		if (around === null) return null;
		const chosen = chooseOccurrence(weekdayCandidates(weekday, around), setting);
		return chosen && point(chosen);
	}
	const centre = yearOf(settingCentre(setting).first);
	let candidates = [centre - 1, centre, centre + 1]
		.map(at)
		.filter((p) => p !== null)
		.map(candidate);
	const onWeekday = candidates.filter((c) => weekdayOf(c.first) === weekday);
	if (onWeekday.length > 0) candidates = onWeekday;
	// "closed in March 2023 and did not survive the winter": the season the story goes on to, the one it is in or the next.
	if (form.definite && setting.kind === 'narrative') candidates = candidates.filter((c) => c.last >= setting.reference.first);
	const chosen = chooseOccurrence(candidates, setting);
	return chosen && point(chosen);
}

/** The days of a month's `week`th seven (1 is the 1st to the 7th), or its last seven (-1): which of them is not said. */
function weekOf(month: Extract<Point, { precision: 'month' }>, week: number): Value {
	const length = daysInMonth(month.year, month.month);
	const first = week === -1 ? length - 6 : 7 * (week - 1) + 1;
	const day = (d: number): Point => ({ precision: 'day', year: month.year, month: month.month, day: d });
	return oneOf(day(first), day(first + 6));
}

/** `count` units from the anchor, at the unit's precision where the anchor allows it, else the range it allows. */
export function shift(anchor: Anchor, unit: 'day' | 'week' | 'weekend' | 'month' | 'year', count: number): Value {
	const days = (first: CalendarDay, last: CalendarDay): Value => (first === last ? point(dayPoint(first)) : oneOf(dayPoint(first), dayPoint(last)));
	switch (unit) {
		case 'day':
			return days(anchor.first + count, anchor.last + count);
		case 'week': {
			if (anchor.first !== anchor.last) return days(anchor.first + 7 * count, anchor.last + 7 * count);
			const monday = mondayOf(anchor.first) + 7 * count;
			return days(monday, monday + 6);
		}
		case 'weekend': {
			const saturday = mondayOf(anchor.first) + 5;
			// This weekend is the one of the anchor's week; the last, the one before that week; the next, the first after the anchor.
			const chosen = count < 0 ? saturday - 7 : count > 0 && saturday <= anchor.last ? saturday + 7 : saturday;
			return days(chosen, chosen + 1);
		}
		case 'month': {
			const [first, last] = [ymdFromDay(anchor.first), ymdFromDay(anchor.last)];
			const [start, end] = [monthStep(first.year, first.month, count), monthStep(last.year, last.month, count)];
			return start.year === end.year && start.month === end.month ? point(start) : oneOf(start, end);
		}
		case 'year': {
			const [first, last] = [yearOf(anchor.first) + count, yearOf(anchor.last) + count];
			return first === last ? point(yearPoint(first)) : oneOf(yearPoint(first), yearPoint(last));
		}
	}
}

/** The point `count` units after `from`, at its precision, or null when the unit is finer than it ("a week" after a year). */
function pointAfter(from: Point, unit: 'day' | 'week' | 'month' | 'year', count: number): Point | null {
	const months = unit === 'year' ? 12 * count : unit === 'month' ? count : null;
	switch (from.precision) {
		case 'day': {
			if (months === null) return dayPoint(dayFromYmd(from.year, from.month, from.day) + (unit === 'week' ? 7 : 1) * count);
			const { year, month } = monthStep(from.year, from.month, months);
			return { precision: 'day', year, month, day: Math.min(from.day, daysInMonth(year, month)) };
		}
		case 'month':
			return months === null ? null : monthStep(from.year, from.month, months);
		case 'year':
			return unit === 'year' ? yearPoint(from.year + count) : null;
		default:
			return null;
	}
}

function monthStep(year: number, month: number, count: number): Extract<Point, { precision: 'month' }> {
	const index = year * 12 + month - 1 + count;
	return { precision: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** "later that year": from the anchor to the end of its year (or month); "earlier that year": from its start. */
function within(anchor: Anchor, unit: 'year' | 'month', side: 'later' | 'earlier'): Value | null {
	const p = anchor.point;
	if (p === null) return null;
	let edge: Point;
	if (p.precision === 'day') {
		const whole = pointDays(unit === 'year' ? yearPoint(p.year) : monthPoint(p.year, p.month));
		edge = dayPoint(side === 'later' ? whole.last : whole.first);
	} else if (p.precision === 'month' && unit === 'year') {
		edge = monthPoint(p.year, side === 'later' ? 12 : 1);
	} else {
		return point(unit === 'year' ? yearPoint(p.year) : p);
	}
	return side === 'later' ? oneOf(p, edge) : oneOf(edge, p);
}
