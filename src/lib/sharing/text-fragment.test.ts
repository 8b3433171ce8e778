import { describe, expect, it } from 'vitest';
import { textDirective, textFragmentUrl } from './text-fragment.ts';

describe('textDirective', () => {
	it.each([
		['one word', 'Bali', 'text=Bali'],
		['spaces and commas are encoded', 'in November 2022, in Bali', 'text=in%20November%202022%2C%20in%20Bali'],
		['hyphens are escaped (they mark prefix and suffix)', 'China-Russia rapprochement', 'text=China%2DRussia%20rapprochement'],
		['ampersands are escaped', 'Moscow & Beijing', 'text=Moscow%20%26%20Beijing'],
		['no-break and double spaces become one space', 'statement,\u00a0 About the', 'text=statement%2C%20About%20the'],
		['curly quotes are percent-encoded', '“borderless” partnership', 'text=%E2%80%9Cborderless%E2%80%9D%20partnership'],
		[
			'a long quote becomes a range of its first and last five words',
			'At a summit held in September 2021 in Uzbekistan, Putin acknowledged the concerns of his Chinese counterpart',
			'text=At%20a%20summit%20held%20in,concerns%20of%20his%20Chinese%20counterpart'
		],
		['ten words stay whole', 'one two three four five six seven eight nine ten', 'text=one%20two%20three%20four%20five%20six%20seven%20eight%20nine%20ten'],
		['eleven words become a range', 'one two three four five six seven eight nine ten eleven', 'text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven'],
		['white space at the ends is not a word', '\n one two three four five six seven eight nine ten \u00a0', 'text=one%20two%20three%20four%20five%20six%20seven%20eight%20nine%20ten']
	])('%s', (_name, exact, expected) => {
		expect(textDirective(exact)).toBe(expected);
	});

	it('refuses an empty quote', () => {
		expect(() => textDirective('  \u00a0 ')).toThrow(new RangeError('a text fragment needs at least one word'));
	});
});

describe('textFragmentUrl', () => {
	it.each([
		['https://example.org/a/', 'Bali', 'https://example.org/a/#:~:text=Bali'],
		['https://example.org/a/#comments', 'Bali', 'https://example.org/a/#:~:text=Bali'],
		['https://example.org/a?x=1', 'in Bali', 'https://example.org/a?x=1#:~:text=in%20Bali']
	])('%s + %j', (url, exact, expected) => {
		expect(textFragmentUrl(url, exact)).toBe(expected);
	});
});
