/**
 * Files a person gives the studio: an article's text, or an existing dataset to edit — the public JSON, or a data
 * folder's three files. Read strictly (UTF-8, JSON with its line and column on error) and validated exactly as the
 * build validates, so what opens is a dataset the build would accept; anything else is refused with every problem
 * named, file by file. Nothing from a file is ever rendered as HTML: these are plain strings for the page to show.
 */
import { slugFrom } from '../extract/titles.ts';
import { formatIssue, type ValidationIssue } from '../model/issues.ts';
import { validateTimeline, validateTimelineSource } from '../model/validate.ts';
import { parseJsonText } from '../model/json-text.ts';
import { isRecord } from '../model/record.ts';
import { FILE_NAMES } from './work-files.ts';
import { workFrom, workFromTimeline, type Work } from './work.ts';

export interface GivenFile {
	name: string;
	bytes: Uint8Array;
}

export type Opened = { ok: true; work: Work; warnings: string[] } | { ok: false; problems: string[] };

/** A file's text as UTF-8 (a byte-order mark is kept, for the validator to report), or why it is not text. */
export function readText(file: GivenFile): { text: string } | { problem: string } {
	if (file.bytes.length === 0) return { problem: `${file.name} is empty` };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(file.bytes) };
	} catch {
		return { problem: `${file.name} is not UTF-8 text: save it as UTF-8 (plain text), or copy and paste the article instead` };
	}
}

function readJson(file: GivenFile): { json: unknown } | { problems: string[] } {
	const read = readText(file);
	if ('problem' in read) return { problems: [read.problem] };
	const { json, problems } = parseJsonText(read.text);
	if (json === undefined || problems.length > 0) return { problems: problems.map((p) => `${file.name}${p.path ? ` at ${p.path.join('.')}` : ''} ${p.message}`) };
	return { json };
}

const lines = (issues: readonly ValidationIssue[], severity: ValidationIssue['severity']) => issues.filter((i) => i.severity === severity).map(formatIssue);

/** An existing dataset, as one public JSON file or as the three files of a data folder. */
export function openDataset(files: readonly GivenFile[]): Opened {
	if (files.length === 1) return openPublicJson(files[0]!);
	const byName = new Map(files.map((file) => [file.name, file]));
	const meta = byName.get(FILE_NAMES.meta);
	const events = byName.get(FILE_NAMES.events);
	const texts = files.filter((file) => /\.txt$/i.test(file.name));
	if (files.length !== 3 || !meta || !events || texts.length !== 1) {
		return {
			ok: false,
			problems: [
				`Open one dataset: either its public JSON file (one .json file), or the three files of its data folder (${FILE_NAMES.meta}, ${FILE_NAMES.events} and the article’s .txt file). Got ${files.length} file(s): ${files.map((f) => f.name).join(', ')}.`
			]
		};
	}
	return openFolder(meta, events, texts[0]!);
}

function openPublicJson(file: GivenFile): Opened {
	if (!/\.json$/i.test(file.name)) return { ok: false, problems: [`${file.name} is not a dataset: open a timeline’s .json file, or the three files of a data folder. To draft from an article, paste it or drop it on “The article” above.`] };
	const read = readJson(file);
	if ('problems' in read) return { ok: false, problems: read.problems };
	if (isRecord(read.json) && !('format' in read.json) && 'events' in read.json)
		return { ok: false, problems: [`${file.name} looks like a data folder’s ${FILE_NAMES.events}: open it together with ${FILE_NAMES.meta} and the article’s .txt file (select all three).`] };
	const result = validateTimeline(read.json, file.name);
	if (!result.ok) return { ok: false, problems: lines(result.issues, 'error') };
	return { ok: true, work: workFromTimeline(result.timeline), warnings: lines(result.issues, 'warning') };
}

function openFolder(metaFile: GivenFile, eventsFile: GivenFile, textFile: GivenFile): Opened {
	const meta = readJson(metaFile);
	const events = readJson(eventsFile);
	const text = readText(textFile);
	const problems = [...('problems' in meta ? meta.problems : []), ...('problems' in events ? events.problems : []), ...('problem' in text ? [text.problem] : [])];
	if ('problems' in meta || 'problems' in events || 'problem' in text) return { ok: false, problems };
	const metaJson = meta.json as Record<string, unknown>;
	const name = typeof metaJson?.textFile === 'string' ? metaJson.textFile : FILE_NAMES.text;
	if (name !== textFile.name) return { ok: false, problems: [`${FILE_NAMES.meta} names its article “${name.slice(0, 80)}”, but the text file given is ${textFile.name}`] };
	const id = slugFrom(typeof metaJson?.title === 'string' ? metaJson.title : 'timeline');
	const result = validateTimelineSource({
		id,
		meta: { file: metaFile.name, json: meta.json },
		events: { file: eventsFile.name, json: events.json },
		text: { file: textFile.name, name: textFile.name, content: text.text }
	});
	if (!result.ok) return { ok: false, problems: lines(result.issues, 'error') };
	const { text: article, ...articleMeta } = result.timeline.article;
	return { ok: true, work: workFrom(id, articleMeta, article, result.timeline), warnings: lines(result.issues, 'warning') };
}
