import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from './calendar-day.ts';
import {
	type DayRange,
	EdtfError,
	type EdtfPoint,
	type Qualifier,
	SEASON_MONTHS,
	edtfBounds,
	narrowByQualifier,
	parseEdtf,
	tryParseEdtf
} from './edtf.ts';

/** An EdtfPoint with ISO strings for bounds, so that tables read as dates. */
type PointRow = Omit<EdtfPoint, 'earliest' | 'latest'> & { earliest: string; latest: string };

const readable = (point: EdtfPoint | null): PointRow | null =>
	point && { ...point, earliest: isoFromDay(point.earliest), latest: isoFromDay(point.latest) };

const plain = { approximate: false, uncertain: false };

describe('parseEdtf: single dates', () => {
	it.each<[string, PointRow]>([
		[
			'2022-02-24',
			{ precision: 'day', year: 2022, month: 2, day: 24, ...plain, earliest: '2022-02-24', latest: '2022-02-24' }
		],
		[
			'2000-02-29',
			{ precision: 'day', year: 2000, month: 2, day: 29, ...plain, earliest: '2000-02-29', latest: '2000-02-29' }
		],
		[
			'2022-02',
			{ precision: 'month', year: 2022, month: 2, ...plain, earliest: '2022-02-01', latest: '2022-02-28' }
		],
		[
			'2024-02',
			{ precision: 'month', year: 2024, month: 2, ...plain, earliest: '2024-02-01', latest: '2024-02-29' }
		],
		[
			'1900-02',
			{ precision: 'month', year: 1900, month: 2, ...plain, earliest: '1900-02-01', latest: '1900-02-28' }
		],
		[
			'2022-04',
			{ precision: 'month', year: 2022, month: 4, ...plain, earliest: '2022-04-01', latest: '2022-04-30' }
		],
		[
			'2022-12',
			{ precision: 'month', year: 2022, month: 12, ...plain, earliest: '2022-12-01', latest: '2022-12-31' }
		],
		['2020', { precision: 'year', year: 2020, ...plain, earliest: '2020-01-01', latest: '2020-12-31' }],
		['0050', { precision: 'year', year: 50, ...plain, earliest: '0050-01-01', latest: '0050-12-31' }],
		[
			'2023-21',
			{ precision: 'season', year: 2023, season: 21, ...plain, earliest: '2023-03-01', latest: '2023-05-31' }
		],
		[
			'2023-22',
			{ precision: 'season', year: 2023, season: 22, ...plain, earliest: '2023-06-01', latest: '2023-08-31' }
		],
		[
			'2023-23',
			{ precision: 'season', year: 2023, season: 23, ...plain, earliest: '2023-09-01', latest: '2023-11-30' }
		],
		[
			'2022-24',
			{ precision: 'season', year: 2022, season: 24, ...plain, earliest: '2022-12-01', latest: '2023-02-28' }
		],
		[
			'2023-24',
			{ precision: 'season', year: 2023, season: 24, ...plain, earliest: '2023-12-01', latest: '2024-02-29' }
		],
		[
			'2020?',
			{ precision: 'year', year: 2020, approximate: false, uncertain: true, earliest: '2020-01-01', latest: '2020-12-31' }
		],
		[
			'2022-02~',
			{ precision: 'month', year: 2022, month: 2, approximate: true, uncertain: false, earliest: '2022-02-01', latest: '2022-02-28' }
		],
		[
			'2022-02-24%',
			{ precision: 'day', year: 2022, month: 2, day: 24, approximate: true, uncertain: true, earliest: '2022-02-24', latest: '2022-02-24' }
		],
		[
			'2023-21?',
			{ precision: 'season', year: 2023, season: 21, approximate: false, uncertain: true, earliest: '2023-03-01', latest: '2023-05-31' }
		]
	])('%s', (text, expected) => {
		const date = parseEdtf(text);
		expect(date.kind === 'point' && { text: date.text, point: readable(date.point) }).toStrictEqual({
			text,
			point: expected
		});
	});
});

describe('parseEdtf: intervals', () => {
	it.each<[string, PointRow | null, PointRow | null]>([
		[
			'2022-02-04/2022-02-20',
			{ precision: 'day', year: 2022, month: 2, day: 4, ...plain, earliest: '2022-02-04', latest: '2022-02-04' },
			{ precision: 'day', year: 2022, month: 2, day: 20, ...plain, earliest: '2022-02-20', latest: '2022-02-20' }
		],
		[
			'2022-02~/2023-21?',
			{ precision: 'month', year: 2022, month: 2, approximate: true, uncertain: false, earliest: '2022-02-01', latest: '2022-02-28' },
			{ precision: 'season', year: 2023, season: 21, approximate: false, uncertain: true, earliest: '2023-03-01', latest: '2023-05-31' }
		],
		[
			'2022-02-24/..',
			{ precision: 'day', year: 2022, month: 2, day: 24, ...plain, earliest: '2022-02-24', latest: '2022-02-24' },
			null
		],
		[
			'../2023',
			null,
			{ precision: 'year', year: 2023, ...plain, earliest: '2023-01-01', latest: '2023-12-31' }
		],
		// Ends may overlap: only a start that is wholly after the end is out of order.
		[
			'2022/2022-03',
			{ precision: 'year', year: 2022, ...plain, earliest: '2022-01-01', latest: '2022-12-31' },
			{ precision: 'month', year: 2022, month: 3, ...plain, earliest: '2022-03-01', latest: '2022-03-31' }
		],
		// A day inside the month that ends the interval: the start's first day is after the end's first day.
		[
			'2022-03-15/2022-03',
			{ precision: 'day', year: 2022, month: 3, day: 15, ...plain, earliest: '2022-03-15', latest: '2022-03-15' },
			{ precision: 'month', year: 2022, month: 3, ...plain, earliest: '2022-03-01', latest: '2022-03-31' }
		],
		[
			'2022-02-24/2022-02-24',
			{ precision: 'day', year: 2022, month: 2, day: 24, ...plain, earliest: '2022-02-24', latest: '2022-02-24' },
			{ precision: 'day', year: 2022, month: 2, day: 24, ...plain, earliest: '2022-02-24', latest: '2022-02-24' }
		]
	])('%s', (text, start, end) => {
		const date = parseEdtf(text);
		expect(
			date.kind === 'interval' && { text: date.text, start: readable(date.start), end: readable(date.end) }
		).toStrictEqual({ text, start, end });
	});
});

describe('parseEdtf: one of a range (EDTF level 2 set)', () => {
	it.each<[string, PointRow | null, PointRow | null]>([
		[
			'[2022-02-24..2023-02-03]',
			{ precision: 'day', year: 2022, month: 2, day: 24, ...plain, earliest: '2022-02-24', latest: '2022-02-24' },
			{ precision: 'day', year: 2023, month: 2, day: 3, ...plain, earliest: '2023-02-03', latest: '2023-02-03' }
		],
		[
			'[2022-11-30..2022-11]',
			{ precision: 'day', year: 2022, month: 11, day: 30, ...plain, earliest: '2022-11-30', latest: '2022-11-30' },
			{ precision: 'month', year: 2022, month: 11, ...plain, earliest: '2022-11-01', latest: '2022-11-30' }
		],
		['[..2022-11]', null, { precision: 'month', year: 2022, month: 11, ...plain, earliest: '2022-11-01', latest: '2022-11-30' }],
		['[2023-03?..]', { precision: 'month', year: 2023, month: 3, approximate: false, uncertain: true, earliest: '2023-03-01', latest: '2023-03-31' }, null]
	])('%s', (text, start, end) => {
		const date = parseEdtf(text);
		expect(date.kind === 'oneOf' && { text: date.text, start: readable(date.start), end: readable(date.end) }).toStrictEqual({
			text,
			start,
			end
		});
	});
});

const SYNTAX =
	'expected YYYY, YYYY-MM, YYYY-MM-DD or a season YYYY-21 to YYYY-24, optionally followed by ?, ~ or %';

describe('parseEdtf: invalid input', () => {
	it.each([
		['2022-13', 'month 13 is out of range (01–12)'],
		['2022-00', 'month 00 is out of range (01–12)'],
		['2022-25', 'month 25 is out of range (01–12)'],
		['2022-21-01', 'month 21 is out of range (01–12)'],
		['2022-02-30', 'day 30 is out of range (01–28 in 2022-02)'],
		['2023-02-29', 'day 29 is out of range (01–28 in 2023-02)'],
		['1900-02-29', 'day 29 is out of range (01–28 in 1900-02)'],
		['2022-04-31', 'day 31 is out of range (01–30 in 2022-04)'],
		['2022-01-00', 'day 00 is out of range (01–31 in 2022-01)'],
		['0000', 'year 0 is out of range (0001–9999)'],
		['0000-21', 'year 0 is out of range (0001–9999)'],
		['9999-24', 'season 24 of 9999 ends in 10000, after the last supported year 9999'],
		['', 'it is empty'],
		[' 2022', 'it contains whitespace'],
		['2022-02 ', 'it contains whitespace'],
		['2022 / 2023', 'it contains whitespace'],
		['2022\t', 'it contains whitespace'],
		['2022-2', SYNTAX],
		['22', SYNTAX],
		['20222', SYNTAX],
		['2022-02-24T10:00', SYNTAX],
		['2022/02/24', 'an interval has exactly one "/"'],
		['2022?~', SYNTAX],
		['?2022', SYNTAX],
		['2022-?02', SYNTAX],
		['-2022', SYNTAX],
		['..', '".." can only be an interval end'],
		['../..', 'an interval cannot be open at both ends'],
		['2022/', 'the interval end is empty; unknown ends are not supported, write ".." for an open end'],
		['/2022', 'the interval start is empty; unknown ends are not supported, write ".." for an open end'],
		['2022-13/2023', 'interval start "2022-13": month 13 is out of range (01–12)'],
		['2022/2023-02-29', 'interval end "2023-02-29": day 29 is out of range (01–28 in 2023-02)'],
		['2022/..?', `interval end "..?": ${SYNTAX}`],
		['2023/2022', 'the start "2023" is after the end "2022"'],
		['2022-02-21/2022-02-20', 'the start "2022-02-21" is after the end "2022-02-20"'],
		['2023-21/2023-02', 'the start "2023-21" is after the end "2023-02"'],
		['[..]', 'a one-of range cannot be open at both ends'],
		['[2023..2022]', 'the start "2023" is after the end "2022"'],
		['[2020,2022]', 'a one-of range is written [A..B], [..B] or [A..]; lists are not supported'],
		['[2020..2022', 'a one-of range is written [A..B], [..B] or [A..]; lists are not supported'],
		['[2022-13..]', 'one-of range start "2022-13": month 13 is out of range (01–12)']
	])('%j: %s', (text, problem) => {
		const message = `"${text}" is not a valid EDTF date: ${problem}`;
		expect(() => parseEdtf(text)).toThrow(new EdtfError(message));
		expect(() => parseEdtf(text)).toThrow(EdtfError);
		expect(tryParseEdtf(text)).toStrictEqual({ ok: false, error: message });
	});
});

describe('EdtfError', () => {
	it('is named, as logs and stack traces print it', () => {
		expect(() => parseEdtf('2022-13')).toThrow(expect.objectContaining({ name: 'EdtfError' }));
	});
});

describe('tryParseEdtf', () => {
	it('returns the date, or the message parseEdtf throws, without throwing', () => {
		expect(tryParseEdtf('2023-24?')).toStrictEqual({
			ok: true,
			value: {
				kind: 'point',
				text: '2023-24?',
				point: { precision: 'season', year: 2023, season: 24, approximate: false, uncertain: true, earliest: dayFromIso('2023-12-01'), latest: dayFromIso('2024-02-29') }
			}
		});
		expect(tryParseEdtf('2022/..')).toStrictEqual({
			ok: true,
			value: { kind: 'interval', text: '2022/..', start: expect.objectContaining({ precision: 'year', year: 2022 }), end: null }
		});
		expect(tryParseEdtf('2022-02-30')).toStrictEqual({ ok: false, error: '"2022-02-30" is not a valid EDTF date: day 30 is out of range (01–28 in 2022-02)' });
	});
});

describe('SEASON_MONTHS', () => {
	/** The calendar months, in order, of the days a season's bounds cover, walked with the platform's UTC dates. */
	function monthsCovered(text: string): number[] {
		const { earliest, latest } = edtfBounds(parseEdtf(text));
		const months: number[] = [];
		for (let ms = Date.parse(`${isoFromDay(earliest!)}T00:00Z`); ms <= Date.parse(`${isoFromDay(latest!)}T00:00Z`); ms += 86_400_000) {
			const month = new Date(ms).getUTCMonth() + 1;
			if (months.at(-1) !== month) months.push(month);
		}
		return months;
	}

	it.each([21, 22, 23, 24] as const)('season %i lists the months its days fall in, in order', (season) => {
		expect(SEASON_MONTHS[season]).toStrictEqual(monthsCovered(`2023-${season}`));
	});

	it('the four seasons of a year follow one another from 1 March to the end of the next February', () => {
		const bounds = ([21, 22, 23, 24] as const).map((season) => edtfBounds(parseEdtf(`2023-${season}`)));
		expect(isoFromDay(bounds[0]!.earliest!)).toBe('2023-03-01');
		bounds.slice(1).forEach((range, i) => expect(range.earliest).toBe(bounds[i]!.latest! + 1));
		expect(isoFromDay(bounds[3]!.latest!)).toBe('2024-02-29');
	});
});

describe('edtfBounds', () => {
	const isoOrNull = (day: number | null) => (day === null ? null : isoFromDay(day));
	const readableRange = ({ earliest, latest }: DayRange) => [isoOrNull(earliest), isoOrNull(latest)];

	it.each([
		['2022-02-24', '2022-02-24', '2022-02-24'],
		['2024-02', '2024-02-01', '2024-02-29'],
		['2022-11', '2022-11-01', '2022-11-30'],
		['2020', '2020-01-01', '2020-12-31'],
		['2022-24', '2022-12-01', '2023-02-28'],
		['2023-24', '2023-12-01', '2024-02-29'],
		['1999-24~', '1999-12-01', '2000-02-29'],
		// the last supported year's autumn ends inside it (its winter does not: refused above)
		['9999-23', '9999-09-01', '9999-11-30'],
		['2022-02-04/2022-02-20', '2022-02-04', '2022-02-20'],
		['2022-02/2023-21', '2022-02-01', '2023-05-31'],
		['2022-24/2023', '2022-12-01', '2023-12-31'],
		['2022-02-24/..', '2022-02-24', null],
		['../2023-02', null, '2023-02-28'],
		['[2022-02-24..2023-02-03]', '2022-02-24', '2023-02-03'],
		['[..2022-11]', null, '2022-11-30'],
		['[2023-21..]', '2023-03-01', null]
	])('%s is %s to %s', (text, earliest, latest) => {
		expect(readableRange(edtfBounds(parseEdtf(text)))).toStrictEqual([earliest, latest]);
	});
});

describe('narrowByQualifier', () => {
	it.each<[string, string, Qualifier, string, string]>([
		// 366 days: exact thirds of 122 days.
		['2020-01-01', '2020-12-31', 'early', '2020-01-01', '2020-05-01'],
		['2020-01-01', '2020-12-31', 'mid', '2020-05-02', '2020-08-31'],
		['2020-01-01', '2020-12-31', 'late', '2020-09-01', '2020-12-31'],
		// 365 days: the days that straddle a boundary belong to both thirds.
		['2023-01-01', '2023-12-31', 'early', '2023-01-01', '2023-05-02'],
		['2023-01-01', '2023-12-31', 'mid', '2023-05-02', '2023-09-01'],
		['2023-01-01', '2023-12-31', 'late', '2023-09-01', '2023-12-31'],
		['2022-02-01', '2022-02-28', 'early', '2022-02-01', '2022-02-10'],
		['2022-02-01', '2022-02-28', 'mid', '2022-02-10', '2022-02-19'],
		['2022-02-01', '2022-02-28', 'late', '2022-02-19', '2022-02-28'],
		// winter 2022–23
		['2022-12-01', '2023-02-28', 'early', '2022-12-01', '2022-12-30'],
		['2022-12-01', '2023-02-28', 'mid', '2022-12-31', '2023-01-29'],
		['2022-12-01', '2023-02-28', 'late', '2023-01-30', '2023-02-28'],
		['2022-02-24', '2022-02-26', 'early', '2022-02-24', '2022-02-24'],
		['2022-02-24', '2022-02-26', 'mid', '2022-02-25', '2022-02-25'],
		['2022-02-24', '2022-02-26', 'late', '2022-02-26', '2022-02-26'],
		['2022-02-24', '2022-02-25', 'early', '2022-02-24', '2022-02-24'],
		['2022-02-24', '2022-02-25', 'mid', '2022-02-24', '2022-02-25'],
		['2022-02-24', '2022-02-25', 'late', '2022-02-25', '2022-02-25'],
		['2022-02-24', '2022-02-24', 'early', '2022-02-24', '2022-02-24'],
		['2022-02-24', '2022-02-24', 'mid', '2022-02-24', '2022-02-24'],
		['2022-02-24', '2022-02-24', 'late', '2022-02-24', '2022-02-24']
	])('%s..%s %s is %s..%s', (from, to, qualifier, earliest, latest) => {
		const narrowed = narrowByQualifier({ earliest: dayFromIso(from), latest: dayFromIso(to) }, qualifier);
		expect([isoFromDay(narrowed.earliest), isoFromDay(narrowed.latest)]).toStrictEqual([earliest, latest]);
	});

	it('rejects a range that ends before it starts', () => {
		expect(() => narrowByQualifier({ earliest: 10, latest: 9 }, 'early')).toThrow(
			new RangeError('range 10..9 ends before it starts')
		);
	});
});
