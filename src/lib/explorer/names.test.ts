import { describe, expect, it } from 'vitest';
import type { EventView, UndatableView } from '../model/event-view.ts';
import { announce, announceUndatable, clusterLabel, noticeOf } from './names.ts';
import type { ExplorerEvent } from './timeline-facts.ts';

const events = (...titles: string[]) => titles.map((title) => ({ title }) as ExplorerEvent);

describe('what the explorer says', () => {
	it.each<[string[], boolean, string]>([
		[['A', 'B'], true, 'Group of 2 events: A; B. Activate to show them.'],
		[['A', 'B', 'C'], false, 'Group of 3 events: A; B; C.'],
		[['A', 'B', 'C', 'D', 'E'], true, 'Group of 5 events: A; B; C, and 2 more. Activate to show them.']
	])('a cluster of %j (zoomable: %s)', (titles, zoomable, expected) => {
		expect(clusterLabel(events(...titles), zoomable)).toBe(expected);
	});

	it.each<[number, string]>([
		[1, 'Selected: The summit, 4 February 2022. 1 passage in the article.'],
		[3, 'Selected: The summit, 4 February 2022. 3 passages in the article.']
	])('a selection with %i passage(s)', (count, expected) => {
		const view = { event: { title: 'The summit' }, label: '4 February 2022', passageKeys: Array.from({ length: count }, (_, i) => `k${i}`) } as unknown as EventView;
		expect(announce(view)).toBe(expected);
	});

	it('a selection of an undatable reference says why it has no place', () => {
		const view = { entry: { title: 'Talks', reason: 'the article gives no date' } } as unknown as UndatableView;
		expect(announceUndatable(view)).toBe('Selected: Talks, mentioned without a date that can be placed: the article gives no date');
	});

	it('a link’s ignored part, told to the reader', () => {
		expect(noticeOf('ignored event=nope: no event has that id')).toBe(
			'This link asked for something this timeline does not have, so it is left out (event=nope: no event has that id).'
		);
	});
});
