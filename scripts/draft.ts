/**
 * `npm run draft -- <article.txt> --published YYYY-MM-DD [--title T] [--id ID] [--out data/ID]`
 *   [--author A] [--publisher P] [--url U] [--force]
 * writes a data folder with the article (a byte-for-byte copy), its metadata and a draft events.json that
 * validates; with `--expressions` it prints instead the JSON array of every time expression found. Any error is
 * one line on stderr and exit status 1; `--help` prints the usage.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { dayFromIso } from '../src/lib/dates/calendar-day.ts';
import { draftTimeline } from '../src/lib/extract/draft.ts';
import { analyseText, expressionRecords } from '../src/lib/extract/expressions.ts';
import { slugFrom } from '../src/lib/extract/titles.ts';
import { formatIssue } from '../src/lib/model/issues.ts';
import { validateTimelineSource } from '../src/lib/model/validate.ts';
import { DATA_DIR } from '../src/lib/server/timelines.ts';

const USAGE = 'usage: npm run draft -- <article.txt> --published YYYY-MM-DD [--title T] [--id ID] [--out data/ID] [--author A] [--publisher P] [--url U] [--force] [--expressions]';
const VALUE_OPTIONS = ['published', 'title', 'id', 'out', 'author', 'publisher', 'url'] as const;
const FLAGS = ['expressions', 'force'] as const;
/** Placeholders for what the text cannot tell; the command names them so they are filled in. */
const UNKNOWN = { author: 'Unknown author', publisher: 'Unknown publisher', url: 'https://example.org/' };

function parseArguments(argv: readonly string[]) {
	const values: Partial<Record<(typeof VALUE_OPTIONS)[number], string>> = {};
	const flags = new Set<string>();
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (!arg.startsWith('--')) files.push(arg);
		else if ((FLAGS as readonly string[]).includes(arg.slice(2))) flags.add(arg.slice(2));
		else if ((VALUE_OPTIONS as readonly string[]).includes(arg.slice(2))) {
			const value = argv[++i];
			if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
			values[arg.slice(2) as (typeof VALUE_OPTIONS)[number]] = value;
		} else throw new Error(`unknown option ${arg}`);
	}
	if (files.length !== 1) throw new Error(files.length === 0 ? 'name the article’s text file' : `one article at a time, got ${files.length} files`);
	if (values.published === undefined) throw new Error('--published YYYY-MM-DD is required: relative dates count from it');
	try {
		dayFromIso(values.published);
	} catch {
		throw new Error(`--published must be a calendar date written YYYY-MM-DD, got "${values.published}"`);
	}
	return { file: files[0]!, published: values.published, values, flags };
}

function readArticle(file: string): string {
	if (!existsSync(file)) throw new Error(`${file}: no such file`);
	if (!statSync(file).isFile()) throw new Error(`${file}: not a file`);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
	} catch {
		throw new Error(`${file}: not UTF-8 text`);
	}
}

function main(argv: readonly string[]): void {
	const { file, published, values, flags } = parseArguments(argv);
	const text = readArticle(file);
	if (flags.has('expressions')) {
		console.log(JSON.stringify(expressionRecords(analyseText(text, published).expressions), null, 2));
		return;
	}
	const id = values.id ?? slugFrom(basename(file).replace(/\.[^.]*$/, '').replace(/[-_]+/g, ' '));
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || id.length > 80) throw new Error(`--id must be a slug (lower-case letters, digits, single hyphens), got "${id}"`);
	const out = values.out ?? join(DATA_DIR, id);
	if (existsSync(out) && (!statSync(out).isDirectory() || (readdirSync(out).length > 0 && !flags.has('force'))))
		throw new Error(`${out} already exists: choose another --id or --out, or pass --force to replace its three files`);

	const firstLine = text.split('\n').map((line) => line.trim()).find((line) => line !== '');
	const meta = {
		title: values.title ?? (firstLine && firstLine.length <= 200 ? firstLine : id),
		author: values.author ?? UNKNOWN.author,
		publisher: values.publisher ?? UNKNOWN.publisher,
		url: values.url ?? UNKNOWN.url,
		published,
		language: 'en',
		textFile: 'article.txt'
	};
	const events = draftTimeline(text, published);
	const check = validateTimelineSource({
		id,
		meta: { file: join(out, 'article.meta.json'), json: meta },
		events: { file: join(out, 'events.json'), json: events },
		text: { file: join(out, 'article.txt'), name: 'article.txt', content: text }
	});
	const errors = check.issues.filter((issue) => issue.severity === 'error');
	if (errors.length > 0) throw new Error(`the draft does not validate, which is a bug in the extractor: ${formatIssue(errors[0]!)}`);

	mkdirSync(out, { recursive: true });
	copyFileSync(file, join(out, 'article.txt'));
	writeFileSync(join(out, 'article.meta.json'), JSON.stringify(meta, null, 2) + '\n');
	writeFileSync(join(out, 'events.json'), JSON.stringify(events, null, 2) + '\n');

	console.log(`wrote ${out.replace(/\/$/, '')}/: article.txt, article.meta.json, events.json`);
	console.log(`${events.events.length} draft event(s) and ${events.undatable.length} undatable reference(s), each marked "draft": true until you accept it`);
	const placeholders = (['author', 'publisher', 'url'] as const).filter((key) => values[key] === undefined);
	if (placeholders.length > 0) console.log(`fill in article.meta.json's ${placeholders.join(', ')} (placeholders now, or pass --${placeholders[0]})`);
	console.log('next: review events.json, then npm run validate and npm run build');
}

const argv = process.argv.slice(2);
if (argv.includes('--help')) console.log(USAGE);
else
	try {
		if (argv.length === 0) throw new Error(USAGE);
		main(argv);
	} catch (error) {
		console.error(`draft: ${(error as Error).message}`);
		process.exitCode = 1;
	}
