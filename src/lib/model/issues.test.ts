import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { entryName, formatIssue, issueAt, schemaIssues, type ValidationIssue } from './issues.ts';
import { EventsFileSchema } from './schema.ts';

describe('formatIssue: one line naming the file, the event and the field', () => {
	it.each<[string, ValidationIssue, string]>([
		['the file alone', { severity: 'error', file: 'e.json', message: 'bad' }, 'error: e.json: bad'],
		['an event', { severity: 'warning', file: 'e.json', event: 'a', message: 'odd' }, 'warning: e.json, event "a": odd'],
		['a field of the file', { severity: 'error', file: 'm.json', field: 'title', message: 'bad' }, 'error: m.json, field "title": bad'],
		['an event and its field', { severity: 'error', file: 'e.json', event: 'a', field: 'passages.0.start', message: 'bad' }, 'error: e.json, event "a", field "passages.0.start": bad']
	])('%s', (_name, issue, line) => {
		expect(formatIssue(issue)).toBe(line);
	});
});

describe('entryName: an entry of an event list by its id, or by its place when the id is unusable', () => {
	it.each<[string, string, number, unknown, string]>([
		['its id', 'events', 3, { id: 'gas-exports-2020' }, 'gas-exports-2020'],
		['an id of 80 characters', 'events', 3, { id: 'a'.repeat(80) }, 'a'.repeat(80)],
		['an id of 81 characters: too long to name it by', 'events', 3, { id: 'a'.repeat(81) }, 'events[3]'],
		['an empty id', 'events', 3, { id: '' }, 'events[3]'],
		['an id that is not text', 'undatable', 0, { id: 42 }, 'undatable[0]'],
		['no id', 'events', 1, { title: 'x' }, 'events[1]'],
		['an entry that is null', 'events', 2, null, 'events[2]'],
		['an entry that is a string', 'undatable', 5, 'gas', 'undatable[5]']
	])('%s', (_name, list, index, entry, name) => {
		expect(entryName(list, index, entry)).toBe(name);
	});
});

describe('issueAt: a path through an event list names the event, and the field inside it', () => {
	const json = { events: [{ id: 'a' }, { id: 'b' }, null, ...Array.from({ length: 10 }, (_, i) => ({ id: `e${i + 3}` }))], undatable: [{ id: 'u' }] };

	it.each<[string, (string | number)[], Omit<ValidationIssue, 'severity' | 'file' | 'message'>]>([
		['a field of an event', ['events', 1, 'passages', 0, 'start'], { event: 'b', field: 'passages.0.start' }],
		['the event itself', ['events', 1], { event: 'b' }],
		['an event past the first ten', ['events', 12, 'title'], { event: 'e12', field: 'title' }],
		['an entry that is null, by its place', ['events', 2, 'title'], { event: 'events[2]', field: 'title' }],
		['an entry past the end of the list, by its place', ['events', 40], { event: 'events[40]' }],
		['an undatable reference', ['undatable', 0, 'reason'], { event: 'u', field: 'reason' }],
		['a field of the file', ['actors', 'CN', 'kind'], { field: 'actors.CN.kind' }],
		['an entry of a list that is not of events', ['categories', 1, 'label'], { field: 'categories.1.label' }],
		['the list itself', ['events'], { field: 'events' }],
		['a key of the list that is not an index', ['events', 'length'], { field: 'events.length' }],
		['a key that ends in digits', ['events', 'x1'], { field: 'events.x1' }],
		['a key that starts with digits', ['events', '1x'], { field: 'events.1x' }],
		['the file itself', [], {}]
	])('%s', (_name, path, where) => {
		// toEqual: a field left out and one set to undefined read the same.
		expect(issueAt('e.json', json, path, 'bad')).toEqual({ severity: 'error', file: 'e.json', event: undefined, field: undefined, message: 'bad', ...where });
	});

	it('names an event of a list the file does not have by its place', () => {
		expect(issueAt('e.json', {}, ['events', 0, 'title'], 'bad')).toStrictEqual({ severity: 'error', file: 'e.json', event: 'events[0]', field: 'title', message: 'bad' });
	});

	it('keeps the severity it is given', () => {
		expect(issueAt('e.json', json, ['events', 0], 'odd', 'warning').severity).toBe('warning');
		expect(issueAt('e.json', json, ['actors'], 'odd', 'warning').severity).toBe('warning');
	});
});

describe('schemaIssues: the schema’s verdict, one issue per problem', () => {
	const issuesOf = (json: unknown) => schemaIssues(EventsFileSchema, v.safeParse(EventsFileSchema, json), json, 'e.json');
	const unknownField = (key: string) => `unknown field "${key}": remove it or check its spelling`;
	const empty = { actors: {}, categories: [], events: [], undatable: [] };

	it('has none for a valid file', () => {
		expect(issuesOf(empty)).toStrictEqual([]);
	});

	it('reports every unknown field of the file, not only the first', () => {
		expect(issuesOf({ ...empty, extra: 1, other: 2 })).toStrictEqual([
			{ severity: 'error', file: 'e.json', field: 'extra', message: unknownField('extra') },
			{ severity: 'error', file: 'e.json', field: 'other', message: unknownField('other') }
		]);
	});

	it.each<[string, Record<string, unknown>, Partial<ValidationIssue>[]]>([
		[
			'of an actor (the entries of a record)',
			{ ...empty, actors: { CN: { name: 'China', kind: 'country', flag: 1, motto: 2 } } },
			[
				{ field: 'actors.CN.flag', message: unknownField('flag') },
				{ field: 'actors.CN.motto', message: unknownField('motto') }
			]
		],
		[
			'of an event (the items of a list), named by its id',
			{ ...empty, events: [{ id: 'a', titel: 1, sumary: 2 }] },
			[
				{ event: 'a', field: 'titel', message: unknownField('titel') },
				{ event: 'a', field: 'sumary', message: unknownField('sumary') }
			]
		],
		[
			'of an optional field’s object',
			{ ...empty, events: [{ id: 'a', recorded: { date: '2020', note: 'n', foo: 1, bar: 2 } }] },
			[
				{ event: 'a', field: 'recorded.foo', message: unknownField('foo') },
				{ event: 'a', field: 'recorded.bar', message: unknownField('bar') }
			]
		]
	])('reports every unknown field %s', (_name, json, expected) => {
		const unknown = issuesOf(json).filter((issue) => issue.message.startsWith('unknown field'));
		expect(unknown).toStrictEqual(expected.map((issue) => ({ severity: 'error', file: 'e.json', ...issue })));
	});

	it('quotes at most 80 characters of an unknown key', () => {
		const key = `${'k'.repeat(80)}TAIL`;
		expect(issuesOf({ ...empty, [key]: 1 })).toStrictEqual([{ severity: 'error', file: 'e.json', field: key, message: unknownField('k'.repeat(80)) }]);
	});

	it('says what is missing, and for "undatable" how to write it when there is nothing to list', () => {
		expect(issuesOf({ actors: {}, events: [] })).toStrictEqual([
			{ severity: 'error', file: 'e.json', field: 'categories', message: 'is missing (expected "categories")' },
			{
				severity: 'error',
				file: 'e.json',
				field: 'undatable',
				message: 'is missing: list the time references the article makes that cannot be placed, or write "undatable": [] when there are none'
			}
		]);
	});

	it('keeps the schema’s own message for a field that is there but wrong', () => {
		expect(issuesOf({ ...empty, events: 'none' })).toStrictEqual([
			{ severity: 'error', file: 'e.json', field: 'events', message: 'Invalid type: Expected Array but received "none"' }
		]);
	});
});
