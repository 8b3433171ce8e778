import { describe, expect, it } from 'vitest';
import { isCapitalised, isPlainNumber, tokenize } from './tokens.ts';

describe('tokenize', () => {
	it.each<[string, string[]]>([
		['On 24th February, 2022', ['On', '24th', 'February', ',', '2022']],
		['the mid-1960s', ['the', 'mid', '-', '1960s']],
		['G20 and COVID-19', ['G', '20', 'and', 'COVID', '-', '19']],
		['40,000 e-bikes', ['40', ',', '000', 'e', '-', 'bikes']],
		['Janáček’s 3D', ['Janáček', '’', 's', '3', 'D']]
	])('%s', (text, expected) => {
		expect(tokenize(text).map((t) => t.text)).toEqual(expected);
	});

	it('keeps positions, number values, suffixes and gaps', () => {
		const [a, b, c] = tokenize('in\n\nthe 1840s');
		expect([a!.start, a!.end, a!.gap]).toEqual([0, 2, 'space']);
		expect([b!.start, b!.gap]).toEqual([4, 'paragraph']);
		expect([c!.value, c!.suffix, c!.kind, c!.gap]).toEqual([1840, 's', 'number', 'space']);
	});

	it('tells numbers, words and marks apart; only a number has a value', () => {
		expect(tokenize('In 2022, Zürich’s 3rd').map((t) => [t.text, t.kind, t.value])).toEqual([
			['In', 'word', NaN],
			['2022', 'number', 2022],
			[',', 'punct', NaN],
			['Zürich', 'word', NaN],
			['’', 'punct', NaN],
			['s', 'word', NaN],
			['3rd', 'number', 3]
		]);
	});

	it('takes a blank line holding spaces as a paragraph break, one line break as a space', () => {
		expect(tokenize('in\n \t\nthe\nend').map((t) => t.gap)).toEqual(['space', 'paragraph', 'space']);
	});

	it('counts positions in UTF-16 code units', () => {
		const [, word] = tokenize('😀 May');
		expect([word!.start, word!.end]).toEqual([3, 6]);
	});
});

describe('isCapitalised and isPlainNumber', () => {
	it('reads only the first letter for a capital, and nothing there as no', () => {
		const [paris, ebay] = tokenize('Paris eBay');
		expect([isCapitalised(paris), isCapitalised(ebay), isCapitalised(undefined)]).toEqual([true, false, false]);
	});

	it('takes digits without a suffix as a plain number', () => {
		const [year, decade, ordinal, word] = tokenize('2022 1840s 3rd May');
		expect([year, decade, ordinal, word, undefined].map(isPlainNumber)).toEqual([true, false, false, false, false]);
	});
});
