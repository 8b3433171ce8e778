#!/usr/bin/env node
// `npm run test:mutation [-- stryker options]`: runs Stryker over the pure modules (stryker.config.mjs), then
// prints the mutation score of each module from reports/mutation/mutation.json and fails when one is under 85 %.
// The run is in America/Los_Angeles: date code that passes in UTC can fail west of it, so mutants do too.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TARGET = 85;
const REPORT = 'reports/mutation/mutation.json';
// Stryker's mutation score: detected (killed or timed out) over all valid mutants, uncovered ones included.
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const run = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, TZ: 'America/Los_Angeles' }
});
if (run.status !== 0) process.exit(run.status ?? 1);

/** src/lib/dates/edtf.ts → src/lib/dates */
const moduleOf = (file) => file.split('/').slice(0, 3).join('/');
const modules = new Map();
for (const [file, { mutants }] of Object.entries(JSON.parse(readFileSync(REPORT, 'utf8')).files)) {
	const counts = modules.get(moduleOf(file)) ?? { detected: 0, survived: 0, uncovered: 0 };
	for (const { status } of mutants) {
		if (DETECTED.has(status)) counts.detected++;
		else if (status === 'Survived') counts.survived++;
		else if (UNDETECTED.has(status)) counts.uncovered++;
	}
	modules.set(moduleOf(file), counts);
}

let below = 0;
console.log(`\n${'module'.padEnd(22)}${'score'.padStart(8)}${'detected'.padStart(10)}${'survived'.padStart(10)}${'no cov'.padStart(8)}`);
for (const [name, { detected, survived, uncovered }] of [...modules].sort()) {
	const score = (100 * detected) / (detected + survived + uncovered);
	if (score < TARGET) below++;
	console.log(`${name.padEnd(22)}${`${score.toFixed(2)} %`.padStart(8)}${String(detected).padStart(10)}${String(survived).padStart(10)}${String(uncovered).padStart(8)}`);
}
console.log(below === 0 ? `every module at ${TARGET} % or more` : `${below} module(s) under ${TARGET} %`);
process.exit(below === 0 ? 0 : 1);
