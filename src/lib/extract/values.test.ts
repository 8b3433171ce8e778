import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../dates/calendar-day.ts';
import { type Point, type Value, formatValue, inFormat, parseValue, pointDays, stepPoint, valueDays } from './values.ts';

const day = (year: number, month: number, d: number): Point => ({ precision: 'day', year, month, day: d });
const month = (year: number, m: number): Point => ({ precision: 'month', year, month: m });
const year = (y: number): Point => ({ precision: 'year', year: y });

describe('formatValue', () => {
	it.each<[Value, string]>([
		[{ kind: 'point', point: day(2022, 2, 24) }, '2022-02-24'],
		[{ kind: 'point', point: { ...month(2022, 2), approximate: true } }, '2022-02~'],
		[{ kind: 'point', point: { precision: 'season', year: 2023, season: 21, uncertain: true } }, '2023-21?'],
		[{ kind: 'point', point: { ...year(1790), approximate: true, uncertain: true } }, '1790%'],
		[{ kind: 'point', point: year(-43) }, '-0043'],
		[{ kind: 'point', point: year(14) }, '0014'],
		[{ kind: 'point', point: year(0) }, '0000'],
		[{ kind: 'interval', start: year(1998), end: null }, '1998/..'],
		[{ kind: 'interval', start: null, end: day(2025, 4, 4) }, '../2025-04-04'],
		[{ kind: 'interval', start: year(-26), end: year(14) }, '-0026/0014'],
		[{ kind: 'oneOf', start: day(2024, 11, 4), end: day(2024, 11, 10) }, '[2024-11-04..2024-11-10]'],
		[{ kind: 'oneOf', start: null, end: year(2026) }, '[..2026]'],
		[{ kind: 'oneOf', start: year(2001), end: null }, '[2001..]']
	])('%j is %s', (value, edtf) => {
		expect(formatValue(value)).toBe(edtf);
	});
});

describe('pointDays', () => {
	const iso = (p: Point) => {
		const { first, last } = pointDays(p);
		return [isoFromDay(first), isoFromDay(last)];
	};
	it.each<[Point, [string, string]]>([
		[day(2024, 2, 29), ['2024-02-29', '2024-02-29']],
		[month(2023, 2), ['2023-02-01', '2023-02-28']],
		[{ precision: 'season', year: 2013, season: 24 }, ['2013-12-01', '2014-02-28']],
		[{ precision: 'season', year: 2023, season: 24 }, ['2023-12-01', '2024-02-29']],
		[year(1900), ['1900-01-01', '1900-12-31']]
	])('%j runs %j', (p, expected) => {
		expect(iso(p)).toEqual(expected);
	});

	it('counts years before 1 AD by whole Gregorian cycles: a year is 365 or 366 days, -0004 a leap year', () => {
		const length = (y: number) => pointDays(year(y)).last - pointDays(year(y)).first + 1;
		expect([length(-43), length(-4), length(0), length(-100)]).toEqual([365, 366, 366, 365]);
		expect(pointDays(year(0)).last + 1).toBe(pointDays(year(1)).first);
		expect(pointDays(year(-1)).last + 1).toBe(pointDays(year(0)).first);
	});
});

describe('stepPoint', () => {
	it.each<[Point, number, Point]>([
		[day(2024, 3, 1), -1, day(2024, 2, 29)],
		[month(2021, 12), 1, month(2022, 1)],
		[month(2021, 1), -1, month(2020, 12)],
		[{ precision: 'season', year: 2022, season: 24 }, 1, { precision: 'season', year: 2023, season: 21 }],
		[{ precision: 'season', year: 2022, season: 21 }, -1, { precision: 'season', year: 2021, season: 24 }],
		[year(2020), -1, year(2019)]
	])('%j stepped %i is %j', (p, step, expected) => {
		expect(stepPoint(p, step)).toEqual(expected);
	});
});

describe('inFormat and valueDays', () => {
	it('the format holds years 1–9999 only', () => {
		expect(inFormat({ kind: 'point', point: year(1) })).toBe(true);
		expect(inFormat({ kind: 'point', point: year(0) })).toBe(false);
		expect(inFormat({ kind: 'point', point: year(9999) })).toBe(true);
		expect(inFormat({ kind: 'point', point: year(10000) })).toBe(false);
		expect(inFormat({ kind: 'interval', start: year(-26), end: year(14) })).toBe(false);
		expect(inFormat({ kind: 'oneOf', start: null, end: year(2026) })).toBe(true);
	});
	it('an open side has no bound', () => {
		const { first, last } = valueDays({ kind: 'interval', start: year(1998), end: null });
		expect([isoFromDay(first!), last]).toEqual(['1998-01-01', null]);
	});
});

describe('parseValue reads what formatValue writes', () => {
	it.each(['2022-02-24', '2022-02~', '2023-21?', '1790%', '-0043', '1998/..', '../2025-04-04', '-0026/0014', '[2024-11-04..2024-11-10]', '[..2026]', '[2001..]', '2025-01-26/..'])(
		'%s',
		(text) => {
			const value = parseValue(text);
			expect(value).not.toBeNull();
			expect(formatValue(value!)).toBe(text);
		}
	);
	it.each([
		'',
		'2022-13',
		'2022-00',
		'2022-25',
		'2022-2',
		'../..',
		'[..]',
		'spring 2023',
		'2020/2021/2022',
		'[x..2020]',
		'[2020..x]',
		'x/2020',
		'2020/x',
		'x[2020..2021]',
		'[2020..2021]x'
	])('not %j', (text) => {
		expect(parseValue(text)).toBeNull();
	});
});
