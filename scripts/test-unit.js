#!/usr/bin/env node
// Runs the unit tests once per time zone: a calendar date must print and bound the same everywhere, and
// date code that passes in UTC can fail on either side of it. Under CI each run also writes a JSON report.
import { spawnSync } from 'node:child_process';

const TIME_ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const extra = process.argv.slice(2);

for (const tz of TIME_ZONES) {
	console.log(`\nUnit tests with TZ=${tz}`);
	const report = process.env.CI ? ['--reporter=default', '--reporter=json', `--outputFile.json=.ci/out/unit-${tz.replace('/', '-')}.json`] : [];
	const { status } = spawnSync('npx', ['vitest', 'run', ...report, ...extra], { stdio: 'inherit', env: { ...process.env, TZ: tz } });
	if (status !== 0) process.exit(status ?? 1);
}
