import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { draftTimeline } from '../extract/draft.ts';
import { readTimelines } from '../server/timelines.ts';
import { editFields, setDate, setReview } from './edits.ts';
import { checkWork, jsonFile, workFiles, FILE_NAMES } from './work-files.ts';
import { workFrom, workFromTimeline, type Work } from './work.ts';

const TEXT = 'The council met on 4 March 2024. Work starts in spring 2025. So far nothing has been built.\n';
const META = { title: 'The harbour plan', author: 'A. Writer', publisher: 'The Harbour Post', url: 'https://example.org/harbour', published: '2024-06-01', language: 'en', textFile: 'article.txt' };
const work = (): Work => workFrom('harbour', META, TEXT, draftTimeline(TEXT, META.published));
const apply = (w: Work, edit: (w: Work) => { ok: boolean; work?: Work }) => edit(w).work!;

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Writes the three files into `data/<id>/` of a fresh directory, as a person would after downloading them. */
function dataFolder(w: Work): string {
	const dataDir = mkdtempSync(join(tmpdir(), 'sourceline-studio-'));
	folders.push(dataDir);
	const files = workFiles(w);
	mkdirSync(join(dataDir, w.id));
	writeFileSync(join(dataDir, w.id, FILE_NAMES.meta), jsonFile(files.meta));
	writeFileSync(join(dataDir, w.id, FILE_NAMES.events), jsonFile(files.events));
	writeFileSync(join(dataDir, w.id, FILE_NAMES.text), files.text);
	return dataDir;
}

describe('the files of a work', () => {
	it('are the draft: pending items marked draft, and the build reads them as the studio’s check does', () => {
		const w = work();
		const files = workFiles(w);
		const draft = draftTimeline(TEXT, META.published);
		expect(files.events.events.map((e) => e.draft)).toStrictEqual(draft.events.map(() => true));
		expect(files.events.undatable).toHaveLength(draft.undatable.length);
		const check = checkWork(w);
		expect(check.ok).toBe(true);
		// The build, from files on disk, makes the same public dataset.
		const report = readTimelines(dataFolder(w));
		expect(report.issues.filter((i) => i.severity === 'error')).toStrictEqual([]);
		expect(check.ok && check.timeline).toStrictEqual(report.timelines[0]);
	});

	it('leave rejected items out, write accepted ones without the draft mark, and only the actors in use', () => {
		const w0 = work();
		const [first, second] = w0.items;
		const w = apply(apply(w0, setReview(first!.key, 'accepted')), setReview(second!.key, 'rejected'));
		const files = workFiles(w);
		const ids = [...files.events.events, ...files.events.undatable].map((e) => e.id);
		expect(ids).toContain(first!.fields.id);
		expect(ids).not.toContain(second!.fields.id);
		expect(files.events.events.find((e) => e.id === first!.fields.id)).not.toHaveProperty('draft');
		const used = new Set([...files.events.events, ...files.events.undatable].flatMap((e) => e.actors));
		expect(new Set(Object.keys(files.events.actors))).toStrictEqual(used);
	});

	it('link every problem with an item to that item, as the build reports it', () => {
		const w0 = work();
		const [first, second] = w0.items;
		const w = apply(apply(w0, setDate(first!.key, { date: '2024-02-30', qualifier: null, stated: false })), editFields(second!.key, { title: '' }));
		const check = checkWork(w);
		expect(check.ok).toBe(false);
		const errors = check.problems.filter((p) => p.issue.severity === 'error');
		expect(errors.map((p) => [p.item, p.issue.field])).toStrictEqual([
			[second!.key, 'title'],
			[first!.key, 'date']
		]);
		expect(errors[0]!.line).toBe(`error: events.json, event "${second!.fields.id}", field "title": must not be empty`);
		// The same problems as `npm run validate` finds in those files on disk.
		const report = readTimelines(dataFolder(w));
		const fileName = (issue: { file: string }) => ({ ...issue, file: basename(issue.file) });
		expect(errors.map((p) => fileName(p.issue))).toStrictEqual(report.issues.filter((i) => i.severity === 'error').map(fileName));
	});

	it.each(['My Timeline', '', 'a--b'])('refuse a timeline id that cannot name a folder: %j', (id) => {
		const check = checkWork({ ...work(), id });
		expect(check.ok).toBe(false);
		expect(check.problems[0]).toMatchObject({ issue: { severity: 'error', field: 'id' } });
	});

	it('round-trip: a work opened from the public dataset writes the same dataset', () => {
		const check = checkWork(work());
		if (!check.ok) throw new Error('the draft does not validate');
		const again = checkWork(workFromTimeline(check.timeline));
		expect(again.ok && again.timeline).toStrictEqual(check.timeline);
	});
});
