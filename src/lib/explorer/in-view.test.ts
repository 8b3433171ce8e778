import { describe, expect, it } from 'vitest';
import { passageScrollTop, scrollToShow } from './in-view.ts';

describe('scrollToShow: the least page scroll that puts a target inside the free space', () => {
	const screen = { top: 0, bottom: 800 };
	it.each([
		['already inside', { top: 100, bottom: 140 }, screen, 0],
		['exactly at the margins', { top: 12, bottom: 788 }, screen, 0],
		['below the fold: scrolls down until its bottom is at the margin', { top: 900, bottom: 940 }, screen, 940 - 788],
		['above the top: scrolls up until its top is at the margin', { top: -300, bottom: -260 }, screen, -312],
		['partly above', { top: 5, bottom: 45 }, screen, -7],
		['taller than the space: its top at the margin', { top: 300, bottom: 1300 }, screen, 288],
		['under a sheet over the lower half: lifted above it', { top: 500, bottom: 540 }, { top: 0, bottom: 400 }, 540 - 388],
		['above a sheet: left alone', { top: 200, bottom: 240 }, { top: 0, bottom: 400 }, 0]
	])('%s', (_, target, space, expected) => {
		expect(scrollToShow(target, space)).toBe(expected);
	});
});

describe('passageScrollTop: a passage a third of the way down the visible part of a panel', () => {
	it('puts a short passage a third of the way down the room', () => {
		// Visible 100..700 (room 576 after 12 px margins): the passage's top lands at 100 + 12 + 192 = 304.
		const top = passageScrollTop({ top: 1500, bottom: 1560 }, 200, { top: 100, bottom: 700 });
		expect(top).toBe(200 + 1500 - 304);
	});
	it('lifts a passage that would run out of the room below a third', () => {
		// Room 576, passage 500 tall: lead is 76, so the passage ends 12 px above the visible bottom.
		const top = passageScrollTop({ top: 1000, bottom: 1500 }, 0, { top: 100, bottom: 700 });
		expect(top).toBe(1000 - (100 + 12 + 76));
		expect(1500 - top).toBe(700 - 12);
	});
	it('aligns a passage taller than the room at the top', () => {
		expect(passageScrollTop({ top: 1000, bottom: 2000 }, 0, { top: 100, bottom: 700 })).toBe(1000 - 112);
	});
	it('uses only the part of the panel on screen: a panel cut by the bottom of the viewport', () => {
		// The panel is 400..1200 but the viewport ends at 800: the passage goes a third down 400..800.
		const top = passageScrollTop({ top: 900, bottom: 940 }, 0, { top: 400, bottom: 800 });
		expect(900 - top).toBe(400 + 12 + (800 - 400 - 24) / 3);
	});
	it('never asks for a negative scroll', () => {
		expect(passageScrollTop({ top: 120, bottom: 140 }, 0, { top: 100, bottom: 700 })).toBe(0);
	});
});
