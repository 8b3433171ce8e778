/**
 * `npm run validate [-- --fix]`: validates every timeline under data/ and prints each problem with its file,
 * event and field. With --fix it first anchors passages: it fills in the positions and context of passages
 * written as a bare quote ({ "exact": "…" }) and saves re-anchored positions of passages whose text moved.
 * It never changes anything else, and exits non-zero while any error remains.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorPassage, selectQuote } from '../src/lib/anchoring/anchor.ts';
import { formatIssue } from '../src/lib/model/validate.ts';
import { readTimelines, readTimelineSource, timelineFolders } from '../src/lib/server/timelines.ts';

type RawPassage = { start?: number; end?: number; exact?: unknown; prefix?: string; suffix?: string };

function fixPassages(folder: string, id: string): number {
	const source = readTimelineSource(folder, id);
	const text = source.text.content;
	const data = source.events.json as { events?: { id: string; passages?: RawPassage[] }[]; undatable?: { id: string; passages?: RawPassage[] }[] };
	let changed = 0;
	for (const entry of [...(data.events ?? []), ...(data.undatable ?? [])]) {
		entry.passages = entry.passages?.map((passage) => {
			if (typeof passage.exact !== 'string' || passage.exact === '') return passage;
			if (passage.start === undefined || passage.end === undefined) {
				const occurrences = text.split(passage.exact).length - 1;
				if (occurrences !== 1) {
					// Picking one of several would be a guess: leave it for the author (validation reports it).
					console.log(`${source.events.file}: event "${entry.id}": quote "${passage.exact.slice(0, 50)}" occurs ${occurrences} times; lengthen it`);
					return passage;
				}
				changed++;
				console.log(`${source.events.file}: event "${entry.id}": anchored "${passage.exact.slice(0, 50)}"`);
				return selectQuote(text, passage.exact);
			}
			const result = anchorPassage(text, passage as Required<RawPassage> & { exact: string });
			if (result.status !== 'moved') return passage;
			changed++;
			console.log(`${source.events.file}: event "${entry.id}": moved ${passage.start}–${passage.end} to ${result.start}–${result.end}`);
			return { ...passage, start: result.start, end: result.end };
		});
	}
	if (changed > 0) writeFileSync(join(folder, 'events.json'), JSON.stringify(data, null, 2) + '\n');
	return changed;
}

const fix = process.argv.includes('--fix');
if (fix) for (const { id, folder } of timelineFolders()) fixPassages(folder, id);

const { timelines, issues } = readTimelines();
for (const issue of issues) console.log(formatIssue(issue));
const errors = issues.filter((issue) => issue.severity === 'error').length;
const events = timelines.reduce((sum, timeline) => sum + timeline.events.length, 0);
console.log(
	errors > 0
		? `✗ ${errors} error(s) in the dataset`
		: `✓ ${timelines.length} timeline(s), ${events} events valid` + (issues.length ? ` (${issues.length} warning(s))` : '')
);
process.exitCode = errors > 0 ? 1 : 0;
