import { describe, expect, it } from 'vitest';
import { parseEdtf, type Qualifier } from '../dates/edtf.ts';
import { choiceFromEdtf, choiceToEdtf, readChoice, type DateChoice, type PointChoice } from './date-choice.ts';
import { relativeChoice, type Relation } from './relative-date.ts';

const flags = { approximate: false, uncertain: false };
const day = (year: number, month: number, d: number, more = {}): PointChoice => ({ precision: 'day', year, month, day: d, ...flags, ...more });
const month = (year: number, m: number, more = {}): PointChoice => ({ precision: 'month', year, month: m, ...flags, ...more });
const season = (year: number, s: 21 | 22 | 23 | 24, more = {}): PointChoice => ({ precision: 'season', year, season: s, ...flags, ...more });
const year = (y: number, more = {}): PointChoice => ({ precision: 'year', year: y, ...flags, ...more });
const decade = (y: number, more = {}): PointChoice => ({ precision: 'decade', year: y, ...flags, ...more });
const century = (c: number, more = {}): PointChoice => ({ precision: 'century', year: c, ...flags, ...more });

const single = (start: PointChoice, qualifier: Qualifier | null = null): DateChoice => ({ shape: 'single', start, end: null, qualifier });
const between = (start: PointChoice | null, end: PointChoice | null): DateChoice => ({ shape: 'between', start, end, qualifier: null });
const span = (start: PointChoice | null, end: PointChoice | null): DateChoice => ({ shape: 'span', start, end, qualifier: null });

// Each row: a choice, the EDTF it is written as, and how it reads (sentence, timeline label, days).
const ROWS: [string, DateChoice, string, string, string, string][] = [
	['a day', single(day(2022, 2, 24)), '2022-02-24', 'On 24 February 2022', '24 February 2022', '24 February 2022'],
	['a month', single(month(2022, 2)), '2022-02', 'Sometime in February 2022', 'February 2022', '1–28 February 2022'],
	['an approximate season', single(season(2023, 21, { approximate: true })), '2023-21~', 'Sometime in spring 2023, approximately', 'c. spring 2023', '1 March – 31 May 2023'],
	['an uncertain winter', single(season(2022, 24, { uncertain: true })), '2022-24?', 'Sometime in winter 2022–23 (uncertain)', 'winter 2022–23 (?)', '1 December 2022 – 28 February 2023'],
	['a year, both flags', single(year(2020, { approximate: true, uncertain: true })), '2020%', 'Sometime in 2020, approximately, and uncertain', 'c. 2020 (?)', '1 January – 31 December 2020'],
	['late in a year', single(year(2022), 'late'), '2022', 'Sometime in late 2022', 'late 2022', '1 January – 31 December 2022'],
	['mid-month', single(month(2022, 2), 'mid'), '2022-02', 'Sometime in mid-February 2022', 'mid-February 2022', '1–28 February 2022'],
	['a decade', single(decade(1840)), '[1840..1849]', 'Sometime in the 1840s', 'between 1840 and 1849', '1 January 1840 – 31 December 1849'],
	['an approximate decade', single(decade(1990, { approximate: true })), '[1990~..1999~]', 'Sometime in the 1990s, approximately', 'between c. 1990 and c. 1999', '1 January 1990 – 31 December 1999'],
	['a century', single(century(19)), '[1801..1900]', 'Sometime in the 19th century', 'between 1801 and 1900', '1 January 1801 – 31 December 1900'],
	['the 21st century', single(century(21)), '[2001..2100]', 'Sometime in the 21st century', 'between 2001 and 2100', '1 January 2001 – 31 December 2100'],
	['the 11th century', single(century(11)), '[1001..1100]', 'Sometime in the 11th century', 'between 1001 and 1100', '1 January 1001 – 31 December 1100'],
	['one moment in a range', between(month(2023, 3), month(2023, 5)), '[2023-03..2023-05]', 'One moment sometime between March 2023 and May 2023', 'between March and May 2023', '1 March – 31 May 2023'],
	['one moment before', between(null, day(2023, 2, 3)), '[..2023-02-03]', 'One moment on or before 3 February 2023', 'on or before 3 February 2023', 'until 3 February 2023'],
	['one moment after', between(month(2023, 3, { uncertain: true }), null), '[2023-03?..]', 'One moment on or after March 2023 (uncertain)', 'on or after March 2023 (?)', 'from 1 March 2023'],
	['a span', span(day(2022, 2, 4), day(2022, 2, 20)), '2022-02-04/2022-02-20', 'Lasting from 4 February 2022 to 20 February 2022', '4–20 February 2022', '4–20 February 2022'],
	['an open end', span(day(2022, 2, 24), null), '2022-02-24/..', 'Lasting from 24 February 2022, with no end given', 'from 24 February 2022', 'from 24 February 2022'],
	['an open start', span(null, month(2022, 11)), '../2022-11', 'Lasting until November 2022, with no start given', 'until November 2022', 'until 30 November 2022']
];

describe('a chosen date', () => {
	it.each(ROWS)('%s is written %s and read out', (_, choice, edtf, sentence, label, days) => {
		const outcome = choiceToEdtf(choice);
		expect(outcome).toMatchObject({ ok: true, edtf });
		if (!outcome.ok) return;
		expect(readChoice(choice, outcome)).toStrictEqual({ sentence, label, days });
	});

	it.each(ROWS)('%s is read back from its EDTF for editing', (_, choice, edtf) => {
		expect(choiceFromEdtf(edtf, choice.qualifier)).toStrictEqual({ ok: true, choice });
	});
});

describe('a choice that is no date says why', () => {
	it.each<[string, DateChoice, RegExp]>([
		['no date', { shape: 'single', start: null, end: null, qualifier: null }, /choose a date/],
		['a range open at both ends', between(null, null), /at least one end/],
		['a day that does not exist', single(day(2023, 2, 30)), /day 30 is out of range/],
		['a year the format cannot hold', single(year(10000)), /not a valid EDTF date/],
		['a start after its end', span(month(2023, 5), month(2023, 3)), /start "2023-05" is after the end "2023-03"/],
		['early in a day', single(day(2022, 2, 24), 'early'), /early \/ mid \/ late applies to a month, season or year, not to a day/],
		['late in a decade', single(decade(1840), 'late'), /not to a decade/],
		['a decade as a range end', between(decade(1840), year(1870)), /end of a range is a day, month, season or year, not a decade/],
		['a qualifier on a range', { ...between(year(2020), year(2022)), qualifier: 'early' }, /single date, not to a range/]
	])('%s', (_, choice, problem) => {
		const outcome = choiceToEdtf(choice);
		expect(outcome.ok).toBe(false);
		if (!outcome.ok) expect(outcome.problem).toMatch(problem);
	});
});

describe('reading EDTF back', () => {
	it.each<[string, DateChoice]>([
		// Ranges of years that are not a decade or a century stay ranges.
		['[1840..1850]', between(year(1840), year(1850))],
		['[1800..1899]', between(year(1800), year(1899))],
		['[1840~..1849]', between(year(1840, { approximate: true }), year(1849))],
		// An interval of a decade's years is a span, not a decade.
		['1840/1849', span(year(1840), year(1849))]
	])('%s', (edtf, choice) => {
		expect(choiceFromEdtf(edtf)).toStrictEqual({ ok: true, choice });
	});

	it('gives the parser’s own message for text that is not EDTF', () => {
		expect(choiceFromEdtf('Feb.2022')).toStrictEqual({ ok: false, problem: expect.stringMatching(/^"Feb.2022" is not a valid EDTF date: expected YYYY/) });
	});
});

describe('a date relative to another event', () => {
	it.each<[Relation, string, string]>([
		['after', '2022-02-24', '[2022-02-24..]'],
		['after', '2022-02-24/..', '[2022-02-24..]'],
		['after', '[1840..1849]', '[1840..]'],
		['before', '2022-11', '[..2022-11]'],
		['before', '2022-02-04/2022-02-20', '[..2022-02-20]'],
		['since', '2022-02-24', '2022-02-24/..'],
		['since', '2023-21~', '2023-21~/..'],
		['until', '[2023-03..2023-05]', '../2023-05'],
		['during', '2022-24?', '2022-24?'],
		['during', '[1801..1900]', '[1801..1900]']
	])('%s an event dated %s is %s', (relation, reference, expected) => {
		const outcome = relativeChoice(relation, parseEdtf(reference), 'The invasion');
		expect(outcome.ok).toBe(true);
		if (outcome.ok) expect(choiceToEdtf(outcome.choice)).toMatchObject({ ok: true, edtf: expected });
	});

	it.each<[Relation, string, string]>([
		['after', '../2022-11', '“The invasion” has no start date (../2022-11)'],
		['since', '[..2023-02-03]', '“The invasion” has no start date ([..2023-02-03])'],
		['before', '2022-02-24/..', '“The invasion” has no end date (2022-02-24/..)'],
		['until', '[2023-03..]', '“The invasion” has no end date ([2023-03..])']
	])('%s an event dated %s cannot be said', (relation, reference, problem) => {
		expect(relativeChoice(relation, parseEdtf(reference), 'The invasion')).toStrictEqual({ ok: false, problem });
	});
});
