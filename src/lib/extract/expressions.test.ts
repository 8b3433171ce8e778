import { describe, expect, it } from 'vitest';
import { foundExpressions as found } from '../../../tests/fixtures/found-expressions.ts';
import { analyseText, expressionRecords } from './expressions.ts';

describe('analyseText: calendar dates in every common order and format', () => {
	it.each<[string, string, string[]]>([
		['It began on February 24, 2022.', '2023-02-04', ['February 24, 2022 → 2022-02-24']],
		['It began on 24 February 2022.', '2023-02-04', ['24 February 2022 → 2022-02-24']],
		['It began on the 24th of February, 2022.', '2023-02-04', ['the 24th of February, 2022 → 2022-02-24']],
		['It began on Feb. 24, 2022.', '2023-02-04', ['Feb. 24, 2022 → 2022-02-24']],
		['It began on Thursday, 24 February 2022.', '2023-02-04', ['Thursday, 24 February 2022 → 2022-02-24']],
		['Filed on 2024-06-12.', '2024-09-02', ['2024-06-12 → 2024-06-12']],
		['A letter dated 07/15/2024.', '2024-09-02', ['07/15/2024 → 2024-07-15']],
		['A letter dated 15.07.2024.', '2024-09-02', ['15.07.2024 → 2024-07-15']],
		['A letter dated 03/04/2024.', '2024-09-02', ['03/04/2024 → 2024-03-04?']],
		['It was signed in February 2022.', '2023-02-04', ['February 2022 → 2022-02']],
		['It was signed in May of 2021.', '2023-02-04', ['May of 2021 → 2021-05']],
		['The gas deal of 2020 was small.', '2023-02-04', ['2020 → 2020']],
		['It was founded in 2016, and grew.', '2024-09-02', ['2016 → 2016']],
		['Its 2025 supply is secured.', '2025-01-22', ['2025 → 2025']],
		['The budget for 2025–26 passed.', '2025-03-10', ['2025–26 → 2025/2026']],
		['Records from 1968-1974 survive.', '2023-07-03', ['1968-1974 → 1968/1974']]
	])('%s', (text, published, expected) => {
		expect(found(text, published)).toEqual(expected);
	});
});

describe('analyseText: seasons, parts of a year, decades, centuries, eras', () => {
	it.each<[string, string, string[]]>([
		['Work began in the spring of 1812.', '2023-07-03', ['the spring of 1812 → 1812-21']],
		['The worst was the winter of 2013.', '2024-11-14', ['the winter of 2013 → 2013-24']],
		['It reopened in summer 2019.', '2023-07-03', ['summer 2019 → 2019-22']],
		['Sessions are held in early spring.', '2023-02-04', ['early spring → 2023-21 early']],
		['It will open in the spring.', '2025-01-22', ['the spring → 2025-21']],
		['Prices fell in the autumn.', '2024-04-30', ['the autumn → 2023-23']],
		['Revenue rose in the fourth quarter of 2024.', '2025-01-22', ['the fourth quarter of 2024 → [2024-10..2024-12]']],
		['Profits fell in Q3 2023.', '2025-01-22', ['Q3 2023 → [2023-07..2023-09]']],
		['Cells made in the first half of 2022 failed.', '2024-09-02', ['the first half of 2022 → [2022-01..2022-06]']],
		['Traffic peaked in the 1840s.', '2023-07-03', ['the 1840s → [1840..1849]']],
		['She taught there from the mid-1960s.', '2024-06-18', ['the mid-1960s → [1960..1969] mid']],
		['Life in the 1800s was hard.', '2024-06-18', ['the 1800s → [1800..1899]']],
		['In the late 19th century it carried bricks.', '2023-07-03', ['the late 19th century → [1801..1900] late']],
		['A nineteenth-century mill stands here.', '2023-07-03', ['nineteenth-century → [1801..1900]']],
		['A platform built in the 8th century BC survives.', '2022-10-05', ['the 8th century BC → [-0799..-0700]']],
		['It was founded around 2300 BC.', '2022-10-05', ['around 2300 BC → -2299~']],
		['Caesar died in 44 B.C. in Rome.', '2022-10-05', ['44 B.C. → -0043']],
		['Augustus ruled from 27 BC to AD 14.', '2022-10-05', ['from 27 BC to AD 14 → -0026/0014']],
		['Coins were minted between 336 and 323 BC.', '2022-10-05', ['between 336 and 323 BC → -0335/-0322']]
	])('%s', (text, published, expected) => {
		expect(found(text, published)).toEqual(expected);
	});
});

describe('analyseText: early / mid / late, since / until / before / after / by, around', () => {
	it.each<[string, string, string[]]>([
		['At the end of February 2022, Beijing abstained.', '2023-02-04', ['the end of February 2022 → 2022-02 late']],
		['It finished in late 1821.', '2023-07-03', ['late 1821 → 1821 late']],
		['Costs will ease in mid-2025.', '2025-01-22', ['mid-2025 → 2025 mid']],
		['The draw is in mid-June.', '2024-04-30', ['mid-June → 2024-06 mid']],
		// A qualifier keeps its sentence's tense: a future mid-December is the next one.
		['The bridge will reopen in mid-December.', '2026-11-10', ['mid-December → 2026-12 mid']],
		['The bridge closed in March 2024. It will reopen in mid-December.', '2026-11-10', ['March 2024 → 2024-03', 'mid-December → 2026-12 mid']],
		['At the beginning of 2021 it grew.', '2023-02-04', ['the beginning of 2021 → 2021 early']],
		['He has run it since 1998.', '2024-11-14', ['since 1998 → 1998/..']],
		['Since about 2005 it has shrunk.', '2023-11-20', ['Since about 2005 → 2005~/..']],
		['It coached until 2012.', '2024-06-18', ['until 2012 → ../2012']],
		['It did not begin until the spring of 1812.', '2023-07-03', ['the spring of 1812 → 1812-21']],
		['It was built before 2020.', '2023-02-04', ['before 2020 → [..2019]']],
		['It was built before March 2021.', '2023-02-04', ['before March 2021 → [..2021-02]']],
		['Most of it came after 2000.', '2023-11-20', ['after 2000 → [2001..]']],
		['It will finish by the end of 2026.', '2024-11-14', ['by the end of 2026 → [..2026]']],
		['It will be done by early 2025.', '2024-09-02', ['by early 2025 → [..2025]']],
		['By the early 1980s it had 90 players.', '2024-06-18', ['By the early 1980s → [..1989]']],
		['It has shrunk since the 1950s.', '2023-11-20', ['the 1950s → [1950..1959]']],
		['Plans were drawn up around 1790.', '2023-07-03', ['around 1790 → 1790~']],
		['It was built circa 1850.', '2023-07-03', ['circa 1850 → 1850~']],
		['It was built c. 1850.', '2023-07-03', ['c. 1850 → 1850~']],
		['Prices doubled between January and April 2024.', '2025-01-22', ['between January and April 2024 → 2024-01/2024-04']],
		['It ran from 4 September to 28 September.', '2022-10-05', ['from 4 September to 28 September → 2022-09-04/2022-09-28']],
		['Tax will rise from April.', '2025-03-10', ['from April → 2025-04/..']],
		['He kept diaries from 1898 until his death.', '2023-11-20', ['from 1898 → 1898/..']],
		['They compared photos from the summer of 2023.', '2023-11-20', ['the summer of 2023 → 2023-22']]
	])('%s', (text, published, expected) => {
		expect(found(text, published)).toEqual(expected);
	});
});

describe('analyseText: relative to the publication date (a Thursday, 14 November 2024)', () => {
	it.each<[string, string[]]>([
		['It flooded yesterday and may again tomorrow.', ['yesterday → 2024-11-13', 'tomorrow → 2024-11-15']],
		['It happened today.', ['today → 2024-11-14']],
		['A headline\n\nThis year it flooded twice.', ['This year → 2024']],
		['It began on Monday.', ['Monday → 2024-11-11']],
		['The council said on Wednesday evening that it was ready.', ['Wednesday evening → 2024-11-13']],
		['They expect rain on Saturday.', ['Saturday → 2024-11-16']],
		['It happened on Thursday.', ['Thursday → 2024-11-14']],
		['Last week the council approved it.', ['Last week → [2024-11-04..2024-11-10]']],
		['Work starts next month.', ['next month → 2024-12']],
		['It was the second flood this year.', ['this year → 2024']],
		['It rained last August.', ['last August → 2024-08']],
		['It will reopen next spring.', ['next spring → 2025-21']],
		['Three days ago she moved.', ['Three days ago → 2024-11-11']],
		['Two weeks ago she moved.', ['Two weeks ago → [2024-10-28..2024-11-03]']],
		['We meet next Tuesday.', ['next Tuesday → 2024-11-19']],
		['We met last Tuesday.', ['last Tuesday → 2024-11-12']],
		['It rained last weekend.', ['last weekend → [2024-11-09..2024-11-10]']],
		['A report will follow later this year.', ['later this year → [2024-11-14..2024-12-31]']],
		['A meeting will be held on 3 December.', ['3 December → 2024-12-03']],
		['It was agreed on 3 December.', ['3 December → 2023-12-03']]
	])('%s', (text, expected) => {
		expect(found(text, '2024-11-14')).toEqual(expected);
	});
});

describe('analyseText: relative to the date last mentioned', () => {
	it.each<[string, string, string[]]>([
		['It opened on 14 October 1815 and ran out of money the following year.', '2023-07-03', ['14 October 1815 → 1815-10-14', 'the following year → 1816']],
		['A loan came in March 1818, and two months later work resumed.', '2023-07-03', ['March 1818 → 1818-03', 'two months later → 1818-05']],
		['The first fire was in December 2023 and the second two weeks later.', '2024-09-02', ['December 2023 → 2023-12', 'two weeks later → [2023-12-15..2024-01-14]']],
		['It was rejected on 27 February, and rewritten two days later.', '2025-03-10', ['27 February → 2025-02-27', 'two days later → 2025-03-01']],
		['It was recorded in May 1984 and won a prize the following spring.', '2024-06-18', ['May 1984 → 1984-05', 'the following spring → 1985-21']],
		['It was restored between 1968 and 1974. Since then it has been used.', '2023-07-03', ['between 1968 and 1974 → 1968/1974', 'Since then → 1974/..']],
		['It opened on 3 March 2021; later that year it closed.', '2023-07-03', ['3 March 2021 → 2021-03-03', 'later that year → [2021-03-03..2021-12-31]']],
		['It peaked in 1853. A year earlier it had doubled.', '2023-07-03', ['1853 → 1853', 'A year earlier → 1852']],
		['Sales fell in 2024, in the second half of the year.', '2025-01-22', ['2024 → 2024', 'the second half of the year → [2024-07..2024-12]']],
		['In 1862 the mill opened. On 3 March, it burned.', '2023-07-03', ['1862 → 1862', '3 March → 1862-03-03']],
		['It may vanish by the end of the century.', '2023-11-20', ['by the end of the century → [..2100]']]
	])('%s', (text, published, expected) => {
		expect(found(text, published)).toEqual(expected);
	});
});

describe('analyseText: what is not a date', () => {
	it.each<string>([
		'Levels may rise, and protesters march.',
		'More than 2,000 people and 40,000 e-bikes; 4.5% more; a 2-0 win.',
		'The Model 2 and Power of Siberia 2 and the G20 and COVID-19.',
		'He was 24, scored 21 goals and wore number 1990.',
		'About 2000 people came, around 1500 cars.',
		'Beijing hosted the Winter Olympics.',
		'The spring collection and the fall of Rome.',
		'He scored 21 goals this season and will play next season.',
		'It sold out on Good Friday, says the Sunday Times.',
		'They scored in the first half of the match, a quarter of the budget.',
		'It came five years after the war, for three weeks, within six weeks.',
		'They meet every Monday and tour every summer.',
		'So far, for now, in recent times, in the future.'
	])('%s', (text) => {
		expect(found(text, '2024-11-14')).toEqual([]);
	});
});

describe('analyseText: positions and errors', () => {
	it('gives JavaScript string indices, so curly quotes and emoji count as the text does', () => {
		const text = '“😀” It began on 24 February 2022.';
		const [expression] = analyseText(text, '2023-02-04').expressions;
		expect(text.slice(expression!.start, expression!.end)).toBe('24 February 2022');
	});

	it('writes the --expressions records with the qualifier only where there is one', () => {
		const records = expressionRecords(analyseText('In early 2020 and on 5 May 2021.', '2023-02-04').expressions);
		expect(records).toEqual([
			{ start: 3, end: 13, text: 'early 2020', value: '2020', qualifier: 'early' },
			{ start: 21, end: 31, text: '5 May 2021', value: '2021-05-05' }
		]);
	});

	it('reads the verb of the sentence a month without a year opens', () => {
		const months = (text: string) => analyseText(text, '2023-02-04').expressions.map((e) => e.edtf);
		// The next August for a future verb; the nearest one, the last, for the present.
		expect(months('Talks ended. In August the ministers will meet.')).toEqual(['2023-08']);
		expect(months('Talks ended. In August the ministers are on leave.')).toEqual(['2022-08']);
	});

	it('rejects a publication date that is not YYYY-MM-DD', () => {
		expect(() => analyseText('in 2020', '2023-02-30')).toThrow(RangeError);
	});
});
