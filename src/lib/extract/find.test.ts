import { describe, expect, it } from 'vitest';
import type { Form } from './forms.ts';
import { findMentions } from './find.ts';
import { foundExpressions as found } from '../../../tests/fixtures/found-expressions.ts';

const spans = (text: string) => findMentions(text).map((m) => text.slice(m.start, m.end));

describe('findMentions: spans take the words that change the value, not plain prepositions', () => {
	it.each<[string, string[]]>([
		['At the end of February 2022, it voted.', ['the end of February 2022']],
		['It grew in 2020 and since 2014.', ['2020', 'since 2014']],
		['It closed by the end of 2026; from 4 May to 6 June.', ['by the end of 2026', 'from 4 May to 6 June']],
		['Until about 1200 BCE the site was used.', ['Until about 1200 BCE']],
		['It ended in March and April 2021.', ['March', 'April 2021']],
		['The meeting on Tuesday, March 3, 2020 ended.', ['Tuesday, March 3, 2020']],
		['It was held in 2010\n\nand again later.', ['2010']],
		// A signal dropped is not in the span: "until" after a negation means "at", "between" without its second date.
		['It did not begin until the spring of 1812.', ['the spring of 1812']],
		['The mill was built between 1850 and the war.', ['1850']],
		// A paragraph break ends an expression, after a signal, an approximation, a qualifier or a range word.
		['Prices have not moved since\n\nThe end of 2020 brought snow.', ['The end of 2020']],
		['It was quiet around\n\nThe end of 2020 brought snow.', ['The end of 2020']],
		['The records stop at the end\n\nOf 2020, little survives.', ['2020']],
		['He worked there from 1990\n\nUntil 2001, the plant was busy.', ['from 1990', 'Until 2001']]
	])('%s', (text, expected) => {
		expect(spans(text)).toEqual(expected);
	});
});

describe('findMentions: forms', () => {
	it.each<[string, Form]>([
		['in the fourth quarter of 2024', { type: 'part', months: 3, index: 4, year: 2024 }],
		['in the second half of the year', { type: 'part', months: 6, index: 2, yearFrom: { origin: 'reference', offset: 0 } }],
		['two months later', { type: 'shift', unit: 'month', count: 2, origin: 'reference' }],
		['three days ago', { type: 'shift', unit: 'day', count: -3, origin: 'publication' }],
		['last August', { type: 'named', month: 8, direction: -1, origin: 'publication' }],
		['the following spring', { type: 'named', season: 21, direction: 1, origin: 'reference' }],
		['in February of each year', { type: 'date', month: 2, recurring: true }],
		['in the 1st century AD', { type: 'years', first: 1, last: 100 }],
		['in the 1840s', { type: 'years', first: 1840, last: 1849 }],
		['later that year', { type: 'within', unit: 'year', side: 'later', origin: 'reference' }]
	])('%s', (text, form) => {
		expect(findMentions(text).map((m) => m.form)).toEqual([form]);
	});

	it('gives coordinated dates without a year the year of the next one', () => {
		expect(findMentions('in March and April 2021').map((m) => m.form)).toEqual([
			{ type: 'date', month: 3, year: 2021 },
			{ type: 'date', month: 4, year: 2021 }
		]);
		expect(findMentions('in the spring and summer of 2019').map((m) => m.form)).toEqual([
			{ type: 'date', season: 21, year: 2019 },
			{ type: 'date', season: 22, year: 2019 }
		]);
	});

	it('marks signals, approximation, qualifiers and noun-modifying years', () => {
		const [since, modifier] = findMentions('Since about 2005 its 2025 supply grew.');
		expect([since!.signal, since!.approximate, modifier!.modifier]).toEqual(['since', true, true]);
		const [late] = findMentions('in late 1821');
		expect(late!.qualifier).toBe('late');
	});
});

describe('findMentions: a text cut short after a signal, a qualifier or a range word', () => {
	it.each<[string, string[]]>([
		['Records from 1990 to', ['from 1990 → 1990/..']],
		['Sales between 2010 and', ['2010 → 2010']],
		['It happened in mid-', []],
		['It lasted until the end of', []],
		['It was built c.', []],
		['He flew to Washington, D.C.', []],
		// … and a date that opens the next paragraph is not the modifier's.
		['It lasted until the end of\n\nMarch 2024 was calm.', ['March 2024 → 2024-03']],
		['It was built c.\n\nMarch 2024 was calm.', ['March 2024 → 2024-03']],
		['Tax rises from April', ['from April → 2025-04/..']]
	])('%s', (text, expected) => {
		expect(found(text, '2025-03-10')).toEqual(expected);
	});
});

describe('findMentions: ranges', () => {
	it.each<[string, string, string[]]>([
		// The range words of "from": to, until, till, through, a dash.
		['It ran from 4 May until 6 June 2021.', '2025-01-22', ['from 4 May until 6 June 2021 → 2021-05-04/2021-06-06']],
		['It ran from 1990 till 1995.', '2025-01-22', ['from 1990 till 1995 → 1990/1995']],
		['It ran from 1 March through 30 April 2024.', '2025-01-22', ['from 1 March through 30 April 2024 → 2024-03-01/2024-04-30']],
		['It ran from March – June 2024.', '2025-01-22', ['from March – June 2024 → 2024-03/2024-06']],
		['It ran from March - June 2024.', '2025-01-22', ['from March - June 2024 → 2024-03/2024-06']],
		// A first month without a year takes the second's, or the year before when it comes later in the year.
		['Prices fell between November and February 2024.', '2025-01-22', ['between November and February 2024 → 2023-11/2024-02']],
		['Prices fell between November and February.', '2025-01-22', ['between November and February → 2024-11/2025-02']],
		['It ran from 3 March to 28 March 2024.', '2025-01-22', ['from 3 March to 28 March 2024 → 2024-03-03/2024-03-28']],
		// After a signal or a range word a year is a date, though a noun follows.
		['Since around 1990 prices have doubled.', '2023-07-03', ['Since around 1990 → 1990~/..']],
		['Between 1990 and 2000 prices doubled.', '2023-07-03', ['Between 1990 and 2000 → 1990/2000']]
	])('%s', (text, published, expected) => {
		expect(found(text, published)).toEqual(expected);
	});
});

describe('findMentions: a bare number takes its meaning from the second date', () => {
	it.each<[string, string[]]>([
		['It ran from 1 to 5 March 2021.', ['from 1 to 5 March 2021 → 2021-03-01/2021-03-05']],
		['It ran from 1 to 5 March.', ['from 1 to 5 March → 2025-03-01/2025-03-05']],
		['It ran between 1 and 5 March.', ['between 1 and 5 March → 2025-03-01/2025-03-05']],
		// The first day must come before the second.
		['It ran from 5 to 5 March 2021.', ['5 March 2021 → 2021-03-05']],
		['It ran from 12 to 5 March 2021.', ['5 March 2021 → 2021-03-05']],
		['It ran from 0 to 5 March 2021.', ['5 March 2021 → 2021-03-05']],
		['It ran from 20 to 15 March 44 BC.', ['15 March 44 BC → -0043-03-15']],
		['Prices rose from 5 to 10 percent.', []],
		// A year of the second's era, for years written without four digits.
		['Coins were minted between 1 and 100 AD.', ['between 1 and 100 AD → 0001/0100']],
		['It grew between 5 and 1 BC.', ['between 5 and 1 BC → -0004/0000']],
		['Caesar held Rome from 49 to March 44 BC.', ['from 49 to March 44 BC → -0048/-0043-03']],
		['Coins were minted from 0 to 323 BC.', ['323 BC → -0322']],
		// Four-digit years are read as years themselves; a number before a later-year date is no year.
		['It ran from 5 to March 2021.', ['March 2021 → 2021-03']],
		// A range of numbers whose first is no date is no range of years: its end is a number too.
		['Sales rose from 900 to 1000.', []],
		['Sales rose from 900 to 1000 units in 2021.', ['2021 → 2021']],
		['Sales rose between 900 and 1000 units.', []],
		['Sales rose from 900 – 1000.', []],
		['It ran from 1990 to 2000.', ['from 1990 to 2000 → 1990/2000']],
		['Sales rose from 900 to\n\n1000 was the count in 2021.', ['2021 → 2021']]
	])('%s', (text, expected) => {
		expect(found(text, '2025-03-10')).toEqual(expected);
	});
});

describe('findMentions: "until" after a negation means "at", within the sentence', () => {
	it.each<[string, string[]]>([
		['Not until 1990 did the mill reopen.', ['1990 → 1990']],
		['It did not reopen, despite appeals, until 1990.', ['1990 → 1990']],
		['The mill didn’t reopen until 1990.', ['1990 → 1990']],
		["The mill wasn't rebuilt until 1990.", ['1990 → 1990']],
		['It was never used until 1990.', ['1990 → 1990']],
		// Near misses: another signal, another sentence, an apostrophe that is no negation.
		['Prices have not risen since 2014.', ['since 2014 → 2014/..']],
		['The mill did not close. Until 1990 it ground corn.', ['Until 1990 → ../1990']],
		['The mill did not close; until 1990 it ground corn.', ['until 1990 → ../1990']],
		['Did it not close? Until 1990 it ground corn.', ['Until 1990 → ../1990']],
		['It did not close! Until 1990 it ground corn.', ['Until 1990 → ../1990']],
		['The mill’s owners ran it until 1990.', ['until 1990 → ../1990']],
		['T Smith ran the mill until 1990.', ['until 1990 → ../1990']]
	])('%s', (text, expected) => {
		expect(found(text, '2025-03-10')).toEqual(expected);
	});
});

describe('findMentions: the words around a date', () => {
	it.each<[string, string, string[]]>([
		['The mill ran from 1850. Until then, flour came by cart.', '2023-07-03', ['1850 → 1850', 'Until then → ../1850']],
		// A date without a year takes the next one's only when a comma, "and" or "or" is all that lies between.
		['The shop reopens in March, three years after the 2021 fire.', '2024-11-14', ['March → 2025-03', '2021 → 2021']],
		['Talks began in March, stalled, and June 2021 brought a deal.', '2024-11-14', ['March → 2024-03', 'June 2021 → 2021-06']],
		// A weekday written beside the date picks its year: 28 February was a Friday in 2025, not in 2024.
		['Talks were held on Friday, 28 February and 7 March 2024.', '2025-03-10', ['Friday, 28 February → 2025-02-28', '7 March 2024 → 2024-03-07']],
		// A month alone needs a cue, which a sentence or a paragraph before it does not give.
		['The vote is close. May the best side win.', '2025-03-10', []],
		['May the best side win.', '2025-03-10', []],
		['Sales rose in\n\nMarch and fell.', '2025-03-10', []],
		['The vote is close.\n\nMay the best side win.', '2025-03-10', []],
		['It was founded in\n\n2016 people came.', '2025-03-10', []],
		['At the start, 2020 looked calm.', '2025-03-10', []],
		// After a verb of thinking or speaking, or "nothing", "about" names a topic: the date is not approximate.
		['Nobody thought about 1 May. We thought about Saturday.', '2025-03-16', ['1 May → 2024-05-01', 'Saturday → 2025-03-15']],
		['She said nothing about 12 June, and left about 3 July.', '2025-03-16', ['12 June → 2024-06-12', 'about 3 July → 2024-07-03~']],
		['The mill was built about 1850.', '2025-03-16', ['about 1850 → 1850~']],
		// "since at least", "until at least": the bound is left open by the words, so the date stands alone, as a
		// signal with a decade is left out.
		['He had been ill since at least 2012.', '2025-03-16', ['2012 → 2012']],
		['It will run until at least the end of 2028.', '2025-03-16', ['the end of 2028 → 2028 late']],
		['Since at least\n\n2012 was a year.', '2025-03-16', []]
	])('%s', (text, published, expected) => {
		expect(found(text, published)).toEqual(expected);
	});
});
