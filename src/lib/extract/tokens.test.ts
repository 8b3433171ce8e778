import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.ts';

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

	it('counts positions in UTF-16 code units', () => {
		const [, word] = tokenize('😀 May');
		expect([word!.start, word!.end]).toEqual([3, 6]);
	});
});
