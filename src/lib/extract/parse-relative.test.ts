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

describe('"over the next two months": a span from the moment told from to that many units on', () => {
	// Lasting ("over", "for", "during") is the interval; once within it ("in", "within") is the one-of range.
	it.each<[string, string[]]>([
		['Prices will rise over the next two months.', ['over the next two months → 2024-11-14/2025-01-14']],
		['A decision is due in the next three weeks.', ['in the next three weeks → [2024-11-14..2024-12-05]']],
		['It will close within the next year.', ['within the next year → [2024-11-14..2025-11-14]']],
		['The road is shut for the next 10 days.', ['for the next 10 days → 2024-11-14/2024-11-24']],
		// Told in the past, it runs from the date last mentioned, at that date's precision.
		['In March 1944 it crossed the river. Over the next two months it advanced.', ['March 1944 → 1944-03', 'Over the next two months → 1944-03/1944-05']],
		// A week is finer than a year: nothing the words allow can be said.
		['In 1944 it crossed the river. Over the next two weeks it advanced.', ['1944 → 1944']],
		// Without a word of span before it, it names a stretch of the story, not a date.
		['The next two months of the war were hard.', []],
		['It will end in the next day or two.', ['the next day → 2024-11-15']]
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
		// A comparison, not a date: how much later than something else.
		['It opened two years later than first promised.', []],
		['It closed a week earlier than planned.', []],
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

describe('relative expressions: which day they count from, and where they stop', () => {
	it.each<[string, string[]]>([
		// Words about the present count from the publication day, whatever date was named before …
		['The plan was drafted in 2019. It rained last night.', ['2019 → 2019', 'last night → 2024-11-13']],
		['The plan was drafted in 2019. It rained this morning.', ['2019 → 2019', 'this morning → 2024-11-14']],
		['The plan was drafted in 2019. Prices rose last year.', ['2019 → 2019', 'last year → 2023']],
		// … and make the text news: a date without its year is then near the publication day, not in the story's past.
		['The bridge opened in 1862. On 3 March the river rose.', ['1862 → 1862', '3 March → 1862-03-03']],
		['It rained last night. The bridge opened in 1862. On 3 March the river rose.', ['last night → 2024-11-13', '1862 → 1862', '3 March → 2024-03-03']],
		['It rained this morning. The bridge opened in 1862. On 3 March the river rose.', ['this morning → 2024-11-14', '1862 → 1862', '3 March → 2024-03-03']],
		['Prices rose last week. The bridge opened in 1862. On 3 March the river rose.', ['last week → [2024-11-04..2024-11-10]', '1862 → 1862', '3 March → 2024-03-03']],
		// "later this year" runs from the publication day to the end of its year.
		['The plan was drafted in 2019. The plant opens later this year.', ['2019 → 2019', 'later this year → [2024-11-14..2024-12-31]']],
		['The plant opens later next year.', ['next year → 2025']],
		// Digits count up to three of them.
		['The talks began in May 2021. 100 days later they ended.', ['May 2021 → 2021-05', '100 days later → [2021-08-09..2021-09-08]']],
		// "this night" names a thing ("this night train"), not tonight.
		['The crew of this night train slept.', []],
		// An ordinary word of the text is only a word, even one every JavaScript object has as a property.
		['The constructor of the bridge was paid in 2021.', ['2021 → 2021']],
		['The last constructor left.', []],
		['The constructor year ended.', []],
		// An expression may begin a paragraph, but does not run on over a paragraph break.
		['It was cold.\n\nYesterday it rained.', ['Yesterday → 2024-11-13']],
		['It was cold.\n\nThe following year it rained.', ['The following year → 2025']],
		['It happened last\n\nweek.', []],
		['They waited three days\n\nlater the rain came.', []],
		['They met in 2019, and that\n\nsummer was hot.', ['2019 → 2019']],
		['The treaty was signed in 2019. The following\n\nyear began.', ['2019 → 2019']],
		['The war began in 2021. At the end of the\n\nyear it spread.', ['2021 → 2021']],
		['The war began in 2021. Later that\n\nyear it spread.', ['2021 → 2021']],
		['The war began in 2021. By the end of the year it had spread.', ['2021 → 2021', 'By the end of the year → [..2021]']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});
