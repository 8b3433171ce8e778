/**
 * Reads the article folders under `data/` (one folder per timeline) and validates them. Used by the build
 * (the Vite plugin and the prerendered routes) and by `npm run validate`, so all see the same result.
 */
import { readdirSync, readFileSync, existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { formatIssue, validateTimelineSource, type TimelineSource, type ValidationIssue } from '../model/validate.ts';
import type { Timeline } from '../model/schema.ts';

export const DATA_DIR = 'data';
const META_FILE = 'article.meta.json';
const EVENTS_FILE = 'events.json';

export interface DataReport {
	timelines: Timeline[];
	issues: ValidationIssue[];
}

export function readTimelineSource(folder: string, id: string): TimelineSource {
	const read = (name: string) => {
		const file = join(folder, name);
		return { file: relative(process.cwd(), file), content: readFileSync(file, 'utf8') };
	};
	const json = (name: string) => {
		const { file, content } = read(name);
		try {
			return { file, json: JSON.parse(content) as unknown };
		} catch (error) {
			throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
		}
	};
	const meta = json(META_FILE);
	const textFile = (meta.json as { textFile?: unknown }).textFile;
	const name = typeof textFile === 'string' ? textFile : 'article.txt';
	return {
		id,
		meta,
		events: json(EVENTS_FILE),
		text: read(textFileInside(folder, name, relative(process.cwd(), join(folder, META_FILE))))
	};
}

/**
 * `textFile` as a path relative to `folder`, once it is known to name a regular file inside the folder, reached
 * without leaving it through `..` or a symbolic link: a data folder publishes its article, never other files of
 * the machine that builds it.
 */
export function textFileInside(folder: string, name: string, metaFile: string): string {
	const fail = (problem: string) => {
		throw new Error(`${metaFile}, field "textFile": ${JSON.stringify(name)} ${problem}`);
	};
	if (name === '' || isAbsolute(name)) fail('must be a file name inside the folder, such as "article.txt"');
	let target = '';
	try {
		target = realpathSync(join(folder, name));
	} catch {
		fail('does not exist in the folder');
	}
	const inside = relative(realpathSync(folder), target);
	if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) fail('is outside the folder: name a file inside it');
	if (!statSync(target).isFile()) fail('is not a file');
	return name;
}

/** Every timeline folder: a directory of `data/` that holds an `article.meta.json`. */
export function timelineFolders(dataDir = DATA_DIR): { id: string; folder: string }[] {
	return readdirSync(dataDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(dataDir, entry.name, META_FILE)))
		.map((entry) => ({ id: entry.name, folder: join(dataDir, entry.name) }))
		.sort((a, b) => a.id.localeCompare(b.id));
}

export function readTimelines(dataDir = DATA_DIR): DataReport {
	const report: DataReport = { timelines: [], issues: [] };
	for (const { id, folder } of timelineFolders(dataDir)) {
		const result = validateTimelineSource(readTimelineSource(folder, id));
		report.issues.push(...result.issues);
		if (result.ok) report.timelines.push(result.timeline);
	}
	return report;
}

/** The validated timelines, or an error that lists every problem; warnings go to the console. */
export function loadTimelines(dataDir = DATA_DIR): Timeline[] {
	const { timelines, issues } = readTimelines(dataDir);
	const errors = issues.filter((issue) => issue.severity === 'error');
	for (const warning of issues.filter((issue) => issue.severity === 'warning')) console.warn(formatIssue(warning));
	if (errors.length > 0) throw new Error(`The dataset is invalid:\n${errors.map(formatIssue).join('\n')}`);
	return timelines;
}
