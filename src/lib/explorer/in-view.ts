/**
 * Where to scroll so that what the reader picked is in front of them: the selected mark on the page, and the
 * passage inside the article panel. Plain numbers in CSS pixels (from getBoundingClientRect), so the rules are
 * tested without a browser.
 */

export interface Extent {
	top: number;
	bottom: number;
}

/** Room kept between what is brought into view and the edge of the space it is shown in. */
export const IN_VIEW_MARGIN = 12;

/**
 * How far to scroll the page (positive: down) so that `target` lies inside `space` (the part of the viewport
 * not covered by a fixed sheet or bar), moving as little as possible; 0 when it is already inside. A target
 * taller than the space is aligned at its top.
 */
export function scrollToShow(target: Extent, space: Extent, margin = IN_VIEW_MARGIN): number {
	const top = space.top + margin;
	const bottom = space.bottom - margin;
	if (target.top >= top && target.bottom <= bottom) return 0;
	if (target.bottom - target.top > bottom - top || target.top < top) return target.top - top;
	return target.bottom - bottom;
}

/**
 * The scrollTop at which a scrolling panel shows `passage` a third of the way down the part of the panel that
 * is on screen (`visible`: the panel's box cut to the viewport), higher when the passage would not fit below
 * that, and at the top when it is taller than the room. `passage` is its viewport box at `scrollTop`.
 */
export function passageScrollTop(passage: Extent, scrollTop: number, visible: Extent, margin = IN_VIEW_MARGIN): number {
	const room = visible.bottom - visible.top - 2 * margin;
	const lead = Math.max(0, Math.min(room / 3, room - (passage.bottom - passage.top)));
	return Math.max(0, scrollTop + passage.top - (visible.top + margin + lead));
}
