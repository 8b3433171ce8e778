/**
 * Seeded pseudo-random numbers, so that tests on random data are the same data on every run and a failure can be
 * reproduced from its seed. Not for anything that needs unpredictability.
 */

/**
 * Returns a generator of numbers in [0, 1) fully determined by `seed` (mulberry32: 32 bits of state, fast, and
 * well enough distributed for test data).
 */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
}
