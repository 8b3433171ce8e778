import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar-day.ts';
import { hostCommandReader, readHostCommand, frameMessage } from './messages.ts';

const ids = new Set(['russia-invades-ukraine']);
const isEvent = (id: string) => ids.has(id);
const host = (message: object) => ({ source: 'sourceline-host', version: 1, ...message });

describe('readHostCommand', () => {
	it.each<[string, unknown, unknown]>([
		['select', host({ type: 'select', event: 'russia-invades-ukraine' }), { type: 'select', event: 'russia-invades-ukraine' }],
		['clear the selection', host({ type: 'select', event: null }), { type: 'select', event: null }],
		[
			'set the window',
			host({ type: 'setWindow', from: '2022-01-01', to: '2022-12-31' }),
			{ type: 'setWindow', window: { start: dayFromIso('2022-01-01'), end: dayFromIso('2023-01-01') } }
		],
		['set the theme', host({ type: 'setTheme', theme: 'dark' }), { type: 'setTheme', theme: 'dark' }],
		// Not ours: ignored without a word.
		['a string', 'hello', null],
		['null', null, null],
		['an array', [1, 2], null],
		['another source', { source: 'other', type: 'select', event: 'x' }, null],
		['our own frame messages', { source: 'sourceline', version: 1, type: 'select', event: 'x' }, null]
	])('%s', (_name, data, expected) => {
		expect(readHostCommand(data, isEvent)).toEqual(expected);
	});

	// Hostile or wrong messages for us: refused with a reason, never thrown.
	it.each<[string, unknown]>([
		['a future version', host({ version: 2, type: 'select', event: 'russia-invades-ukraine' })],
		['a missing version', { source: 'sourceline-host', type: 'select', event: 'russia-invades-ukraine' }],
		['an unknown type', host({ type: 'eval', code: 'alert(1)' })],
		['an unknown event', host({ type: 'select', event: '<img src=x onerror=alert(1)>' })],
		['a number for an event', host({ type: 'select', event: 42 })],
		['a huge event id', host({ type: 'select', event: 'x'.repeat(1_000_000) })],
		['an object for an event', host({ type: 'select', event: { toString: () => 'russia-invades-ukraine' } })],
		['an impossible date', host({ type: 'setWindow', from: '2022-02-30', to: '2022-03-01' })],
		['a reversed window', host({ type: 'setWindow', from: '2022-12-31', to: '2022-01-01' })],
		['a date with a script', host({ type: 'setWindow', from: '<script>', to: '2022-01-01' })],
		['numbers for dates', host({ type: 'setWindow', from: 0, to: 1e99 })],
		['a huge date string', host({ type: 'setWindow', from: '2'.repeat(100_000), to: '2022-01-01' })],
		['an unknown theme', host({ type: 'setTheme', theme: 'url(javascript:alert(1))' })]
	])('refuses %s', (_name, data) => {
		const result = readHostCommand(data, isEvent);
		expect(typeof result).toBe('string');
		expect((result as string).length).toBeLessThan(120);
	});
});

describe('hostCommandReader', () => {
	const host = { name: 'the host window' };
	const stranger = { name: 'another window' };
	/** 100,000 event ids, and how many times they were listed. */
	function manyEvents() {
		const counted = { lists: 0 };
		const ids = () => {
			counted.lists++;
			return Array.from({ length: 100_000 }, (_, i) => `event-${i}`);
		};
		return { counted, ids };
	}
	const select = (event: string) => ({ source: 'sourceline-host', version: 1, type: 'select', event });

	it('never lists the events for messages that are not ours or not from the host', () => {
		const { counted, ids } = manyEvents();
		const read = hostCommandReader(host, ids);
		for (let i = 0; i < 1000; i++) {
			expect(read({ source: stranger, data: select('event-1') })).toBeNull();
			expect(read({ source: host, data: { type: 'select', event: `event-${i}` } })).toBeNull();
			expect(read({ source: host, data: `a string ${i}` })).toBeNull();
		}
		expect(counted.lists).toBe(0);
	});

	it('indexes the events once, however many selections arrive', () => {
		const { counted, ids } = manyEvents();
		const read = hostCommandReader(host, ids);
		for (let i = 0; i < 1000; i++) expect(read({ source: host, data: select(`event-${i * 99}`) })).toEqual({ type: 'select', event: `event-${i * 99}` });
		expect(read({ source: host, data: select('event-100000') })).toBe('select: no event has that id');
		expect(counted.lists).toBe(1);
	});

	it('reads nothing when the frame has no host', () => {
		const read = hostCommandReader(null, () => ['event-1']);
		expect(read({ source: null, data: select('event-1') })).toBeNull();
	});
});

describe('frameMessage', () => {
	it('tags messages with the source and the API version', () => {
		expect(frameMessage({ type: 'resize', height: 640 })).toEqual({ source: 'sourceline', version: 1, type: 'resize', height: 640 });
	});
});
