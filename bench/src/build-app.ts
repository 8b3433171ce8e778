/**
 * Step one of `npm run bench`: the app's locked dependencies (installed when missing or older than its lockfile;
 * the generator and the server use them) and a fresh `npm run build`, so the benchmark measures what the app ships
 * now (with the list of modules in each chunk, for the bundle report: src/bundle.ts). A separate process from
 * run.ts, which imports the app's modules and so needs them installed first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const app = resolve(import.meta.dirname, '../..');

function npm(args: string[], env: NodeJS.ProcessEnv = process.env) {
	console.log(`\n$ npm ${args.join(' ')}   (in ${app})`);
	const { status } = spawnSync('npm', args, { cwd: app, stdio: 'inherit', env });
	if (status !== 0) process.exit(status ?? 1);
}

// npm ci writes node_modules/.package-lock.json; older than package-lock.json means the install is stale.
const installed = join(app, 'node_modules/.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(app, 'package-lock.json')).mtimeMs) npm(['ci', '--no-audit', '--no-fund']);
// The build also lists the modules in each chunk, for the bundle report (src/bundle.ts); its output is the same.
mkdirSync(join(import.meta.dirname, '../.out'), { recursive: true });
npm(['run', 'build'], { ...process.env, SOURCELINE_BUNDLE_MODULES: join(import.meta.dirname, '../.out/bundle-modules.json') });
