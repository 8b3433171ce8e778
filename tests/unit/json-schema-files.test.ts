/**
 * The published JSON Schema files (static/schema/), read by an independent validator (ajv), as an outside
 * author's tool would read them: the real data passes, and data with the mistakes the schema exists to catch
 * does not. (timelines.test.ts checks only that the files are what the generator writes today.)
 */
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTimelines } from '../../src/lib/server/timelines.ts';
import { timelineIndex } from '../../src/lib/server/site.ts';

const schema = (name: string) => JSON.parse(readFileSync(`static/schema/${name}`, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = {
	events: ajv.compile(schema('events.schema.json')),
	timeline: ajv.compile(schema('timeline.schema.json')),
	index: ajv.compile(schema('index.schema.json'))
};
const realEvents = () => JSON.parse(readFileSync('data/xi-visit-russia-2023/events.json', 'utf8'));
const realTimeline = () => JSON.parse(JSON.stringify(loadTimelines()[0]));

describe('static/schema/*.json, read by ajv', () => {
	it('accepts the real events file, the published timeline and the index', () => {
		for (const [validate, document] of [
			[validators.events, realEvents()],
			[validators.timeline, realTimeline()],
			[validators.index, JSON.parse(JSON.stringify(timelineIndex()))]
		] as const) {
			expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
		}
	});

	// Each mistake, made in a copy of the real events file, and where ajv must find it.
	it.each<[string, (events: { events: Record<string, unknown>[]; undatable?: unknown[] }) => void, string]>([
		['a misspelt field', (e) => (e.events[0]!.titel = 'x'), '/events/0'],
		['a category that is not a slug', (e) => (e.events[0]!.category = 'Weather'), '/events/0/category'],
		['an id that is not a slug', (e) => (e.events[0]!.id = 'Not A Slug'), '/events/0/id'],
		['an unknown status', (e) => (e.events[0]!.status = 'rumoured'), '/events/0/status'],
		['a missing title', (e) => delete e.events[0]!.title, '/events/0'],
		['no passages', (e) => (e.events[0]!.passages = []), '/events/0/passages'],
		['a negative start', (e) => ((e.events[0]!.passages as { start: number }[])[0]!.start = -1), '/events/0/passages/0/start'],
		['a 300-character prefix', (e) => ((e.events[0]!.passages as { prefix: string }[])[0]!.prefix = 'a'.repeat(300)), '/events/0/passages/0/prefix'],
		['draft: false (only true is allowed)', (e) => (e.events[0]!.draft = false), '/events/0/draft'],
		['no undatable list', (e) => delete e.undatable, '']
	])('refuses %s', (_name, spoil, path) => {
		const events = realEvents();
		spoil(events);
		expect(validators.events(events)).toBe(false);
		expect(validators.events.errors!.map((error) => error.instancePath)).toContain(path);
	});

	it('refuses a published timeline of another format or version', () => {
		expect(validators.timeline({ ...realTimeline(), format: 'something-else' })).toBe(false);
		const timeline = realTimeline();
		expect(validators.timeline({ ...timeline, version: timeline.version + 1 })).toBe(false);
	});
});
