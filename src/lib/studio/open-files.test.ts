import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTimelines } from '../server/timelines.ts';
import { openDataset, readText, type GivenFile } from './open-files.ts';
import { checkWork } from './work-files.ts';

const FOLDER = 'data/xi-visit-russia-2023';
const real = (name: string): GivenFile => ({ name, bytes: new Uint8Array(readFileSync(`${FOLDER}/${name}`)) });
const given = (name: string, text: string): GivenFile => ({ name, bytes: new TextEncoder().encode(text) });
const [BUILT] = readTimelines().timelines;

describe('opening an existing dataset', () => {
	it('opens the public JSON the site publishes, and writes it back the same', () => {
		const opened = openDataset([given('xi-visit-russia-2023.json', JSON.stringify(BUILT))]);
		expect(opened.ok).toBe(true);
		if (!opened.ok) return;
		expect(opened.work.items.filter((i) => i.kind === 'event')).toHaveLength(BUILT!.events.length);
		expect(new Set(opened.work.items.map((i) => i.review))).toStrictEqual(new Set(['accepted']));
		const check = checkWork(opened.work);
		expect(check.ok && check.timeline).toStrictEqual(BUILT);
	});

	it('opens a data folder’s three files, in any order', () => {
		const opened = openDataset([real('events.json'), real('article.txt'), real('article.meta.json')]);
		expect(opened.ok).toBe(true);
		if (!opened.ok) return;
		expect(opened.work.text).toBe(BUILT!.article.text);
		expect(opened.work.items.map((i) => i.fields.id)).toStrictEqual([...BUILT!.events, ...BUILT!.undatable].map((e) => e.id));
	});

	it.each<[string, GivenFile[], RegExp[]]>([
		['a file that is not JSON', [given('timeline.json', '<!doctype html><title>Not found</title>')], [/^timeline\.json is not valid JSON: an unexpected character at line 1, column 1$/]],
		['JSON with a trailing comma', [given('timeline.json', '{\n  "format": "sourceline-timeline",\n}')], [/^timeline\.json is not valid JSON: a field name in double quotes was expected \(a trailing comma\?\) at line 3, column 1$/]],
		['an empty file', [given('timeline.json', '')], [/^timeline\.json is empty$/]],
		['bytes that are not UTF-8', [{ name: 'timeline.json', bytes: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }], [/^timeline\.json is not UTF-8 text/]],
		['an article’s text', [given('article.txt', 'Some words.')], [/^article\.txt is not a dataset/]],
		['events.json alone', [real('events.json')], [/looks like a data folder’s events\.json: open it together with article\.meta\.json/]],
		['two files of a folder', [real('events.json'), real('article.txt')], [/^Open one dataset: .* Got 2 file\(s\): events\.json, article\.txt\.$/]],
		['a dataset that does not validate', [given('timeline.json', JSON.stringify({ ...BUILT, events: [{ ...BUILT!.events[0], date: '2022-02-30' }] }))], [/^error: timeline\.json, event "[a-z0-9-]+", field "date": "2022-02-30" is not a valid EDTF date: day 30 is out of range/]],
		['a folder whose text is not the article', [real('events.json'), given('article.txt', 'Another text altogether.'), real('article.meta.json')], [/^error: events\.json, event "[a-z0-9-]+", field "passages\.0": quote ".+" not found in article\.txt$/]],
		['a folder whose meta names another text file', [real('events.json'), given('story.txt', 'x'), real('article.meta.json')], [/^article\.meta\.json names its article “article\.txt”, but the text file given is story\.txt$/]]
	])('refuses %s, saying why', (_, files, problems) => {
		const opened = openDataset(files);
		expect(opened.ok).toBe(false);
		if (opened.ok) return;
		for (const problem of problems) expect(opened.problems.some((p) => problem.test(p)), `${problem} in ${JSON.stringify(opened.problems)}`).toBe(true);
	});
});

describe('an article’s text file', () => {
	it('is read byte for byte, a byte-order mark and CRLF kept', () => {
		expect(readText(given('a.txt', '\ufeffOne\r\nTwo 👩‍🍳'))).toStrictEqual({ text: '\ufeffOne\r\nTwo 👩‍🍳' });
	});
});
