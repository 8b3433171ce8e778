import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIssue } from '../model/issues.ts';
import { loadTimelines, readTimelines, timelineFolders } from './timelines.ts';
import { jsonSchemas, serialiseSchema } from '../model/json-schema.ts';

const made: string[] = [];
/** Every problem `readTimelines` reports for the data folder `dir`, as `npm run validate` prints it. */
const lines = (dir: string) => readTimelines(dir).issues.map(formatIssue);

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

	it('names the file that is not JSON, with the line and column', () => {
		const { dir, folder } = dataCopy();
		writeFileSync(join(folder, 'events.json'), '{\n  "events": [ }');
		expect(lines(dir)).toEqual([expect.stringMatching(/^error: .*copy-of-xi\/events\.json: is not valid JSON: a value was expected .* at line 2, column 15$/)]);
	});

	it('refuses to build with any error, listing each one', () => {
		const { dir, folder } = dataCopy();
		const file = join(folder, 'events.json');
		const events = JSON.parse(readFileSync(file, 'utf8'));
		events.events[0].category = 'weather';
		delete events.events[1].title;
		writeFileSync(file, JSON.stringify(events));
		expect(() => loadTimelines(dir)).toThrow(/field "title": is missing[^\n]*\n[^\n]*field "category": "weather" is not one of the categories the file declares/);
	});
});

/** Rewrites a JSON file of the copied folder through `edit`. */
function editJson(file: string, edit: (json: Record<string, any>) => void) {
	const json = JSON.parse(readFileSync(file, 'utf8'));
	edit(json);
	writeFileSync(file, JSON.stringify(json, null, 2));
}

describe('every problem of every folder in one run', () => {
	it('reports schema, date and quote problems of one file together', () => {
		const { dir, folder } = dataCopy();
		editJson(join(folder, 'events.json'), (json) => {
			json.events[0].category = 'weather'; // schema
			json.events[0].titel = 'misspelt'; // schema
			json.events[1].date = '2022-02-30'; // date
			json.events[2].passages[0].exact += ' and words the article never had'; // quote
		});
		const [first, second, third] = JSON.parse(readFileSync(join(folder, 'events.json'), 'utf8')).events;
		const found = lines(dir);
		expect(found).toEqual(
			expect.arrayContaining([
				expect.stringMatching(new RegExp(`event "${first.id}", field "category": `)),
				expect.stringMatching(new RegExp(`event "${first.id}", field "titel": unknown field "titel"`)),
				expect.stringMatching(new RegExp(`event "${second.id}", field "date": `)),
				expect.stringMatching(new RegExp(`event "${third.id}", field "passages\\.0": quote ".*" not found in article\\.txt$`))
			])
		);
		expect(found).toHaveLength(4);
	});

	it('goes on past a broken folder to the next, and publishes none while any is broken', () => {
		const { dir, folder } = dataCopy();
		cpSync(folder, join(dir, 'second-copy'), { recursive: true });
		writeFileSync(join(folder, 'events.json'), '');
		editJson(join(dir, 'second-copy', 'article.meta.json'), (meta) => (meta.published = '2023-02-30'));
		expect(lines(dir)).toEqual([
			expect.stringMatching(/copy-of-xi\/events\.json: is empty: expected a JSON object$/),
			expect.stringMatching(/second-copy\/article\.meta\.json, field "published": must be a real calendar date: day 30 is out of range \(01–28 in 2023-02\)$/)
		]);
		expect(() => loadTimelines(dir)).toThrow(/copy-of-xi[^\n]*\n[^\n]*second-copy/);
	});

	it.each<[string, (folder: string, dir: string) => void, RegExp[]]>([
		['a byte-order mark', (folder) => writeFileSync(join(folder, 'events.json'), '\ufeff' + readFileSync(join(folder, 'events.json'), 'utf8')), [/events\.json: starts with a byte-order mark \(U\+FEFF\), which JSON does not allow/]],
		['a missing events.json', (folder) => rmSync(join(folder, 'events.json')), [/copy-of-xi\/events\.json: does not exist$/]],
		['a missing article.txt', (folder) => rmSync(join(folder, 'article.txt')), [/article\.meta\.json, field "textFile": "article\.txt" does not exist in the folder$/]],
		['a missing textFile field', (folder) => editJson(join(folder, 'article.meta.json'), (meta) => delete meta.textFile), [/article\.meta\.json, field "textFile": is missing/]],
		[
			'a key written twice',
			(folder) => writeFileSync(join(folder, 'events.json'), readFileSync(join(folder, 'events.json'), 'utf8').replace('"category": "energy",', '"category": "energy", "category": "economy",')),
			[/event "gas-exports-2020", field "category": is written twice in one object \(again at line \d+, column \d+\): JSON keeps only the last/]
		],
		['a folder name that is not a slug', (folder, dir) => renameSync(folder, join(dir, 'Xi Visit')), [/Xi Visit: the folder name is the timeline id, so it must be a slug/]],
		['a folder without article.meta.json', (folder) => rmSync(join(folder, 'article.meta.json')), [/copy-of-xi\/article\.meta\.json: is missing: every folder of data\/ is a timeline/]],
		['article text that is not UTF-8', (folder) => writeFileSync(join(folder, 'article.txt'), Buffer.from([0x58, 0x69, 0xff, 0xfe])), [/article\.txt: is not valid UTF-8/]]
	])('says %s in one line each', (_name, breakIt, expected) => {
		const { dir, folder } = dataCopy();
		breakIt(folder, dir);
		const found = lines(dir);
		for (const pattern of expected) expect(found).toContainEqual(expect.stringMatching(pattern));
		// The passages of an unreadable article are not checked against nothing: one cause, one line.
		expect(found).toHaveLength(expected.length);
		expect(readTimelines(dir).timelines).toEqual([]);
	});

	it.each([
		['a byte-order mark', (text: string) => '\ufeff' + text, /article\.txt: starts with a byte-order mark \(U\+FEFF\), which counts as a character: save it as UTF-8 without one: the likely cause of the \d+ moved passage\(s\)$/],
		['CRLF line endings', (text: string) => text.replaceAll('\n', '\r\n'), /article\.txt: has CRLF line endings, each counted as two characters .*: the likely cause of the \d+ moved passage\(s\)$/]
	])('names %s in article.txt as the cause of moved passages', (_name, change, message) => {
		const { dir, folder } = dataCopy();
		const file = join(folder, 'article.txt');
		writeFileSync(file, change(readFileSync(file, 'utf8')));
		const found = lines(dir);
		expect(found.filter((line) => / moved from /.test(line)).length).toBeGreaterThan(0);
		expect(found).toContainEqual(expect.stringMatching(message));
	});

	it('says when data/ holds no timeline', () => {
		const dir = mkdtempSync(join(tmpdir(), 'sourceline-data-'));
		made.push(dir);
		expect(lines(dir)).toEqual([expect.stringMatching(/: holds no timeline folder/)]);
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
		expect(lines(dir)).toEqual([expect.stringMatching(message)]);
		expect(lines(dir)[0]).toMatch(/^error: [^ ]*copy-of-xi\/article\.meta\.json, field "textFile": /);
		expect(readTimelines(dir).timelines).toEqual([]);
	});

	it('refuses a symbolic link inside the folder that leads out of it', () => {
		const { dir, folder } = withTextFile('linked.txt');
		symlinkSync(join(dir, 'secret.txt'), join(folder, 'linked.txt'));
		expect(lines(dir)).toEqual([expect.stringMatching(/field "textFile": "linked\.txt" is outside the folder/)]);
	});

	it('refuses a directory', () => {
		const { dir, folder } = withTextFile('texts');
		mkdirSync(join(folder, 'texts'));
		expect(lines(dir)).toEqual([expect.stringMatching(/field "textFile": "texts" is not a file/)]);
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
	it('are exactly the files in static/schema, one for each generated schema', () => {
		expect(Object.keys(jsonSchemas()).sort()).toEqual(readdirSync('static/schema').sort());
	});

	it.each(Object.entries(jsonSchemas()))('static/schema/%s is current (run `npm run schema`)', (name, schema) => {
		expect(readFileSync(`static/schema/${name}`, 'utf8')).toBe(serialiseSchema(schema));
	});
});
