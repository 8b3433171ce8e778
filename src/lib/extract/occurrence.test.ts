import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar-day.ts';
import { type Candidate, type Setting, candidate, chooseNamed, chooseOccurrence, dayAnchor, namedCandidates, weekdayCandidates, weekdayOf } from './occurrence.ts';
import { type Point, formatValue, point } from './values.ts';

const months = (month: number, years: number[]): Candidate<Point>[] => years.map((year) => candidate<Point>({ precision: 'month', year, month }));
const shown = (p: Point | null) => (p === null ? null : formatValue(point(p)));
const news = (published: string, tense: 'past' | 'present' | 'future'): Setting => ({ kind: 'news', published: dayFromIso(published), tense });

describe('chooseOccurrence', () => {
	it.each<[string, number, Setting, string]>([
		['past: the latest that began by publication', 9, news('2025-01-22', 'past'), '2024-09'],
		['future: the first that has not ended by publication', 4, news('2025-01-22', 'future'), '2025-04'],
		['future: the month of publication still counts', 1, news('2025-01-22', 'future'), '2025-01'],
		['present: the nearest to publication', 12, news('2025-01-22', 'present'), '2024-12'],
		['present: the one containing publication', 1, news('2025-01-22', 'present'), '2025-01'],
		['narrative: the nearest to the date last mentioned', 3, { kind: 'narrative', reference: dayAnchor(dayFromIso('1862-01-10')) }, '1862-03'],
		['future: the next one, even when last year’s is nearer', 11, news('2025-01-22', 'future'), '2025-11'],
		['future: a month that ends on the publication day still counts', 1, news('2025-01-31', 'future'), '2025-01'],
		// 31 March 1863 and 1 March 1864 are both 168 days from 15 September 1863.
		['narrative: a tie goes to the earlier', 3, { kind: 'narrative', reference: dayAnchor(dayFromIso('1863-09-15')) }, '1863-03']
	])('%s', (_, month, setting, expected) => {
		// Given out of order: the choice must not depend on the order the candidates come in.
		expect(shown(chooseOccurrence(months(month, [2025, 1864, 1862, 2026, 1861, 2024, 1863]), setting))).toBe(expected);
	});

	it('gives null when there is nothing to choose from', () => {
		expect(chooseOccurrence([], news('2025-01-22', 'past'))).toBeNull();
	});
});

describe('chooseNamed: last, this and next', () => {
	const anchor = dayAnchor(dayFromIso('2024-04-30'));
	it.each<[-1 | 0 | 1, string]>([
		[-1, '2023-04'],
		[0, '2024-04'],
		[1, '2025-04']
	])('April from 30 April 2024, direction %i: %s', (direction, expected) => {
		const chosen = chooseNamed(namedCandidates({ month: 4 }, 2024).reverse(), anchor, direction, (p) => p.year === 2024);
		expect(shown(chosen)).toBe(expected);
	});

	it.each<[string, -1 | 0 | 1, number, string | null]>([
		// "this April" in June: the one of the anchor's year (the unit `sameUnit` names), not the next.
		['2024-06-15', 0, 2024, '2024-04'],
		['2024-06-15', 0, 2023, '2023-04'],
		// An anchor on a month's first or last day is inside it, whatever unit is named.
		['2024-04-01', 0, 2025, '2024-04'],
		['2024-04-30', 0, 2025, '2024-04'],
		// "next April" from 1 April is the following year's; "last April" from 30 April the year before's.
		['2024-04-01', 1, 2024, '2025-04'],
		['2024-04-30', -1, 2024, '2023-04'],
		// Nothing there: none before, none after, none containing it and none in the unit.
		['2020-01-10', -1, 2024, null],
		['2028-01-10', 1, 2024, null],
		['2028-01-10', 0, 2030, null]
	])('April around 2024 from %s, direction %i, unit %i: %s', (anchorDay, direction, unitYear, expected) => {
		const chosen = chooseNamed(namedCandidates({ month: 4 }, 2024), dayAnchor(dayFromIso(anchorDay)), direction, (p) => p.year === unitYear);
		expect(shown(chosen)).toBe(expected);
	});

	it.each<[-1 | 0 | 1, string]>([
		[-1, '2022-24'],
		[0, '2023-24'],
		[1, '2024-24']
	])('winter from 4 February 2024 (inside winter 2023), direction %i: %s', (direction, expected) => {
		const chosen = chooseNamed(namedCandidates({ season: 24 }, 2024), dayAnchor(dayFromIso('2024-02-04')), direction, (p) => p.year === 2024);
		expect(shown(chosen)).toBe(expected);
	});
});

describe('namedCandidates and weekdayCandidates', () => {
	it('offers the named month or season in the two years either side', () => {
		expect(namedCandidates({ month: 4 }, 2024).map((c) => shown(c.item))).toEqual(['2022-04', '2023-04', '2024-04', '2025-04', '2026-04']);
		expect(namedCandidates({ season: 21 }, 2024).map((c) => shown(c.item))).toEqual(['2022-21', '2023-21', '2024-21', '2025-21', '2026-21']);
	});

	it('offers the days with the weekday within two weeks either side, both ends included', () => {
		// 25 January 2025 was a Saturday (ISO 6).
		expect(weekdayCandidates(6, dayFromIso('2025-01-25')).map((c) => shown(c.item))).toEqual(['2025-01-11', '2025-01-18', '2025-01-25', '2025-02-01', '2025-02-08']);
		expect(weekdayCandidates(1, dayFromIso('2025-01-25')).map((c) => shown(c.item))).toEqual(['2025-01-13', '2025-01-20', '2025-01-27', '2025-02-03']);
	});
});

describe('weekdayOf', () => {
	it.each<[string, number]>([
		['1970-01-01', 4],
		['2024-11-14', 4],
		['2025-01-26', 7],
		['1969-12-29', 1],
		['2000-02-28', 1]
	])('%s is ISO weekday %i', (iso, weekday) => {
		expect(weekdayOf(dayFromIso(iso))).toBe(weekday);
	});
});
