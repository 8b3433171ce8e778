// `npm run draft` as a user runs it: a real process, real files in a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTimelineSource } from '../../src/lib/server/timelines.ts';
import { formatIssue } from '../../src/lib/model/issues.ts';
import { validateTimelineSource } from '../../src/lib/model/validate.ts';

const ARTICLE = 'tests/fixtures/extract/night-train.txt';
const scratch = mkdtempSync(join(tmpdir(), 'sourceline-draft-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const draft = (...args: string[]) => {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/draft.ts', ...args], { encoding: 'utf8' });
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

// Each run starts the real script (tsx compiles it first): about a second on an idle machine, several on a busy one,
// and a test may start two or three.
describe('npm run draft', { timeout: 30_000 }, () => {
	it('writes the three files of a data folder: the article byte for byte, metadata, a draft that validates', () => {
		const out = join(scratch, 'night-train');
		const run = draft(ARTICLE, '--published', '2025-01-22', '--out', out, '--url', 'https://example.com/night-train', '--author', 'A. Writer', '--publisher', 'The Paper');
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(readdirSync(out).sort()).toEqual(['article.meta.json', 'article.txt', 'events.json']);
		expect(readFileSync(join(out, 'article.txt')).equals(readFileSync(ARTICLE))).toBe(true);
		expect(JSON.parse(readFileSync(join(out, 'article.meta.json'), 'utf8'))).toEqual({
			title: 'Night train to Vienna returns after five-year gap',
			author: 'A. Writer',
			publisher: 'The Paper',
			url: 'https://example.com/night-train',
			published: '2025-01-22',
			language: 'en',
			textFile: 'article.txt'
		});
		const result = validateTimelineSource(readTimelineSource(out, 'night-train').source);
		expect(result.issues.map(formatIssue)).toEqual([expect.stringMatching(/: \d+ drafted item\(s\) not yet accepted/)]);
		expect(run.stdout).toMatch(/draft event\(s\)/);
	});

	it('names the placeholders it had to write, and will not overwrite a folder without --force', () => {
		const out = join(scratch, 'placeholders');
		const first = draft(ARTICLE, '--published', '2025-01-22', '--out', out);
		expect(first.stdout).toMatch(/fill in article\.meta\.json's author, publisher, url/);
		const again = draft(ARTICLE, '--published', '2025-01-22', '--out', out);
		expect([again.status, again.stderr.trim()]).toEqual([1, `draft: ${out} already exists: choose another --id or --out, or pass --force to replace its three files`]);
		expect(draft(ARTICLE, '--published', '2025-01-22', '--out', out, '--force').status).toBe(0);
	});

	it('prints every expression as the issue specifies with --expressions', () => {
		const file = join(scratch, 'short.txt');
		writeFileSync(file, 'It opened in early 2020 and closed on 5 May 2021.');
		const run = draft(file, '--published', '2023-02-04', '--expressions');
		expect(run.status).toBe(0);
		expect(JSON.parse(run.stdout)).toEqual([
			{ start: 13, end: 23, text: 'early 2020', value: '2020', qualifier: 'early' },
			{ start: 38, end: 48, text: '5 May 2021', value: '2021-05-05' }
		]);
	});

	it.each<[string, string[], string]>([
		['no such file', ['missing.txt', '--published', '2025-01-22'], 'draft: missing.txt: no such file'],
		['a bad date', [ARTICLE, '--published', '2025-02-30'], 'draft: --published must be a calendar date written YYYY-MM-DD, got "2025-02-30"'],
		['no date', [ARTICLE], 'draft: --published YYYY-MM-DD is required: relative dates count from it'],
		['an unknown option', [ARTICLE, '--published', '2025-01-22', '--tittle', 'x'], 'draft: unknown option --tittle'],
		['a bad id', [ARTICLE, '--published', '2025-01-22', '--id', 'My Article'], 'draft: --id must be a slug (lower-case letters, digits, single hyphens), got "My Article"']
	])('fails on %s with one line and status 1', (_, args, line) => {
		const run = draft(...args);
		expect([run.status, run.stderr, run.stdout]).toEqual([1, `${line}\n`, '']);
	});
});
