/**
 * Step one of `npm run bench`: the app's locked dependencies (installed when missing or older than its lockfile;
 * the generator and the server use them) and a fresh `npm run build`, so the benchmark measures what the app ships
 * now. A separate process from run.ts, which imports the app's modules and so needs them installed first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const app = resolve(import.meta.dirname, '../..');

function npm(...args: string[]) {
	console.log(`\n$ npm ${args.join(' ')}   (in ${app})`);
	const { status } = spawnSync('npm', args, { cwd: app, stdio: 'inherit' });
	if (status !== 0) process.exit(status ?? 1);
}

// npm ci writes node_modules/.package-lock.json; older than package-lock.json means the install is stale.
const installed = join(app, 'node_modules/.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(app, 'package-lock.json')).mtimeMs) npm('ci', '--no-audit', '--no-fund');
npm('run', 'build');
