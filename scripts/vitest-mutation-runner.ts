import { test, type RunnerTestCase, type RunnerTestFile } from 'vitest';
import { VitestTestRunner } from 'vitest/runners';

const COLLECTED = 'its tests are collected';

/**
 * Vitest's runner as Stryker uses it (vitest.mutation.config.ts), with one difference: a test file that fails
 * before its tests run is a failing test, as it is a failure for `npm test`. Stryker's vitest runner (9.6.1)
 * counts only failed tests: a mutant that made a file throw while it was imported, or while a `describe` body
 * ran, left no test failed and would count as survived. So each file gets a placeholder test (a todo, never
 * run), which Stryker reports as failed when its file failed; and an error on import becomes a failing test.
 */
export default class FileFailuresAsTests extends VitestTestRunner {
	override onCollectStart(file: RunnerTestFile) {
		super.onCollectStart?.(file);
		const placeholder = {
			id: '',
			name: COLLECTED,
			fullName: `${file.name} > ${COLLECTED}`,
			fullTestName: COLLECTED,
			suite: file,
			file,
			type: 'test',
			mode: 'todo',
			timeout: 0,
			meta: {},
			annotations: [],
			artifacts: [],
			tags: []
		};
		file.tasks.push(placeholder as unknown as RunnerTestCase);
	}

	override async importFile(filepath: string, source: 'collect' | 'setup'): Promise<unknown> {
		if (source !== 'collect') return super.importFile(filepath, source);
		try {
			return await super.importFile(filepath, source);
		} catch (error) {
			test('the file imports', () => {
				throw error;
			});
			return undefined;
		}
	}
}
