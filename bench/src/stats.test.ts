import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frameStats, framesUntil, median, percentile, summarise } from './stats.ts';

test('median of odd and even counts, and of nothing', () => {
	assert.equal(median([3, 1, 2]), 2);
	assert.equal(median([4, 1, 3, 2]), 2.5);
	assert.ok(Number.isNaN(median([])));
});

test('percentile is nearest-rank: always a measured value', () => {
	const values = Array.from({ length: 20 }, (_, i) => i + 1);
	assert.equal(percentile(values, 95), 19);
	assert.equal(percentile(values, 100), 20);
	assert.equal(percentile([5], 95), 5);
	assert.equal(percentile([10, 20, 30], 50), 20);
});

test('summarise leaves out what was not measured', () => {
	assert.deepEqual(summarise([3, null, 1, NaN, 2, undefined]), { median: 2, min: 1, max: 3, n: 3 });
	assert.equal(summarise([null]).n, 0);
});

test('frame statistics are over intervals', () => {
	const stats = frameStats([0, 16, 33, 100, 116]);
	assert.deepEqual(stats, { frames: 4, median: 16.5, p95: 67, max: 67, over50: 1 });
});

test('frames after the interaction ended are cut after the first one', () => {
	assert.deepEqual(framesUntil([0, 16, 33, 50, 66], 20), [0, 16, 33]);
	assert.deepEqual(framesUntil([0, 16], 100), [0, 16]);
});
