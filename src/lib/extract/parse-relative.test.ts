import { describe, expect, it } from 'vitest';
import { foundExpressions as found } from '../../../tests/fixtures/found-expressions.ts';


describe('relative expressions against the publication day (Thursday 14 November 2024)', () => {
	it.each<[string, string[]]>([
		['It rained this morning.', ['this morning → 2024-11-14']],
		['It rained this afternoon.', ['this afternoon → 2024-11-14']],
		['It will rain this evening.', ['this evening → 2024-11-14']],
		['It will rain tonight.', ['tonight → 2024-11-14']],
		['It rained last night.', ['last night → 2024-11-13']],
		// "this night" and "last morning" are not how English says it.
		['It rained this night.', []],
		['It rained last morning.', []],
		['Prices rose last year.', ['last year → 2023']],
		['Prices rose this month.', ['this month → 2024-11']],
		['Prices will rise next week.', ['next week → [2024-11-18..2024-11-24]']],
		['We meet next Tuesday evening.', ['next Tuesday evening → 2024-11-19']],
		['We met this Tuesday.', ['this Tuesday → 2024-11-12']],
		// Plurals, a lower-case month and "the last" are no dates.
		['He spent his last days in Rome.', []],
		['This last may help.', []],
		['It was the last year of the plan.', []],
		['Twelve days ago she moved.', ['Twelve days ago → 2024-11-02']],
		['12 days ago she moved.', ['12 days ago → 2024-11-02']],
		['1000 days ago she moved.', []],
		['A weekend ago she moved.', []]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('relative expressions against the date last mentioned (3 March 2021)', () => {
	it.each<[string, string[]]>([
		['Two weeks after, it snowed.', ['Two weeks after → [2021-03-15..2021-03-21]']],
		['Three days afterwards it snowed.', ['Three days afterwards → 2021-03-06']],
		['Three days before, it had snowed.', ['Three days before → 2021-02-28']],
		['Three days earlier it had snowed.', ['Three days earlier → 2021-02-28']],
		['Five years after the war it snowed.', []],
		['The following year it closed.', ['The following year → 2022']],
		['The previous week it had closed.', ['The previous week → [2021-02-22..2021-02-28]']],
		['The preceding month it had closed.', ['The preceding month → 2021-02']],
		['The same day it closed.', ['The same day → 2021-03-03']],
		['The next day it closed.', ['The next day → 2021-03-04']],
		['That year it closed.', ['That year → 2021']],
		['That summer it closed.', ['That summer → 2021-22']],
		['The following spring it closed.', ['The following spring → 2022-21']],
		['The following years were calm.', []],
		// 3 March 2021 was a Wednesday.
		['The following Monday it closed.', ['The following Monday → 2021-03-08']],
		['The previous Monday it had closed.', ['The previous Monday → 2021-03-01']],
		['That Friday it closed.', ['That Friday → 2021-03-05']],
		['The year before, it had closed.', ['The year before → 2020']],
		['The day after, it closed.', ['The day after → 2021-03-04']],
		['The day after the vote it closed.', []],
		['The weekend after, it closed.', []],
		['Later that month it closed.', ['Later that month → [2021-03-03..2021-03-31]']],
		['Earlier that year it had closed.', ['Earlier that year → [2021-01-01..2021-03-03]']],
		['By the end of the month it had closed.', ['By the end of the month → [..2021-03]']],
		// "later that" takes a year or a month; a week is "that week".
		['Later that week it closed.', ['that week → [2021-03-01..2021-03-07]']]
	])('It opened on 3 March 2021. %s', (text, expected) => {
		expect(found(`It opened on 3 March 2021. ${text}`)).toEqual(['3 March 2021 → 2021-03-03', ...expected]);
	});

	it('reads “earlier this month” against publication', () => {
		expect(found('It opened earlier this month.')).toEqual(['earlier this month → [2024-11-01..2024-11-14]']);
	});
});
