/**
 * Which way a one-finger swipe goes, so a timeline can pan sideways while a vertical swipe scrolls the page:
 * undecided until the finger has moved `slop` px, then the axis it moved more along (a tie is sideways: the
 * timeline's own gesture).
 */
export type TouchAxis = 'undecided' | 'x' | 'y';

/** About the distance a browser waits before it scrolls. */
export const TOUCH_SLOP = 8;

export function touchAxis(dx: number, dy: number, slop = TOUCH_SLOP): TouchAxis {
	if (Math.hypot(dx, dy) < slop) return 'undecided';
	return Math.abs(dy) > Math.abs(dx) ? 'y' : 'x';
}
