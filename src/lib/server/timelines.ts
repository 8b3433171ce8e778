/**
 * Reads the article folders under `data/` (one folder per timeline) and validates them. Used by the build
 * (the Vite plugin and the prerendered routes) and by `npm run validate`, so all see the same result.
 */
import { readdirSync, readFileSync, existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { formatIssue, issueAt, type ValidationIssue } from '../model/issues.ts';
import { validateTimelineSource, type TimelineSource } from '../model/validate.ts';
import type { Timeline } from '../model/schema.ts';
import { parseJsonText } from '../model/json-text.ts';

/** The folder of timelines: `data/`, or the one SOURCELINE_DATA names; the build, validate and draft all use it. */
export const DATA_DIR = process.env.SOURCELINE_DATA?.trim() || 'data';
export const META_FILE = 'article.meta.json';
export const EVENTS_FILE = 'events.json';
/** The folder name is the timeline id, in URLs and file names: the same slug rule as an event id. */
const TIMELINE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface DataReport {
	timelines: Timeline[];
	issues: ValidationIssue[];
}

/** The file's path as messages write it: relative to the working directory. */
const shown = (file: string) => relative(process.cwd(), file);

/** A file's text, strictly UTF-8 (a byte-order mark is kept, to be reported); or why it cannot be read. */
export function readText(file: string): { content: string } | { problem: string } {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return { problem: code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? (error as Error).message})` };
	}
	try {
		return { content: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
	} catch {
		return { problem: 'is not valid UTF-8: save it as UTF-8' };
	}
}

/** A JSON file of the folder: its value (undefined when it has none) and one issue per problem found reading it. */
function readJson(folder: string, name: string, issues: ValidationIssue[]): { file: string; json: unknown } {
	const file = shown(join(folder, name));
	const read = readText(join(folder, name));
	if ('problem' in read) {
		issues.push({ severity: 'error', file, message: read.problem });
		return { file, json: undefined };
	}
	const { json, problems } = parseJsonText(read.content);
	for (const problem of problems) issues.push(issueAt(file, json, problem.path ?? [], problem.message));
	return { file, json };
}

/** Reads one timeline folder without throwing: what could not be read is undefined in the source and an issue. */
export function readTimelineSource(folder: string, id: string): { source: TimelineSource; issues: ValidationIssue[] } {
	const issues: ValidationIssue[] = [];
	const meta = readJson(folder, META_FILE, issues);
	const events = readJson(folder, EVENTS_FILE, issues);
	// A textFile that is not a string is the schema's to report; without a name there is no text to check against.
	const textFile = (meta.json as { textFile?: unknown } | undefined)?.textFile;
	const name = typeof textFile === 'string' ? textFile : 'article.txt';
	const text: TimelineSource['text'] = { file: shown(join(folder, name)), name, content: undefined };
	if (typeof textFile === 'string') {
		const problem = textFileProblem(folder, textFile);
		const read = problem === null ? readText(join(folder, textFile)) : undefined;
		if (problem !== null) issues.push({ severity: 'error', file: meta.file, field: 'textFile', message: problem });
		else if (read && 'problem' in read) issues.push({ severity: 'error', file: text.file, message: read.problem });
		else if (read) text.content = read.content;
	}
	return { source: { id, meta, events, text }, issues };
}

/**
 * Why `textFile` cannot be the folder's article, or null when it names a regular file inside the folder, reached
 * without leaving it through `..` or a symbolic link: a data folder publishes its article, never other files of
 * the machine that builds it. Nothing is read before this says yes.
 */
export function textFileProblem(folder: string, name: string): string | null {
	const quoted = JSON.stringify(name.slice(0, 200));
	if (name === '' || isAbsolute(name)) return `${quoted} must be a file name inside the folder, such as "article.txt"`;
	let target: string;
	try {
		target = realpathSync(join(folder, name));
	} catch {
		return `${quoted} does not exist in the folder`;
	}
	const inside = relative(realpathSync(folder), target);
	if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return `${quoted} is outside the folder: name a file inside it`;
	if (!statSync(target).isFile()) return `${quoted} is not a file`;
	return null;
}

/** Every timeline folder: each folder of `data/` (hidden ones aside), whether or not it is complete. */
export function timelineFolders(dataDir = DATA_DIR): { id: string; folder: string }[] {
	return readdirSync(dataDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
		.map((entry) => ({ id: entry.name, folder: join(dataDir, entry.name) }))
		.sort((a, b) => a.id.localeCompare(b.id));
}

/** Every folder of `data/` read and validated, every problem of every folder reported; never throws on bad data. */
export function readTimelines(dataDir = DATA_DIR): DataReport {
	const report: DataReport = { timelines: [], issues: [] };
	const exists = existsSync(dataDir);
	const folders = exists ? timelineFolders(dataDir) : [];
	if (folders.length === 0)
		report.issues.push({
			severity: 'error',
			file: shown(dataDir) || '.',
			message: exists ? `holds no timeline folder: add ${shown(join(dataDir, '<timeline-id>'))}/ (see "Adding an article")` : 'does not exist: it is where the timelines are read from (SOURCELINE_DATA)'
		});
	for (const { id, folder } of folders) {
		const issues: ValidationIssue[] = [];
		if (!TIMELINE_ID.test(id))
			issues.push({ severity: 'error', file: shown(folder), message: 'the folder name is the timeline id, so it must be a slug: lower-case letters, digits and single hyphens' });
		if (!existsSync(join(folder, META_FILE)))
			issues.push({ severity: 'error', file: shown(join(folder, META_FILE)), message: 'is missing: every folder of data/ is a timeline, described by its article.meta.json' });
		const read = readTimelineSource(folder, id);
		// The missing meta file is said once, above, not again by the reader.
		issues.push(...read.issues.filter((issue) => !(issue.file === shown(join(folder, META_FILE)) && issue.message === 'does not exist')));
		const result = validateTimelineSource(read.source);
		issues.push(...result.issues);
		report.issues.push(...issues);
		if (result.ok && !issues.some((issue) => issue.severity === 'error')) report.timelines.push(result.timeline);
	}
	return report;
}

/** The validated timelines, or an error that lists every problem, one a line; warnings go to the console. */
export function loadTimelines(dataDir = DATA_DIR): Timeline[] {
	const { timelines, issues } = readTimelines(dataDir);
	const errors = issues.filter((issue) => issue.severity === 'error');
	for (const warning of issues.filter((issue) => issue.severity === 'warning')) console.warn(formatIssue(warning));
	if (errors.length > 0) throw new Error(`The dataset is invalid:\n${errors.map(formatIssue).join('\n')}`);
	return timelines;
}
