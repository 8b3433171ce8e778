// Sums the JSON reports that `npm test` writes under CI (vitest per time zone, Playwright) and prints the
// closing line CI reads. A failing step that ran no test (install, type check, validation) counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const dir = '.ci/out';
const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
for (const name of existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')) : []) {
	const report = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
	if (name.startsWith('unit-')) {
		passed += report.numPassedTests;
		failed += report.numFailedTests;
	} else {
		passed += report.stats.expected + report.stats.flaky;
		failed += report.stats.unexpected;
	}
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
