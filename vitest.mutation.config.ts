import { defineConfig, mergeConfig } from 'vitest/config';
import config from './vite.config.ts';

/**
 * The unit tests as Stryker runs them, in worker threads: the unit and runes projects, without the ones that
 * start a CLI in another process (where the mutant under test is never switched on) and the every-day test, which
 * switches `process.env.TZ` (a worker thread cannot change the zone; `npm test` runs it in each zone). The browser
 * project is left out: starting Chromium's tests again for each mutant more than doubled the extractor's run (tense.ts:
 * 96 s → 43 s, the same mutants killed), and the rules it tests are stated in unit tests. A file that fails before
 * its tests run counts as a failed test (scripts/vitest-mutation-runner.ts).
 */
// Set by vitest's command line but not by the API through which Stryker starts it; without it SvelteKit's
// plugin refuses the runes tests' import of src/lib/server/ in client mode, and that file would never run.
process.env.TEST ??= 'true';

// mergeConfig would append to the list of projects, not replace it.
const projects = config.test?.projects?.filter((project) => typeof project !== 'object' || !('test' in project) || project.test?.name !== 'browser');

export default mergeConfig(
	{ ...config, test: { ...config.test, projects } },
	defineConfig({
		test: {
			exclude: ['tests/unit/*-cli.test.ts', 'src/lib/dates/every-day-prints.test.ts'],
			runner: './scripts/vitest-mutation-runner.ts'
		}
	})
);
