// SOURCELINE_DATA as a person uses it: the real scripts read and write the data folder it names, not data/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const TSX = join(REPO, 'node_modules/.bin/tsx');
const scratch = mkdtempSync(join(tmpdir(), 'sourceline-data-setting-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a script of the project from the project's folder with SOURCELINE_DATA set to `data`. */
function run(script: string, data: string, ...args: string[]) {
	const done = spawnSync(TSX, [join(REPO, 'scripts', script), ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, SOURCELINE_DATA: data } });
	return { status: done.status, stdout: done.stdout, stderr: done.stderr };
}

describe('SOURCELINE_DATA', { timeout: 60_000 }, () => {
	const data = join(scratch, 'timelines');
	cpSync(join(REPO, 'data/xi-visit-russia-2023'), join(data, 'first-copy'), { recursive: true });
	cpSync(join(REPO, 'data/xi-visit-russia-2023'), join(data, 'second-copy'), { recursive: true });

	it('is the folder npm run validate reads', () => {
		const validated = run('validate.ts', data);
		expect(validated.stdout).toContain('✓ 2 timeline(s), 40 events valid');
		expect(validated.status).toBe(0);
	});

	it('is the folder npm run draft writes into when no --out is given', () => {
		const drafts = join(scratch, 'drafts');
		const drafted = run('draft.ts', drafts, join(REPO, 'tests/fixtures/extract/night-train.txt'), '--published', '2025-01-22', '--id', 'night-train');
		expect(drafted.stderr).toBe('');
		expect(drafted.status).toBe(0);
		expect(readdirSync(join(drafts, 'night-train')).sort()).toEqual(['article.meta.json', 'article.txt', 'events.json']);
		expect(existsSync(join(REPO, 'data/night-train'))).toBe(false);
	});

	it('that does not exist is one error line naming it', () => {
		const missing = join(scratch, 'nowhere');
		const validated = run('validate.ts', missing);
		expect(validated.stdout.split('\n')[0]).toMatch(/^error: .*nowhere: does not exist: it is where the timelines are read from \(SOURCELINE_DATA\)$/);
		expect(validated.status).toBe(1);
	});
});
