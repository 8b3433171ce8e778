import { describe, expect, it } from 'vitest';
import { foundExpressions as found } from '../../../tests/fixtures/found-expressions.ts';


// "In 1862 the mill opened. On 3 March, it burned." alone is a narrative: 3 March is 1862's (expressions.test.ts).
const MILL = 'In 1862 the mill opened. On 3 March, it burned.';

describe('resolve: a text that speaks from its publication date reads a date without its year as news', () => {
	it.each<[string, string]>([
		['It rained yesterday.', 'yesterday → 2024-11-13'],
		['It began on Monday.', 'Monday → 2024-11-11'],
		['It rained last August.', 'last August → 2024-08'],
		['A report will follow later this year.', 'later this year → [2024-11-14..2024-12-31]'],
		['Profits fell in the first quarter of last year.', 'the first quarter of last year → [2023-01..2023-03]'],
		['He pleaded guilty on 9 December last year.', '9 December last year → 2023-12-09']
	])('%s', (news, value) => {
		expect(found(`${news} ${MILL}`)).toEqual([value, '1862 → 1862', '3 March → 2024-03-03']);
	});

	it.each<[string, string[]]>([
		// Counting from the date last mentioned, or a weekday beside its month, is not speaking from publication.
		['In 1860 it was planned, and built the following year.', ['1860 → 1860', 'the following year → 1861']],
		['The mill was planned on Sunday, 26 January 1862.', ['Sunday, 26 January 1862 → 1862-01-26']]
	])('not: %s', (story, values) => {
		expect(found(`${story} ${MILL}`)).toEqual([...values, '1862 → 1862', '3 March → 1862-03-03']);
	});

	it('keeps the year of the same past-tense sentence', () => {
		expect(found('It rained yesterday. In 1862, on 3 March, the mill burned.')).toEqual([
			'yesterday → 2024-11-13',
			'1862 → 1862',
			'3 March → 1862-03-03'
		]);
	});
});

describe('resolve: which date last mentioned sets the scene', () => {
	it.each<[string, string[]]>([
		// 366 days before publication is still news: 1 October is the latest before publication.
		['On 14 November 2023 it opened. On 1 October, it burned.', ['14 November 2023 → 2023-11-14', '1 October → 2024-10-01']],
		// A day earlier, it sets the scene: the 1 October nearest to it.
		['On 13 November 2023 it opened. On 1 October, it burned.', ['13 November 2023 → 2023-11-13', '1 October → 2023-10-01']],
		// An open span or a range of years sets no scene.
		['He has run it since 1998. On 3 March it was sold.', ['since 1998 → 1998/..', '3 March → 2024-03-03']],
		['Traffic peaked in the 1840s. On 3 March, it burned.', ['the 1840s → [1840..1849]', '3 March → 2024-03-03']],
		// A year that modifies a noun is not a point the text moves to.
		[
			'In March 1818 its 1790 charter was renewed, and two months later work resumed.',
			['March 1818 → 1818-03', '1790 → 1790', 'two months later → 1818-05']
		],
		// A weekday in a narrative of a year without its day cannot be placed, and is left out.
		['In 1862, on Monday, the mill burned.', ['1862 → 1862']],
		// What "would" happen is part of a narrative, but news in a text that speaks from its publication date,
		// unless its own sentence sets a past scene.
		['In 1990 she said she would return in May.', ['1990 → 1990', 'May → 1990-05']],
		['It rained yesterday. In 1990 she said she would return in May.', ['yesterday → 2024-11-13', '1990 → 1990', 'May → 1990-05']],
		['It rained yesterday. In 1990 she was mayor. She said she would return in May.', ['yesterday → 2024-11-13', '1990 → 1990', 'May → 2025-05']],
		['The firm said on Tuesday it would cut jobs by March.', ['Tuesday → 2024-11-12', 'by March → [..2025-03]']],
		['It rained yesterday. Reyes, in office since 2022, said he would hold a vote on 4 March.', ['yesterday → 2024-11-13', 'since 2022 → 2022/..', '4 March → 2025-03-04']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	it.each<[string, string]>([
		// A range open on one side leaves its known end for "two years later".
		['It was built before 1850 and sold two years later.', 'before 1850 → [..1849]'],
		['It was built by 1848 and sold three years later.', 'by 1848 → [..1848]'],
		['It was built after 1848 and sold two years later.', 'after 1848 → [1849..]']
	])('%s', (text, value) => {
		expect(found(`In 1700 it was planned. ${text}`)).toEqual(['1700 → 1700', value, expect.stringMatching(/ later → 1851$/)]);
	});
});

describe('resolve: a season with "the" after a dated past is the one the story goes on to, in a news text too', () => {
	// As "that winter" would be; the one the date last mentioned is in, else the next ("the following spring").
	it.each<[string, string[]]>([
		['Yesterday the mayor spoke. The shop closed in August 2023. It did not survive the winter.', ['yesterday', '2023-08', '2023-24']],
		['The shop closed in March 2023 and did not survive the winter.', ['2023-03', '2023-24']],
		['The shop closed in December 2023 and did not survive the spring.', ['2023-12', '2024-21']],
		// Not what "will" happen, nor a date within a year of publication: news, as before.
		['Yesterday the mayor spoke. The shop closed in August 2023. It will not survive the winter.', ['yesterday', '2023-08', '2026-24']],
		['Yesterday the mayor spoke. The shop closed in August 2026. It did not survive the summer.', ['yesterday', '2026-08', '2026-22']]
	])('%s', (text, expected) => {
		const values = found(text, '2026-11-10').map((e) => e.split(' → ')[1]);
		expect(values).toEqual(expected.map((v) => (v === 'yesterday' ? '2026-11-09' : v)));
	});
});

describe('resolve: ranges', () => {
	it.each<[string, string[]]>([
		['It ran from December 2023 to March.', ['from December 2023 to March → 2023-12/2024-03']],
		['It ran from 1990 to about 2000.', ['from 1990 to about 2000 → 1990/2000~']],
		['It ran from March 2020 to June 2023.', ['from March 2020 to June 2023 → 2020-03/2023-06']],
		['It ran from the spring of 2020 to autumn.', ['from the spring of 2020 to autumn → 2020-21/2020-23']],
		// A range that cannot be built keeps only its first date's words.
		['It ran from 2020 to 2010.', ['2020 → 2020']],
		['It ran between the 1990s and 2005.', ['the 1990s → [1990..1999]']],
		// A weekday end does not take the start's year ("to Friday" is not "to 1862").
		['In 1862 it ran from 1 March to Friday.', ['1862 → 1862', '1 March → 1862-03-01']],
		['It was built between 1990 and the war.', ['1990 → 1990']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('resolve: qualifiers and "about"', () => {
	it.each<[string, string[]]>([
		// early / mid / late do not narrow a day or a quarter.
		['It ended at the end of 24 February 2022.', ['the end of 24 February 2022 → 2022-02-24']],
		['It dipped in late Q3 2023.', ['late Q3 2023 → [2023-07..2023-09]']],
		['It was built around the 1840s.', ['around the 1840s → [1840~..1849~]']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});
