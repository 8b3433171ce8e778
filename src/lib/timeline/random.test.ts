import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.ts';

function draw(seed: number, count: number): number[] {
	const random = seededRandom(seed);
	return Array.from({ length: count }, random);
}

describe('seededRandom', () => {
	it.each([0, 1, 42, 2 ** 32 - 1])('repeats the same sequence for seed %i', (seed) => {
		expect(draw(seed, 100)).toStrictEqual(draw(seed, 100));
	});

	it.each([
		[0, 1],
		[1, 2],
		[42, 43]
	])('gives seeds %i and %i different sequences', (seed, other) => {
		expect(draw(seed, 10)).not.toStrictEqual(draw(other, 10));
	});

	it.each([0, 1, 42])('spreads seed %i evenly over [0, 1)', (seed) => {
		const values = draw(seed, 10_000);
		expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...values)).toBeLessThan(1);
		const deciles = new Array<number>(10).fill(0);
		for (const value of values) deciles[Math.floor(value * 10)]! += 1;
		// 1,000 expected per decile; a standard deviation is 30, so 850–1150 only fails for a broken generator.
		for (const count of deciles) {
			expect(count).toBeGreaterThan(850);
			expect(count).toBeLessThan(1150);
		}
	});
});
