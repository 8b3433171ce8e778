import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar-day.ts';
import { type Candidate, type Setting, candidate, chooseNamed, chooseOccurrence, dayAnchor, namedCandidates, weekdayOf } from './occurrence.ts';
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
		['narrative: the nearest to the date last mentioned', 3, { kind: 'narrative', reference: dayAnchor(dayFromIso('1862-01-10')) }, '1862-03']
	])('%s', (_, month, setting, expected) => {
		expect(shown(chooseOccurrence(months(month, [1861, 1862, 1863, 2024, 2025, 2026]), setting))).toBe(expected);
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
		const chosen = chooseNamed(namedCandidates({ month: 4 }, 2024), anchor, direction, (p) => p.year === 2024);
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
