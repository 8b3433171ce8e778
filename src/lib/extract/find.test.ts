import { describe, expect, it } from 'vitest';
import type { Form } from './forms.ts';
import { findMentions } from './find.ts';

const spans = (text: string) => findMentions(text).map((m) => text.slice(m.start, m.end));

describe('findMentions: spans take the words that change the value, not plain prepositions', () => {
	it.each<[string, string[]]>([
		['At the end of February 2022, it voted.', ['the end of February 2022']],
		['It grew in 2020 and since 2014.', ['2020', 'since 2014']],
		['It closed by the end of 2026; from 4 May to 6 June.', ['by the end of 2026', 'from 4 May to 6 June']],
		['Until about 1200 BCE the site was used.', ['Until about 1200 BCE']],
		['It ended in March and April 2021.', ['March', 'April 2021']],
		['The meeting on Tuesday, March 3, 2020 ended.', ['Tuesday, March 3, 2020']],
		['It was held in 2010\n\nand again later.', ['2010']]
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
