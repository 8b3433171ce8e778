/**
 * `npm run validate [-- --fix]`: validates every folder under data/ and prints every problem of every folder,
 * one line each (`error: <file>, event "<id>", field "<path>": <what is wrong>`), then a summary; exits non-zero
 * while any error remains. With --fix it first anchors passages (src/lib/server/fix-passages.ts): it fills in
 * the positions and context of passages written as a bare quote and saves re-anchored positions, editing
 * nothing else.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatIssue } from '../src/lib/model/issues.ts';
import { fixPassages } from '../src/lib/server/fix-passages.ts';
import { DATA_DIR, EVENTS_FILE, readText, readTimelines, textFileProblem, timelineFolders } from '../src/lib/server/timelines.ts';

/** Anchors the passages of one folder; a file that cannot be read is left for validation to report. */
function fixFolder(folder: string): void {
	const eventsFile = join(folder, EVENTS_FILE);
	const events = readText(eventsFile);
	const meta = readText(join(folder, 'article.meta.json'));
	if ('problem' in events || 'problem' in meta) return;
	let textFile: unknown;
	try {
		textFile = (JSON.parse(meta.content.replace(/^\ufeff/, '')) as { textFile?: unknown }).textFile;
	} catch {
		return;
	}
	if (typeof textFile !== 'string' || textFileProblem(folder, textFile) !== null) return;
	const article = readText(join(folder, textFile));
	if ('problem' in article) return;
	const { text, fixes } = fixPassages(events.content, article.content, textFile);
	const shown = relative(process.cwd(), eventsFile);
	for (const fix of fixes) console.log(`${fix.fixed ? 'fixed' : 'not fixed'}: ${shown}, event "${fix.event}", field "${fix.field}": ${fix.message}`);
	if (text !== events.content) writeFileSync(eventsFile, text);
}

function main(): number {
	if (process.argv.includes('--fix')) for (const { folder } of timelineFolders(DATA_DIR)) fixFolder(folder);
	const { timelines, issues } = readTimelines();
	for (const issue of issues) console.log(formatIssue(issue));
	const errors = issues.filter((issue) => issue.severity === 'error').length;
	const events = timelines.reduce((sum, timeline) => sum + timeline.events.length, 0);
	console.log(
		errors > 0
			? `✗ ${errors} error(s) in the dataset`
			: `✓ ${timelines.length} timeline(s), ${events} events valid` + (issues.length ? ` (${issues.length} warning(s))` : '')
	);
	return errors > 0 ? 1 : 0;
}

try {
	process.exitCode = main();
} catch (error) {
	// Every problem in the data is an issue above; this is a fault of the validator itself, said in one line.
	console.log(`error: the validator failed: ${(error as Error).message}`);
	process.exitCode = 2;
}
