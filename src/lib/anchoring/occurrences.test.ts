import { describe, expect, it } from 'vitest';
import { findOccurrences } from './occurrences.ts';

/** Every start where the quote matches, one position at a time: obviously right, and quadratic. */
function naive(text: string, quote: string): number[] {
	const starts: number[] = [];
	for (let at = 0; at + quote.length <= text.length; at++) if (text.startsWith(quote, at)) starts.push(at);
	return starts;
}

describe('findOccurrences', () => {
	it.each([
		['apart', 'Kyiv // Kyiv // Kyiv', 'Kyiv'],
		['overlapping', 'aaa', 'aa'],
		['overlapping, then apart', 'abababxxabab', 'abab'],
		['apart, then overlapping', 'abab xx ababab', 'abab'],
		['a period longer than one', 'abcabcabcab', 'abcab'],
		['nowhere', 'Xi went to Moscow', 'Beijing'],
		['the whole text', 'Putin', 'Putin'],
		['longer than the text', 'Xi', 'Xi Jinping'],
		['astral characters', '😀😀😀', '😀😀'],
		['a no-break space', 'to\u00a0Moscow, to Moscow', 'to Moscow']
	])('%s', (_name, text, quote) => {
		expect(findOccurrences(text, quote)).toEqual(naive(text, quote));
	});

	it('agrees with the naive search on random texts of a small alphabet', () => {
		let seed = 7;
		const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
		const word = (length: number) => Array.from({ length }, () => 'ab'[random(2)]).join('');
		for (let i = 0; i < 500; i++) {
			const text = word(random(60));
			const quote = word(1 + random(6));
			expect(findOccurrences(text, quote), `${quote} in ${text}`).toEqual(naive(text, quote));
		}
	});

	it('stops at the limit', () => {
		expect(findOccurrences('a'.repeat(100), 'a', 3)).toEqual([0, 1, 2]);
		expect(findOccurrences('aaaa bbb aaaa', 'aa', 2)).toEqual([0, 1]);
	});

	it('finds 100,001 overlapping occurrences of 100,000 "a"s in 200,000 "a"s', () => {
		// Quadratic search compares 10^10 characters here; a linear one 3 × 10^5.
		const starts = findOccurrences('a'.repeat(200_000), 'a'.repeat(100_000));
		expect(starts).toHaveLength(100_001);
		expect(starts.at(-1)).toBe(100_000);
	});

	it('refuses an empty quote', () => {
		expect(() => findOccurrences('text', '')).toThrow(RangeError);
	});
});
