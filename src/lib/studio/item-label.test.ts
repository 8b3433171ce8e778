import { describe, expect, it } from 'vitest';
import { dateLabel } from './item-label.ts';
import type { ItemFields, WorkItem } from './work.ts';

const item = (kind: WorkItem['kind'], fields: Partial<ItemFields>): WorkItem => ({
	key: 'k0',
	kind,
	review: 'pending',
	fields: { id: 'x', title: 'X', summary: 'X', date: '', stated: { text: '', date: '' }, status: 'happened', category: 'diplomacy', actors: [], passages: [], reason: '', ...fields }
});

describe('dateLabel', () => {
	it.each<[string, WorkItem, string]>([
		['a day', item('event', { date: '2022-02-24' }), '24 February 2022'],
		['late in a year', item('event', { date: '2022', qualifier: 'late' }), 'late 2022'],
		['an open interval', item('event', { date: '2022-02-24/..' }), 'from 24 February 2022'],
		['a qualifier the validator refuses', item('event', { date: '2022-02-24/..', qualifier: 'late' }), 'from 24 February 2022'],
		['no date', item('event', { date: '' }), 'no date yet'],
		['a date that does not parse', item('event', { date: '2022-02-30' }), 'date to fix'],
		['an undatable reference', item('undatable', { date: '2022' }), 'cannot be placed']
	])('%s', (_, given, label) => {
		expect(dateLabel(given)).toBe(label);
	});
});
