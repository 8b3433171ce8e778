import { describe, expect, it } from 'vitest';
import { foundExpressions as found } from '../../../tests/fixtures/found-expressions.ts';
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

describe('formValue: what a form without its own year or day is, against publication or the date last mentioned', () => {
	it.each<[string, string, string[]]>([
		// A quarter without a year: the one the tense means, in the year before, of or after publication.
		['In the fourth quarter, it rose.', '2025-01-22', ['the fourth quarter → [2024-10..2024-12]']],
		['In the first quarter, it will rise.', '2024-11-14', ['the first quarter → [2025-01..2025-03]']],
		// "since then" with nothing before it has nothing to count from.
		['Since then it has grown.', '2024-11-14', []],
		// The century of the date last mentioned, whole, or its end.
		['It was built in 1862. It may fall by the end of the century.', '2024-11-14', ['1862 → 1862', 'by the end of the century → [..1900]']],
		['It was built in 1862. At the end of the century it fell.', '2024-11-14', ['1862 → 1862', 'the end of the century → [1801..1900]']],
		// A day and month in the year the weekday beside them falls: 2 March 2025 is a Sunday, 2 March 2024 was not.
		['The mill opened on Sunday, 2 March.', '2024-11-14', ['Sunday, 2 March → 2025-03-02']],
		['It was agreed on 29 February.', '2024-11-14', ['29 February → 2024-02-29']],
		// A weekday alone in a past narrative: the nearest to the day last mentioned; after a month, no day to be near.
		['On 4 March 1862 the mill opened, and on Friday it burned.', '2024-11-14', ['4 March 1862 → 1862-03-04', 'Friday → 1862-03-07']],
		['In March 1862 the mill opened, and on Friday it burned.', '2024-11-14', ['March 1862 → 1862-03']],
		// … but a sentence that speaks from "now" is news, even after a past clause: the weekday is not lost.
		['City, who finished 11th in 2022–23, now play away on Wednesday evening.', '2025-03-16', ['2022–23 → 2022/2023', 'Wednesday evening → 2025-03-19']],
		// "the year" and "the month" are the date last mentioned's, unless a future's would be over by publication.
		['Controls came in 2020. It will report by the end of the year.', '2025-03-17', ['2020 → 2020', 'by the end of the year → [..2025]']],
		['Sales fell in 2022. They will recover in the second half of the year.', '2025-03-17', ['2022 → 2022', 'the second half of the year → [2025-07..2025-12]']],
		['It opened in 2019. It will close at the end of the month.', '2025-03-17', ['2019 → 2019', 'the end of the month → 2025-03 late']],
		['The war began in 2021. By the end of the year it had spread.', '2025-03-17', ['2021 → 2021', 'By the end of the year → [..2021]']],
		['Sales fell in 2024, in the second half of the year.', '2025-03-17', ['2024 → 2024', 'the second half of the year → [2024-07..2024-12]']],
		['Prices rose on 3 March. They will fall by the end of the year.', '2025-03-17', ['3 March → 2025-03-03', 'by the end of the year → [..2025]']]
	])('%s (published %s)', (text, published, expected) => {
		expect(found(text, published)).toEqual(expected);
	});
});

describe('shift and within, from the date last mentioned', () => {
	it.each<[string, string[]]>([
		// Weekends: the one a day is in, the one after a weekday or a weekend day, the one before.
		['It opened on Sunday 7 March 2021. That weekend it burned.', ['Sunday 7 March 2021 → 2021-03-07', 'That weekend → [2021-03-06..2021-03-07]']],
		['It opened on Friday 5 March 2021. The following weekend it burned.', ['Friday 5 March 2021 → 2021-03-05', 'The following weekend → [2021-03-06..2021-03-07]']],
		['It opened on Saturday 6 March 2021. The following weekend it burned.', ['Saturday 6 March 2021 → 2021-03-06', 'The following weekend → [2021-03-13..2021-03-14]']],
		['It opened on Sunday 7 March 2021. The previous weekend it burned.', ['Sunday 7 March 2021 → 2021-03-07', 'The previous weekend → [2021-02-27..2021-02-28]']],
		// Months after a day or a month are a month; after a season or a year, the months they allow.
		['It opened on 3 March 2021. Two months later it burned.', ['3 March 2021 → 2021-03-03', 'Two months later → 2021-05']],
		['It opened in December 2023. Two months later it burned.', ['December 2023 → 2023-12', 'Two months later → 2024-02']],
		['It opened in the winter of 2013. Two months later it burned.', ['the winter of 2013 → 2013-24', 'Two months later → [2014-02..2014-04]']],
		['It opened in 2021. Two months later it burned.', ['2021 → 2021', 'Two months later → [2021-03..2022-02]']],
		// "later / earlier that year / month": from a day to its year's or month's end or start; from a month, by months.
		['It opened on 3 March 1862. Later that month it burned.', ['3 March 1862 → 1862-03-03', 'Later that month → [1862-03-03..1862-03-31]']],
		['It opened in March 1862. Later that year it burned.', ['March 1862 → 1862-03', 'Later that year → [1862-03..1862-12]']],
		['It opened in March 1862. Earlier that year it burned.', ['March 1862 → 1862-03', 'Earlier that year → [1862-01..1862-03]']],
		// … and where the anchor is no finer than the unit, the anchor's own month or year.
		['It opened in March 1862. Later that month it burned.', ['March 1862 → 1862-03', 'Later that month → 1862-03']],
		['It opened in 1862. Later that year it burned.', ['1862 → 1862', 'Later that year → 1862']],
		['It opened in spring 1862. Earlier that year it burned.', ['spring 1862 → 1862-21', 'Earlier that year → 1862']],
		// A decade has no one year to be later in.
		['It was built in the 1960s. Later that year it burned.', ['the 1960s → [1960..1969]']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});
