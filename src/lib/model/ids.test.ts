import { describe, expect, it } from 'vitest';
import { compareIds } from './ids.ts';
import { seededRandom } from '../timeline/random.ts';

const sign = (n: number) => Math.sign(n);

describe('compareIds', () => {
	it.each<[string, string, number]>([
		['a', 'b', -1],
		['b', 'a', 1],
		['same', 'same', 0],
		['a-b', 'ab', -1], // a hyphen before any letter
		['a-b', 'a0', -1], // and before any digit
		['a9', 'aa', -1], // digits before letters
		['g20', 'g3', -1], // digit by digit, not by number
		['ab', 'abc', -1], // a prefix first
		['RU', 'asean', 1], // case set aside: r after a (code units alone would put RU first)
		['CN', 'g20', -1],
		['cn', 'CN', -1], // a tie but for case: lower case first
		['CN', 'cn', 1]
	])('%s against %s: %i', (a, b, expected) => {
		expect(sign(compareIds(a, b))).toBe(expected);
	});

	it('orders ids of the dataset alphabet as the ICU collator (localeCompare) does', () => {
		const random = seededRandom(7);
		const alphabet = 'abcxyzABCXYZ0129-';
		const id = () => Array.from({ length: 1 + Math.floor(random() * 5) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
		let differ = 0;
		for (let i = 0; i < 20_000; i++) {
			const [a, b] = [id(), id()];
			if (a.toLowerCase() !== b.toLowerCase()) differ++;
			expect(sign(compareIds(a, b)), `${a} / ${b}`).toBe(sign(a.localeCompare(b, 'en')));
		}
		expect(differ).toBeGreaterThan(15_000);
	});
});
