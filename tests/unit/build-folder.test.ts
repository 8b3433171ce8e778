// Where the build writes the site (SOURCELINE_OUT), and what it refuses to empty.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFolder } from '../../scripts/build-folder.js';

const scratch = mkdtempSync(join(tmpdir(), 'sourceline-out-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const project = join(scratch, 'project');
mkdirSync(project);

describe('buildFolder', () => {
	it('is build/ with SvelteKit’s own working folder by default', () => {
		expect(buildFolder(undefined, project)).toEqual({ out: join(project, 'build'), workingFiles: '.svelte-kit' });
		expect(buildFolder('  ', project)).toEqual({ out: join(project, 'build'), workingFiles: '.svelte-kit' });
	});

	it('is the folder named, new or empty or built before, with a working folder of its own inside the project', () => {
		const built = join(scratch, 'built');
		mkdirSync(join(built, '_app'), { recursive: true });
		mkdirSync(join(scratch, 'empty'));
		const folders = ['new/site', 'empty', 'built'].map((name) => buildFolder(join(scratch, name), project));
		expect(folders.map((folder) => folder.out)).toEqual(['new/site', 'empty', 'built'].map((name) => join(scratch, name)));
		for (const { workingFiles } of folders) expect(workingFiles).toMatch(/^\.svelte-kit\/builds\/[0-9a-f]{12}$/);
		expect(new Set(folders.map((folder) => folder.workingFiles)).size).toBe(3);
		expect(buildFolder('site', project).out).toBe(join(project, 'site'));
	});

	it.each<[string, string, RegExp]>([
		['the project', '.', /is the project or a folder above it/],
		['a folder above it', '..', /is the project or a folder above it/],
		['a folder of other files', 'notes', /a folder that holds files but no built site/],
		['a file', 'notes/todo.txt', /which is a file: name a folder/]
	])('refuses %s, which the build would empty', (_name, setting, message) => {
		mkdirSync(join(project, 'notes'), { recursive: true });
		writeFileSync(join(project, 'notes', 'todo.txt'), 'keep me');
		expect(() => buildFolder(setting, project)).toThrow(message);
	});
});
