// Mutation testing of the pure modules (`npm run test:mutation`): Stryker changes the code one small bug at a
// time and runs the unit tests that reach it; a mutant that no test notices is a rule the tests do not state.
// One module: `npm run test:mutation -- --mutate 'src/lib/dates/*.ts,!src/lib/**/*.test.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	plugins: ['@stryker-mutator/vitest-runner'],
	vitest: { configFile: 'vitest.mutation.config.ts' },
	mutate: [
		'src/lib/{dates,anchoring,model,timeline,export,embed,sharing,extract,article}/*.ts',
		'src/lib/explorer/{plot-keys,timeline-facts}.ts',
		'!src/lib/**/*.test.ts'
	],
	coverageAnalysis: 'perTest',
	concurrency: 2,
	timeoutMS: 10_000,
	ignorePatterns: ['build', 'bench', 'reports', 'test-results', 'playwright-report', '.ci/out'],
	reporters: ['clear-text', 'progress', 'json', 'html'],
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	htmlReporter: { fileName: 'reports/mutation/mutation.html' },
	thresholds: { high: 90, low: 85, break: null },
	cleanTempDir: 'always'
};
