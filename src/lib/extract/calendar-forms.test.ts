import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar-day.ts';
import { shift } from './calendar-forms.ts';
import { type Anchor, dayAnchor } from './occurrence.ts';
import { type Point, formatValue, pointDays } from './values.ts';

const at = (p: Point): Anchor => ({ ...pointDays(p), point: p });
const day = (iso: string) => dayAnchor(dayFromIso(iso));

describe('shift: the unit’s precision where the anchor allows it, else the range the shift allows', () => {
	it.each<[string, Anchor, 'day' | 'week' | 'weekend' | 'month' | 'year', number, string]>([
		['a day after a day', day('2025-02-27'), 'day', 2, '2025-03-01'],
		['days after a month', at({ precision: 'month', year: 2023, month: 12 }), 'day', 2, '[2023-12-03..2024-01-02]'],
		['the week before a day: Monday to Sunday', day('2023-12-02'), 'week', -1, '[2023-11-20..2023-11-26]'],
		['two weeks after a month', at({ precision: 'month', year: 2023, month: 12 }), 'week', 2, '[2023-12-15..2024-01-14]'],
		['months after a day', day('2021-03-03'), 'month', 2, '2021-05'],
		['months after a month, across a year', at({ precision: 'month', year: 2023, month: 11 }), 'month', 4, '2024-03'],
		['months after a year', at({ precision: 'year', year: 1862 }), 'month', 2, '[1862-03..1863-02]'],
		['a year after a day', day('1815-10-14'), 'year', 1, '1816'],
		['a year after winter, which starts in December', at({ precision: 'season', year: 2013, season: 24 }), 'year', 1, '[2014..2015]'],
		['the last weekend from a Thursday', day('2024-11-14'), 'weekend', -1, '[2024-11-09..2024-11-10]'],
		['the last weekend from a Monday', day('2024-11-11'), 'weekend', -1, '[2024-11-09..2024-11-10]'],
		['this weekend', day('2024-11-14'), 'weekend', 0, '[2024-11-16..2024-11-17]'],
		['the next weekend from a Saturday', day('2024-11-16'), 'weekend', 1, '[2024-11-23..2024-11-24]']
	])('%s', (_, anchor, unit, count, expected) => {
		expect(formatValue(shift(anchor, unit, count))).toBe(expected);
	});
});
