/**
 * `npm run validate` as a person runs it: the real script, in a directory whose data/ holds broken copies of
 * the real article folder. Every problem is one line, never a stack trace, and the build's list is the same.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadTimelines } from '../../src/lib/server/timelines.ts';

const REPO = resolve(import.meta.dirname, '../..');
const TSX = join(REPO, 'node_modules/.bin/tsx');
const SCRIPT = join(REPO, 'scripts/validate.ts');
const REAL = join(REPO, 'data/xi-visit-russia-2023');

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A working directory whose data/ holds copies of the real folder under `names`. */
function workspace(...names: string[]): string {
	const cwd = mkdtempSync(join(tmpdir(), 'sourceline-cli-'));
	made.push(cwd);
	for (const name of names) cpSync(REAL, join(cwd, 'data', name), { recursive: true });
	return cwd;
}

function validate(cwd: string, ...args: string[]) {
	const run = spawnSync(TSX, [SCRIPT, ...args], { cwd, encoding: 'utf8' });
	return { status: run.status, lines: run.stdout.trimEnd().split('\n'), stderr: run.stderr };
}

function edit(file: string, change: (text: string) => string) {
	writeFileSync(file, change(readFileSync(file, 'utf8')));
}

// Each test starts the real script (tsx compiles it first): about a second on an idle machine, more on a busy one.
describe('npm run validate', { timeout: 30_000 }, () => {
	it('prints every problem of every folder, one a line, and the build refuses with the same list', () => {
		const cwd = workspace('first', 'second', 'Third Copy');
		const events = join(cwd, 'data/first/events.json');
		edit(events, (text) =>
			'\ufeff' +
			text
				.replace('"category": "energy",', '"category": "weather", "category": "energy",')
				.replace('"date": "2020",', '"date": "2020-13",')
				.replace('instead of capping a modest 4 billion', 'instead of capping a vast 4 billion')
		);
		rmSync(join(cwd, 'data/second/article.meta.json'));
		mkdirSync(join(cwd, 'data/empty-folder'));

		const { status, lines, stderr } = validate(cwd);
		expect(status).toBe(1);
		expect(stderr).not.toMatch(/\n\s+at /);
		const problems = lines.slice(0, -1);
		expect(lines.at(-1)).toMatch(/^✗ \d+ error\(s\) in the dataset$/);
		for (const line of problems) expect(line).toMatch(/^(error|warning): data\/[^\n]+: [^\n]+$/);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^error: data\/first\/events\.json: starts with a byte-order mark/),
				expect.stringMatching(/^error: data\/first\/events\.json, event "gas-exports-2020", field "category": is written twice in one object/),
				expect.stringMatching(/^error: data\/first\/events\.json, event "gas-exports-2020", field "date": /),
				expect.stringMatching(/^error: data\/first\/events\.json, event "gas-exports-2020", field "passages\.0": quote "Russian natural gas exports to 48 billion[^"]*" not found in article\.txt$/),
				'error: data/second/article.meta.json: is missing: every folder of data/ is a timeline, described by its article.meta.json',
				'error: data/Third Copy: the folder name is the timeline id, so it must be a slug: lower-case letters, digits and single hyphens',
				'error: data/empty-folder/article.meta.json: is missing: every folder of data/ is a timeline, described by its article.meta.json',
				'error: data/empty-folder/events.json: does not exist'
			])
		);

		// The build (the Vite plugin calls loadTimelines) fails with exactly these errors.
		const here = process.cwd();
		process.chdir(cwd);
		try {
			expect(() => loadTimelines()).toThrow(['The dataset is invalid:', ...problems.filter((line) => line.startsWith('error:'))].join('\n'));
		} finally {
			process.chdir(here);
		}
	});

	it('--fix anchors a bare quote, keeping its other fields (still reported), CRLF line ends and \\u00a0 escapes', () => {
		const cwd = workspace('copy');
		const file = join(cwd, 'data/copy/events.json');
		const quote = 'a modest 4 billion cubic meters in 2020';
		const bare = `{ "exact": "${quote}", "note": "the lede", "sufix": "x" }`;
		edit(file, (text) =>
			text
				.replace(/"passages": \[\s*\{\s*"start": \d+,[^}]*"exact": "Russian natural gas exports to 48 billion[^}]*\}/, `"passages": [${bare}`)
				.replaceAll('\u00a0', '\\u00a0')
				.replaceAll('\n', '\r\n')
		);
		const before = readFileSync(file, 'utf8');
		expect(before).toContain(bare);

		const { status, lines } = validate(cwd, '--fix');
		const after = readFileSync(file, 'utf8');
		const start = readFileSync(join(REAL, 'article.txt'), 'utf8').indexOf(quote);
		expect(lines[0]).toBe(`fixed: data/copy/events.json, event "gas-exports-2020", field "passages.0": anchored at ${start}–${start + quote.length}`);
		// Only the passage changed: the rest of the file is the same bytes, escapes and CRLF included.
		const [head, tail] = before.split(bare);
		expect(after.startsWith(head!) && after.endsWith(tail!)).toBe(true);
		expect(after).toMatch(new RegExp(`\\{ "start": ${start}, "end": ${start + quote.length}, "exact": "${quote}", "prefix": "[^"]*", "suffix": "[^"]*", "note": "the lede", "sufix": "x" \\}`));
		// The unknown fields are still errors, so the run still fails.
		expect(lines).toEqual(
			expect.arrayContaining([
				'error: data/copy/events.json, event "gas-exports-2020", field "passages.0.note": unknown field "note": remove it or check its spelling',
				'error: data/copy/events.json, event "gas-exports-2020", field "passages.0.sufix": unknown field "sufix": remove it or check its spelling'
			])
		);
		expect(status).toBe(1);
	});

	it('--fix on passages of the wrong shape changes nothing and reports each in a line', () => {
		const cwd = workspace('copy');
		const file = join(cwd, 'data/copy/events.json');
		edit(file, (text) => {
			const json = JSON.parse(text);
			json.events[0].passages = 'in 2020';
			json.events[1].passages = [null];
			return JSON.stringify(json, null, 2);
		});
		const before = readFileSync(file, 'utf8');
		const { status, lines, stderr } = validate(cwd, '--fix');
		expect(readFileSync(file, 'utf8')).toBe(before);
		expect(stderr).not.toMatch(/\n\s+at /);
		expect(lines.slice(0, -1)).toEqual([
			expect.stringMatching(/^error: data\/copy\/events\.json, event "gas-exports-2020", field "passages": Invalid type: Expected Array/),
			expect.stringMatching(/^error: data\/copy\/events\.json, event "[a-z0-9-]+", field "passages\.0": Invalid type: Expected Object but received null$/)
		]);
		expect(status).toBe(1);
	});
	it('--fix saves the new positions of passages an edit moved, changes nothing else, and a second run changes nothing', () => {
		const cwd = workspace('copy', 'untouched');
		const folder = join(cwd, 'data/copy');
		const note = 'An editor’s note. ';
		edit(join(folder, 'article.txt'), (text) => note + text);
		const files = ['events.json', 'article.txt', 'article.meta.json'];
		const read = (dir: string) => Object.fromEntries(files.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
		const before = read(folder);
		const untouched = read(join(cwd, 'data/untouched'));
		// The rule, written out: every position moves by the length of the note; no other byte of any file changes.
		const shifted = before['events.json']!.replace(
			/"start": (\d+),(\s*)"end": (\d+)/g,
			(_all, start: string, space: string, end: string) => `"start": ${Number(start) + note.length},${space}"end": ${Number(end) + note.length}`
		);
		const passages = before['events.json']!.match(/"start": \d+/g)!.length;
		expect(passages).toBeGreaterThan(20);

		const first = validate(cwd, '--fix');
		expect(first.lines.filter((line) => line.startsWith('fixed: data/copy/events.json'))).toHaveLength(passages);
		expect(first.lines.filter((line) => !line.startsWith('fixed: '))).toEqual([expect.stringMatching(/^✓ 2 timeline\(s\), \d+ events valid$/)]);
		expect(first.status).toBe(0);
		expect(read(folder)).toEqual({ ...before, 'events.json': shifted });
		expect(read(join(cwd, 'data/untouched'))).toEqual(untouched);

		const second = validate(cwd, '--fix');
		expect(second.lines).toEqual([expect.stringMatching(/^✓ 2 timeline\(s\), \d+ events valid$/)]);
		expect(read(folder)['events.json']).toBe(shifted);
	});

	it('--fix leaves a bare quote it cannot place, says why, and changes no byte', () => {
		const cwd = workspace('copy');
		const file = join(cwd, 'data/copy/events.json');
		// "the war" occurs many times in the article; the second quote occurs nowhere.
		edit(file, (text) =>
			text
				.replace(/"passages": \[\s*\{\s*"start": \d+,[^}]*"exact": "Russian natural gas exports to 48 billion[^}]*\}/, '"passages": [{ "exact": "the war" }')
				.replace(/("id": "russia-invades-ukraine"[\s\S]*?"passages": \[)\s*\{[^}]*\}/, '$1{ "exact": "words the article never had" }')
		);
		const before = readFileSync(file, 'utf8');
		const { status, lines } = validate(cwd, '--fix');
		expect(readFileSync(file, 'utf8')).toBe(before);
		expect(lines.filter((line) => line.startsWith('not fixed: '))).toEqual([
			expect.stringMatching(/^not fixed: data\/copy\/events\.json, event "gas-exports-2020", field "passages\.0": not anchored: quote "the war" occurs \d+ times in article\.txt/),
			expect.stringMatching(/^not fixed: data\/copy\/events\.json, event "russia-invades-ukraine", field "passages\.0": not anchored: quote "words the article never had" not found in article\.txt/)
		]);
		expect(lines.some((line) => line.startsWith('fixed: '))).toBe(false);
		expect(status).toBe(1);
	});
});
