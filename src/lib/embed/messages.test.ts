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

	const WINDOW_SHAPE = 'setWindow: "from" and "to" must be dates written YYYY-MM-DD';
	const EVENT_SHAPE = 'select: "event" must be an event id or null';
	const id200 = 'e'.repeat(200);
	const withLongId = (id: string) => id === id200 || isEvent(id);

	it.each<[string, unknown, unknown]>([
		['the theme "auto"', host({ type: 'setTheme', theme: 'auto' }), { type: 'setTheme', theme: 'auto' }],
		['the theme "light"', host({ type: 'setTheme', theme: 'light' }), { type: 'setTheme', theme: 'light' }],
		['an event id of 200 characters', host({ type: 'select', event: id200 }), { type: 'select', event: id200 }],
		['a function that carries our fields', Object.assign(() => {}, host({ type: 'select', event: 'russia-invades-ukraine' })), null]
	])('reads %s', (_name, data, expected) => {
		expect(readHostCommand(data, withLongId)).toEqual(expected);
	});

	// Hostile or wrong messages for us: refused with the reason, never thrown.
	it.each<[string, unknown, string]>([
		['a future version', host({ version: 2, type: 'select', event: 'russia-invades-ukraine' }), 'unsupported API version "2"; this frame speaks 1'],
		['a missing version', { source: 'sourceline-host', type: 'select', event: 'russia-invades-ukraine' }, 'unsupported API version "undefined"; this frame speaks 1'],
		['a long version', host({ version: 'v'.repeat(1000) }), `unsupported API version ${'"vvvvvvvvvvvvvvvvvvv'}; this frame speaks 1`],
		['an unknown type', host({ type: 'eval', code: 'alert(1)' }), 'unknown message type'],
		['an unknown event', host({ type: 'select', event: '<img src=x onerror=alert(1)>' }), 'select: no event has the id "<img src=x onerror=alert(1)>"'],
		['an unknown event of 200 characters, shortened', host({ type: 'select', event: id200 }), `select: no event has the id "${'e'.repeat(40)}…"`],
		['an unknown event with quotes and a line break, escaped', host({ type: 'select', event: 'a"b\nc' }), 'select: no event has the id "a\\"b\\nc"'],
		['a number for an event', host({ type: 'select', event: 42 }), EVENT_SHAPE],
		['an event id of 201 characters', host({ type: 'select', event: `${id200}e` }), EVENT_SHAPE],
		['a huge event id', host({ type: 'select', event: 'x'.repeat(1_000_000) }), EVENT_SHAPE],
		['an object for an event', host({ type: 'select', event: { toString: () => 'russia-invades-ukraine' } }), EVENT_SHAPE],
		['an impossible date', host({ type: 'setWindow', from: '2022-02-30', to: '2022-03-01' }), expect.stringMatching(/^setWindow: .*day 30 is out of range/)],
		['a reversed window', host({ type: 'setWindow', from: '2022-12-31', to: '2022-01-01' }), 'setWindow: "to" (2022-01-01) is before "from" (2022-12-31)'],
		['a date with a script', host({ type: 'setWindow', from: '<script>', to: '2022-01-01' }), expect.stringMatching(/^setWindow: .*"<script>"/)],
		['a number for "from"', host({ type: 'setWindow', from: 0, to: '2022-01-01' }), WINDOW_SHAPE],
		['a number for "to"', host({ type: 'setWindow', from: '2022-01-01', to: 1e99 }), WINDOW_SHAPE],
		['an 11-character "from"', host({ type: 'setWindow', from: '2022-01-01x', to: '2022-01-01' }), WINDOW_SHAPE],
		['an 11-character "to"', host({ type: 'setWindow', from: '2022-01-01', to: '2022-01-01x' }), WINDOW_SHAPE],
		['a huge date string', host({ type: 'setWindow', from: '2'.repeat(100_000), to: '2022-01-01' }), WINDOW_SHAPE],
		['an unknown theme', host({ type: 'setTheme', theme: 'url(javascript:alert(1))' }), 'setTheme: "theme" must be "auto", "light" or "dark"']
	])('refuses %s', (_name, data, reason) => {
		const result = readHostCommand(data, isEvent);
		expect(result).toEqual(reason);
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
		expect(read({ source: host, data: select('event-100000') })).toBe('select: no event has the id "event-100000"');
		expect(counted.lists).toBe(1);
	});

	it('refuses a window with nothing of the timeline in it, and takes one that overlaps it', () => {
		const span = { start: dayFromIso('2020-01-01'), end: dayFromIso('2023-01-01') };
		const read = hostCommandReader(host, () => [], () => span);
		const setWindow = (from: string, to: string) => ({ source: host, data: { source: 'sourceline-host', version: 1, type: 'setWindow', from, to } });
		expect(read(setWindow('1000-01-01', '1000-01-02'))).toBe('setWindow: 1000-01-01 to 1000-01-02 is outside this timeline, which spans 2020-01-01 to 2022-12-31');
		expect(read(setWindow('2022-12-31', '2023-06-30'))).toEqual({ type: 'setWindow', window: { start: dayFromIso('2022-12-31'), end: dayFromIso('2023-07-01') } });
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
