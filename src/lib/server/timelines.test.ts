import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTimelines, readTimelines, timelineFolders } from './timelines.ts';
import { jsonSchemas, serialiseSchema } from '../model/json-schema.ts';

const made: string[] = [];
/** A data folder in a temporary directory holding a copy of the real article folder. */
function dataCopy(): { dir: string; folder: string } {
	const dir = mkdtempSync(join(tmpdir(), 'sourceline-data-'));
	made.push(dir);
	const folder = join(dir, 'copy-of-xi');
	cpSync('data/xi-visit-russia-2023', folder, { recursive: true });
	return { dir, folder };
}
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the data folder', () => {
	it('finds each article folder and ignores other entries', () => {
		const { dir } = dataCopy();
		writeFileSync(join(dir, 'README.txt'), 'not a timeline');
		expect(timelineFolders(dir).map((t) => t.id)).toEqual(['copy-of-xi']);
	});

	it('loads the real data', () => {
		const [timeline] = loadTimelines();
		expect(timeline?.id).toBe('xi-visit-russia-2023');
		expect(timeline?.article.text).toBe(readFileSync('data/xi-visit-russia-2023/article.txt', 'utf8'));
	});

	it('names the file that is not JSON', () => {
		const { dir, folder } = dataCopy();
		writeFileSync(join(folder, 'events.json'), '{ "events": [ }');
		expect(() => readTimelines(dir)).toThrow(/copy-of-xi\/events\.json: not valid JSON/);
	});

	it('refuses to build with any error, listing each one', () => {
		const { dir, folder } = dataCopy();
		const file = join(folder, 'events.json');
		const events = JSON.parse(readFileSync(file, 'utf8'));
		events.events[0].category = 'weather';
		delete events.events[1].title;
		writeFileSync(file, JSON.stringify(events));
		expect(() => loadTimelines(dir)).toThrow(/field "category"[^\n]*\n[^\n]*field "title": is missing/);
	});
});

describe('the published JSON Schema files', () => {
	it.each(Object.entries(jsonSchemas()))('static/schema/%s is current (run `npm run schema`)', (name, schema) => {
		expect(readFileSync(`static/schema/${name}`, 'utf8')).toBe(serialiseSchema(schema));
	});
});
