import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ArticleMetaSchema, CategorySchema, EventsFileSchema, PassageSchema } from './schema.ts';

/** The messages of the schema's issues, each with the dotted path it is at. */
const messages = (schema: v.GenericSchema, input: unknown) =>
	(v.safeParse(schema, input).issues ?? []).map((issue) => `${(issue.path ?? []).map((item) => String(item.key)).join('.')}: ${issue.message}`);

describe('the schema says what is wrong in words', () => {
	const passage = { start: 0, end: 1, exact: 'a', prefix: '', suffix: '' };
	it.each<[string, Record<string, unknown>, string]>([
		['a start that is not whole', { start: 0.5 }, 'start: must be a whole number'],
		['an end that is not whole', { end: 1.5 }, 'end: must be a whole number'],
		['an end of 0', { end: 0 }, 'end: must be positive'],
		['a quote of white space', { exact: ' ' }, 'exact: must contain more than white space'],
		['a suffix over 256 characters', { suffix: 's'.repeat(257) }, 'suffix: must be at most 256 characters (32 are written)']
	])('a passage: %s', (_name, change, message) => {
		expect(messages(PassageSchema, { ...passage, ...change })).toStrictEqual([message]);
	});

	it('an empty quote', () => {
		expect(messages(PassageSchema, { ...passage, exact: '' })).toStrictEqual(['exact: must not be empty', 'exact: must contain more than white space']);
	});

	it('a colour that is neither text nor one per theme', () => {
		expect(messages(CategorySchema, { id: 'war', label: 'War', colour: 42 })).toStrictEqual([
			'colour: must be a colour written #rrggbb, or one for each theme: { "light": "#rrggbb", "dark": "#rrggbb" }'
		]);
	});

	it('an actor id that is neither a country code nor a slug', () => {
		const file = { actors: { China: { name: 'China', kind: 'country' } }, categories: [], events: [], undatable: [] };
		expect(messages(EventsFileSchema, file)).toStrictEqual(['actors.China: must be an ISO 3166 country code (CN) or a slug (g20)']);
	});

	it.each([
		['an event’s date with a space', { date: '2022 02' }, 'date: must be an EDTF date without spaces'],
		['an event that names no actor', { actors: [] }, 'actors: must name at least one actor']
	])('%s', (_name, change, message) => {
		const event = { id: 'e', title: 'E', summary: 'S', category: 'war', actors: ['RU'], passages: [passage], date: '2022', stated: { text: 'in 2022', date: '2022' }, status: 'happened' };
		const file = { actors: {}, categories: [], events: [{ ...event, ...change }], undatable: [] };
		expect(messages(EventsFileSchema, file)).toStrictEqual([`events.0.${message}`]);
	});

	it.each(['x2023-02-30', '2023-02-30x'])('one message for a publication date not written YYYY-MM-DD (%s), not two', (published) => {
		expect(messages(ArticleMetaSchema.entries.published, published)).toStrictEqual([': must be a calendar date written YYYY-MM-DD']);
	});
});
