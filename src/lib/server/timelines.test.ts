import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

describe('the article text file (textFile)', () => {
	/** A copy of the real folder whose article.meta.json names `textFile`, and a secret file beside the folder. */
	function withTextFile(textFile: string) {
		const { dir, folder } = dataCopy();
		writeFileSync(join(dir, 'secret.txt'), 'BUILD_SECRET=hunter2');
		const metaFile = join(folder, 'article.meta.json');
		writeFileSync(metaFile, JSON.stringify({ ...JSON.parse(readFileSync(metaFile, 'utf8')), textFile }));
		return { dir, folder };
	}

	it.each([
		['a path that climbs out of the folder', '../secret.txt', /field "textFile": "\.\.\/secret\.txt" is outside the folder/],
		['a deep climb to a system file', '../../../../../../../../etc/hostname', /field "textFile": .* is outside the folder/],
		['an absolute path', '/etc/hostname', /field "textFile": "\/etc\/hostname" must be a file name inside the folder/],
		['a file that is not there', 'missing.txt', /field "textFile": "missing\.txt" does not exist in the folder/],
		['the folder itself', '.', /field "textFile": "\." is outside the folder/],
		['an empty name', '', /field "textFile": "" must be a file name inside the folder/]
	])('refuses %s, naming the file and the field', (_, textFile, message) => {
		const { dir } = withTextFile(textFile);
		expect(() => readTimelines(dir)).toThrow(message);
		expect(() => readTimelines(dir)).toThrow(/copy-of-xi\/article\.meta\.json/);
	});

	it('refuses a symbolic link inside the folder that leads out of it', () => {
		const { dir, folder } = withTextFile('linked.txt');
		symlinkSync(join(dir, 'secret.txt'), join(folder, 'linked.txt'));
		expect(() => readTimelines(dir)).toThrow(/field "textFile": "linked\.txt" is outside the folder/);
	});

	it('refuses a directory', () => {
		const { dir, folder } = withTextFile('texts');
		mkdirSync(join(folder, 'texts'));
		expect(() => readTimelines(dir)).toThrow(/field "textFile": "texts" is not a file/);
	});

	it('reads a file in a subfolder, and through a link that stays inside', () => {
		const { dir, folder } = withTextFile('texts/article.txt');
		mkdirSync(join(folder, 'texts'));
		renameSync(join(folder, 'article.txt'), join(folder, 'texts', 'article.txt'));
		expect(readTimelines(dir).timelines[0]?.article.text).toBe(readFileSync('data/xi-visit-russia-2023/article.txt', 'utf8'));
		const meta = join(folder, 'article.meta.json');
		writeFileSync(meta, JSON.stringify({ ...JSON.parse(readFileSync(meta, 'utf8')), textFile: 'linked.txt' }));
		symlinkSync(join(folder, 'texts', 'article.txt'), join(folder, 'linked.txt'));
		expect(readTimelines(dir).timelines[0]?.article.text).toBe(readFileSync('data/xi-visit-russia-2023/article.txt', 'utf8'));
	});
});

describe('the published JSON Schema files', () => {
	it.each(Object.entries(jsonSchemas()))('static/schema/%s is current (run `npm run schema`)', (name, schema) => {
		expect(readFileSync(`static/schema/${name}`, 'utf8')).toBe(serialiseSchema(schema));
	});
});
