import { describe, expect, it } from 'vitest';
import { TOUCH_SLOP, touchAxis } from './touch-axis.ts';

describe('touchAxis', () => {
	it.each([
		['no movement', 0, 0, 'undecided'],
		['less than the slop, diagonally', 5, 5, 'undecided'],
		['just under the slop, straight down', 0, TOUCH_SLOP - 0.1, 'undecided'],
		['the slop, straight down', 0, TOUCH_SLOP, 'y'],
		['up, a little sideways', 3, -20, 'y'],
		['sideways, a little down', -20, 3, 'x'],
		['exactly diagonal: the timeline’s own gesture', 10, 10, 'x']
	])('%s → %s', (_name, dx, dy, axis) => {
		expect(touchAxis(dx, dy)).toBe(axis);
	});
});
