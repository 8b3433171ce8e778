import { describe, expect, it } from 'vitest';
import {
	dayFromIso,
	dayFromUtcDate,
	dayFromYmd,
	daysInMonth,
	dayToDisplayDate,
	dayToUtcDate,
	isoFromDay,
	ymdFromDay
} from './calendar-day.ts';

// Day numbers from Python's datetime.date, an implementation independent of Date.
const KNOWN_DAYS: [year: number, month: number, day: number, calendarDay: number][] = [
	[1970, 1, 1, 0],
	[1969, 12, 31, -1],
	[2022, 2, 24, 19047],
	[2000, 2, 29, 11016],
	[1900, 2, 28, -25509],
	[100, 3, 1, -682944],
	[99, 12, 31, -683004],
	[50, 6, 15, -701100],
	[1, 1, 1, -719162],
	[9999, 12, 31, 2932896]
];

describe('dayFromYmd / ymdFromDay', () => {
	it.each(KNOWN_DAYS)('%i-%i-%i is day %i', (year, month, day, calendarDay) => {
		expect(dayFromYmd(year, month, day)).toBe(calendarDay);
	});

	it.each(KNOWN_DAYS)('day %4$i is %1$i-%2$i-%3$i', (year, month, day, calendarDay) => {
		expect(ymdFromDay(calendarDay)).toStrictEqual({ year, month, day });
	});

	it.each([
		[2022, 2, 29, 'day 29 is out of range (01–28 in 2022-02)'],
		[1900, 2, 29, 'day 29 is out of range (01–28 in 1900-02)'],
		[2022, 4, 31, 'day 31 is out of range (01–30 in 2022-04)'],
		[2022, 1, 0, 'day 00 is out of range (01–31 in 2022-01)'],
		[2022, 1, 1.5, 'day 1.5 is out of range (01–31 in 2022-01)'],
		[2022, 13, 1, 'month 13 is out of range (01–12)'],
		[2022, 0, 1, 'month 00 is out of range (01–12)'],
		[0, 1, 1, 'year 0 is out of range (0001–9999)'],
		[10000, 1, 1, 'year 10000 is out of range (0001–9999)']
	])('rejects %i-%i-%s instead of rolling over: %s', (year, month, day, message) => {
		expect(() => dayFromYmd(year, month, day)).toThrow(new RangeError(message));
	});
});

describe('dayFromYmd agrees with Date, which it does not use', () => {
	it('for every day from 1582 to 2400 and around years 1 and 9999', () => {
		const ranges = [
			[dayFromYmd(1582, 1, 1), dayFromYmd(2400, 12, 31)],
			[dayFromYmd(1, 1, 1), dayFromYmd(5, 12, 31)],
			[dayFromYmd(9995, 1, 1), dayFromYmd(9999, 12, 31)]
		] as const;
		let checked = 0;
		for (const [first, last] of ranges)
			for (let day = first; day <= last; day++) {
				const date = new Date(day * 86_400_000);
				if (dayFromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) !== day) throw new Error(`day ${day} (${date.toISOString()}) disagrees`);
				checked++;
			}
		expect(checked).toBeGreaterThan(300_000);
	});
});

describe('daysInMonth', () => {
	it.each([
		[2022, 1, 31],
		[2022, 2, 28],
		[2024, 2, 29],
		[2000, 2, 29], // divisible by 400
		[1900, 2, 28], // divisible by 100 only
		[4, 2, 29], // would be 1904 if the year were read as two-digit
		[100, 2, 28],
		[2022, 4, 30],
		[2022, 12, 31]
	])('%i-%i has %i days', (year, month, days) => {
		expect(daysInMonth(year, month)).toBe(days);
	});

	it.each([0, 13, 2.5])('rejects month %s', (month) => {
		expect(() => daysInMonth(2022, month)).toThrow(new RangeError(`month ${month} is out of range (1–12)`));
	});
});

describe('UTC dates for d3 scales', () => {
	it.each([
		[19047, '2022-02-24T00:00:00.000Z'],
		[-1, '1969-12-31T00:00:00.000Z'],
		[-701100, '0050-06-15T00:00:00.000Z']
	])('day %i starts at %s', (day, instant) => {
		expect(dayToUtcDate(day).toISOString()).toBe(instant);
	});

	it('rejects a fractional day', () => {
		expect(() => dayToUtcDate(0.5)).toThrow('0.5 is not a whole number of days');
	});

	it.each([
		['2022-02-24T00:00:00.000Z', 19047],
		['2022-02-24T12:00:00.000Z', 19047],
		['2022-02-24T23:59:59.999Z', 19047],
		['1969-12-31T12:00:00.000Z', -1],
		['0050-06-15T18:00:00.000Z', -701100]
	])('%s is in day %i', (instant, day) => {
		expect(dayFromUtcDate(new Date(instant))).toBe(day);
	});

	it('rejects an invalid Date', () => {
		expect(() => dayFromUtcDate(new Date(Number.NaN))).toThrow(new RangeError('Invalid Date has no calendar day'));
	});
});

describe('dayToDisplayDate', () => {
	it.each([
		[2022, 2, 24],
		[1970, 1, 1],
		[1969, 12, 31],
		[50, 6, 15]
	])('has the fields of %i-%i-%i in this time zone', (year, month, day) => {
		const local = dayToDisplayDate(dayFromYmd(year, month, day));
		expect([local.getFullYear(), local.getMonth() + 1, local.getDate(), local.getHours()]).toEqual(
			[year, month, day, 0]
		);
	});
});

describe('ISO day strings', () => {
	it.each([
		['2022-02-24', 19047],
		['1970-01-01', 0],
		['2000-02-29', 11016],
		['0050-06-15', -701100],
		['0001-01-01', -719162],
		['9999-12-31', 2932896]
	])('%s is day %i', (iso, day) => {
		expect(dayFromIso(iso)).toBe(day);
		expect(isoFromDay(day)).toBe(iso);
	});

	it.each([
		['2022-2-24', '"2022-2-24" is not an ISO date: expected YYYY-MM-DD'],
		['20220224', '"20220224" is not an ISO date: expected YYYY-MM-DD'],
		['2022-02-24T00:00', '"2022-02-24T00:00" is not an ISO date: expected YYYY-MM-DD'],
		[' 2022-02-24', '" 2022-02-24" is not an ISO date: expected YYYY-MM-DD'],
		['2022-02', '"2022-02" is not an ISO date: expected YYYY-MM-DD'],
		['2022-02-29', '"2022-02-29" is not an ISO date: day 29 is out of range (01–28 in 2022-02)'],
		['2022-13-01', '"2022-13-01" is not an ISO date: month 13 is out of range (01–12)'],
		['0000-01-01', '"0000-01-01" is not an ISO date: year 0 is out of range (0001–9999)'],
		// the message quotes the first 40 characters only
		[`2022-02-24${'x'.repeat(100)}`, `"2022-02-24${'x'.repeat(30)}" is not an ISO date: expected YYYY-MM-DD`]
	])('rejects %s', (text, message) => {
		expect(() => dayFromIso(text)).toThrow(new RangeError(message));
	});

	it.each([
		[-719163, 'day -719163 is in year 0, which has no four-digit ISO form'],
		[2932897, 'day 2932897 is in year 10000, which has no four-digit ISO form']
	])('cannot write day %i', (day, message) => {
		expect(() => isoFromDay(day)).toThrow(new RangeError(message));
	});

	it.each([1899, 1900, 1969, 2000, 2024])('round-trips every day of %i', (year) => {
		const first = dayFromYmd(year, 1, 1);
		const last = dayFromYmd(year, 12, 31);
		for (let day = first; day <= last; day++) {
			expect(dayFromIso(isoFromDay(day))).toBe(day);
			expect(dayFromUtcDate(dayToUtcDate(day))).toBe(day);
		}
		expect(last - first + 1).toBe(daysInMonth(year, 2) === 29 ? 366 : 365);
	});
});
