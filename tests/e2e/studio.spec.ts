import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { timelineToCsv } from '../../src/lib/export/csv.ts';
import { validateTimeline } from '../../src/lib/model/validate.ts';
import { SITE, expect, test } from './helpers.ts';
import { axeViolations, downloaded, draft, fillStart, fixtureArticle, items, openStudio, option, selectWords } from './studio-helpers.ts';

/**
 * The studio on the built site, as a person uses it: a fixture article pasted, drafted, reviewed (accept, edit,
 * merge, reject, a date's precision changed, an event made from a selection), the page reloaded, the dataset
 * downloaded, checked with the build's validator and drawn by the embed from a second origin.
 */
const ARTICLE = fixtureArticle('night-train', 'night-train');
const NEW_TITLE = 'The Hamburg–Vienna night train runs again';
const SELECTED = 'again four months later, when new carriages failed their safety checks';

/** A second origin serving JSON with CORS, as a newsroom's data server would. */
let host: Server;
let hostOrigin: string;
const hosted: Record<string, Buffer> = {};
test.beforeAll(async () => {
	host = createServer((req, res) => {
		const body = hosted[req.url ?? ''];
		res.writeHead(body ? 200 : 404, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
		res.end(body ?? 'not found');
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** The item editor's fields for the selected item. */
const editor = (page: Page) => page.locator('.item-editor');
const dateEditor = (page: Page) => editor(page).locator('fieldset.date-editor').first();

/** Checks a downloaded public dataset with the build's validator, serves it from the second origin and opens it in the embed. */
async function checkInEmbed(page: Page, json: Buffer, events: number) {
	const result = validateTimeline(JSON.parse(json.toString('utf8')), 'downloaded.json');
	expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
	expect(result.ok).toBe(true);
	hosted[`/${ARTICLE.id}.json`] = json;
	await page.goto(`${SITE}/embed/xi-visit-russia-2023?data=${encodeURIComponent(`${hostOrigin}/${ARTICLE.id}.json`)}`);
	await expect(page.locator('.controls p.count')).toHaveText(`${events} of ${events} events`);
	await expect(page.locator('.timeline-svg .event-mark').first()).toBeVisible();
	return result.ok ? result.timeline : undefined;
}

test.describe('the studio, with a mouse', () => {
	test.skip(({ isMobile }) => isMobile, 'the phone has its own test');

	test('paste, draft, accept, edit, merge, reject, re-date, add from a selection, reload, download, validate, embed', async ({ page }) => {
		// A whole session of some thirty steps, with five axe scans: more than one interaction's default time.
		test.setTimeout(120_000);
		await openStudio(page);
		expect(await axeViolations(page), 'the start page').toEqual([]);
		await fillStart(page, ARTICLE);
		await draft(page);
		const drafted = await items(page).count();
		expect(drafted).toBeGreaterThan(8);
		expect(await axeViolations(page), 'review').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(page), 'review, dark').toEqual([]);
		await page.emulateMedia({ colorScheme: 'light' });

		// Accept one as it is.
		await option(page, 'The route was cut').click();
		await editor(page).getByRole('button', { name: /^Accept/ }).click();
		await expect(option(page, 'The route was cut')).toHaveAttribute('class', /accepted/);

		// Edit a title (the field's change is one step), then accept.
		await option(page, 'will run again, five years after').click();
		await page.locator('#editor-title').fill(NEW_TITLE);
		await page.locator('#editor-title').press('Tab');
		await expect(option(page, NEW_TITLE)).toBeVisible();
		await editor(page).getByRole('button', { name: /^Accept/ }).click();

		// Merge "the summer" into "April": one timetable, announced for April.
		await option(page, /April 2025/).click();
		const into = await page.locator('#editor-title').inputValue();
		const summer = option(page, /summer 2025/);
		const summerTitle = (await summer.locator('.title').textContent())!;
		await editor(page).getByLabel('Merge another item into this one').selectOption({ label: summerTitle });
		await editor(page).getByRole('button', { name: 'Merge', exact: true }).click();
		await expect(items(page)).toHaveCount(drafted - 1);
		await expect(page.locator('#editor-title')).toHaveValue(into);

		// Reject one.
		await option(page, 'Passenger numbers').click();
		await editor(page).getByRole('button', { name: /^Reject/ }).click();
		await expect(option(page, 'Passenger numbers')).toHaveAttribute('class', /rejected/);

		// Change a date's precision: the day "on Monday" becomes its month.
		await option(page, 'Tickets went on sale').click();
		await expect(dateEditor(page).getByLabel('Precision', { exact: true })).toHaveValue('day');
		await dateEditor(page).getByLabel('Precision', { exact: true }).selectOption('month');
		await expect(dateEditor(page).locator('.sentence')).toHaveText('Sometime in January 2025.');
		expect(await axeViolations(page, '.item-editor'), 'the date editor').toEqual([]);
		await dateEditor(page).getByRole('button', { name: 'Apply this date' }).click();
		await expect(option(page, 'Tickets went on sale')).toContainText('January 2025');

		// Make an event from words selected in the article: its date is read from the time words in them.
		await selectWords(page, SELECTED);
		await page.getByRole('button', { name: 'Make an event from these words' }).click();
		await expect(page.locator('#editor-title')).toHaveValue(SELECTED);
		await expect(option(page, SELECTED)).toContainText('July 2023');
		// Placed approximately; the words' own reading stays what they say.
		await editor(page).getByLabel(/say exactly this date/).uncheck();
		await dateEditor(page).getByLabel('approximate').check();
		await expect(dateEditor(page).locator('.sentence')).toHaveText('Sometime in July 2023, approximately.');
		await dateEditor(page).getByRole('button', { name: 'Apply this date' }).click();
		await expect(option(page, SELECTED)).toContainText('c. July 2023');

		// Undo and redo the date: the list follows.
		await page.getByRole('button', { name: 'Undo', exact: true }).click();
		await expect(option(page, SELECTED)).not.toContainText('c. July 2023');
		await page.getByRole('button', { name: 'Redo', exact: true }).click();
		await expect(option(page, SELECTED)).toContainText('c. July 2023');

		// Everything is still there after a reload.
		await expect(page.locator('.save')).toHaveText('Saved in this browser');
		await page.reload();
		await expect(page.locator('.workspace')).toBeVisible();
		await expect(option(page, NEW_TITLE)).toHaveAttribute('class', /accepted/);
		await expect(option(page, 'The route was cut')).toHaveAttribute('class', /accepted/);
		await expect(option(page, 'Passenger numbers')).toHaveAttribute('class', /rejected/);
		await expect(option(page, 'Tickets went on sale')).toContainText('January 2025');
		await expect(option(page, SELECTED)).toContainText('c. July 2023');
		await expect(items(page)).toHaveCount(drafted);

		// The check passes (drafts are a warning), and the downloads are the dataset.
		await expect(page.locator('.problems-panel .summary')).toContainText('The dataset is valid');
		const zip = await downloaded(page, () => page.getByRole('button', { name: `All three as ${ARTICLE.id}.zip` }).click());
		expect(zip.name).toBe(`${ARTICLE.id}.zip`);
		const unzipped = unzip(zip.bytes);
		expect(Object.keys(unzipped)).toEqual([`${ARTICLE.id}/article.meta.json`, `${ARTICLE.id}/events.json`, `${ARTICLE.id}/article.txt`]);
		expect(unzipped[`${ARTICLE.id}/article.txt`]).toBe(ARTICLE.text);
		const events = await downloaded(page, () => page.getByRole('button', { name: 'events.json', exact: true }).click());
		expect(events.bytes.toString('utf8')).toBe(unzipped[`${ARTICLE.id}/events.json`]);

		const json = await downloaded(page, () => page.getByRole('button', { name: `Download ${ARTICLE.id}.json` }).click());
		// The embed code for the file once hosted names it as the embed's data=.
		const hostedUrl = `${hostOrigin}/${ARTICLE.id}.json`;
		await page.getByLabel(`Where ${ARTICLE.id}.json will be hosted`).fill(hostedUrl);
		await expect(page.getByLabel('Paste this where the timeline should appear')).toHaveValue(new RegExp(`data-data="${hostedUrl.replace(/[.?]/g, '\\$&')}"`));
		const frameUrl = await page.getByRole('link', { name: 'Open the embed as it will show' }).getAttribute('href');
		expect(new URL(frameUrl!).searchParams.get('data')).toBe(hostedUrl);
		const eventsAfter = drafted - 1 /* merged */ - 1 /* rejected */ + 1 /* made from the selection */;
		const timeline = await checkInEmbed(page, json.bytes, eventsAfter);
		const titles = timeline!.events.map((e) => e.title);
		expect(titles).toContain(NEW_TITLE);
		expect(titles).toContain(SELECTED);
		expect(titles.some((t) => t.startsWith('Passenger numbers'))).toBe(false);
		expect(timeline!.events.find((e) => e.title.startsWith('Tickets went on sale'))!.date).toBe('2025-01');
		const made = timeline!.events.find((e) => e.title === SELECTED)!;
		expect(made).toMatchObject({ date: '2023-07~', stated: { text: 'four months later', date: '2023-07' }, passages: [{ exact: SELECTED }] });
		expect(ARTICLE.text.slice(made.passages[0]!.start, made.passages[0]!.end)).toBe(SELECTED);
		// The embed draws the edited title (on a mark, or in the name of a group of marks).
		await expect(page.locator(`.timeline-svg [aria-label*="${NEW_TITLE}"]`).first()).toBeAttached();
	});

	test('a download made the moment after an edit has the edit (JSON and CSV); one after an edit that leaves an error is refused, saying why', async ({ page }) => {
		await openStudio(page);
		await fillStart(page, ARTICLE);
		await draft(page);
		await expect(page.locator('.problems-panel .summary')).toContainText('The dataset is valid');
		const title = page.locator('#editor-title');

		// The edit is made by leaving the field for the button: the download must not be the check made before it.
		await title.fill('Edited, then downloaded at once');
		const json = await downloaded(page, () => page.getByRole('button', { name: `Download ${ARTICLE.id}.json` }).click());
		const result = validateTimeline(JSON.parse(json.bytes.toString('utf8')), json.name);
		expect(result.ok).toBe(true);
		expect(result.ok && result.timeline.events.map((e) => e.title)).toContain('Edited, then downloaded at once');
		// The CSV is the site's CSV of that same dataset.
		const csv = await downloaded(page, () => page.getByRole('button', { name: `${ARTICLE.id}.csv, for a spreadsheet` }).click());
		expect(csv.name).toBe(`${ARTICLE.id}.csv`);
		expect(result.ok && csv.bytes.toString('utf8')).toBe(result.ok && timelineToCsv(result.timeline));
		await title.fill('Edited again, then the CSV at once');
		const again = await downloaded(page, () => page.getByRole('button', { name: `${ARTICLE.id}.csv, for a spreadsheet` }).click());
		expect(again.bytes.toString('utf8')).toContain('Edited again, then the CSV at once');

		// A title left empty is an error: the file is not made, and the page says so at once.
		const downloads: string[] = [];
		page.on('download', (file) => downloads.push(file.suggestedFilename()));
		await title.fill('');
		await page.getByRole('button', { name: `Download ${ARTICLE.id}.json` }).click();
		await expect(page.locator('.export [role=status]').first()).toHaveText(`${ARTICLE.id}.json was not made: the last change left errors, listed under “Check”.`);
		await expect(page.getByRole('button', { name: `Download ${ARTICLE.id}.json` })).toBeDisabled();
		expect(downloads).toEqual([]);
	});

	test('a closed tab loses nothing: the work is there in a new one, the last change included', async ({ page, context }) => {
		await openStudio(page);
		await fillStart(page, ARTICLE);
		await draft(page);
		await option(page, 'The route was cut').click();
		await editor(page).getByRole('button', { name: /^Accept/ }).click();
		// Closed at once, before the save's pause is over: the page writes what it has as it goes. With its unload
		// handlers run, close() does not wait for the tab to be gone; the new tab opens after it is.
		const closed = page.waitForEvent('close');
		await page.close({ runBeforeUnload: true });
		await closed;
		const again = await context.newPage();
		await again.goto('/studio');
		await expect(again.locator('.workspace')).toBeVisible();
		await expect(option(again, 'The route was cut')).toHaveClass(/accepted/);
	});

	test('opens the site’s own public dataset to edit it', async ({ page }) => {
		await openStudio(page);
		const response = await page.request.get(`${SITE}/data/xi-visit-russia-2023.json`);
		const body = await response.body();
		await page.locator('.open input[type=file]').setInputFiles({ name: 'xi-visit-russia-2023.json', mimeType: 'application/json', buffer: body });
		await expect(page.locator('.workspace')).toBeVisible();
		const data = JSON.parse(body.toString('utf8')) as { events: unknown[]; undatable: unknown[] };
		await expect(items(page)).toHaveCount(data.events.length + data.undatable.length);
		await expect(page.getByRole('radio', { name: /^Accepted/ })).toHaveAccessibleName(`Accepted ${data.events.length + data.undatable.length}`);
		await expect(page.locator('.problems-panel .summary')).toHaveText(/^The dataset is valid/);
	});

	test('a dataset file that is not JSON is refused with the reason, and the page goes on working', async ({ page }) => {
		await openStudio(page);
		await page.locator('.open input[type=file]').setInputFiles({ name: 'timeline.json', mimeType: 'application/json', buffer: Buffer.from('<!doctype html><script>window.pwned = 1</script>') });
		await expect(page.getByRole('alert')).toContainText('timeline.json is not valid JSON: an unexpected character at line 1, column 1');
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		expect(await axeViolations(page), 'with the message').toEqual([]);
		await fillStart(page, ARTICLE);
		await draft(page);
	});

	test('the start form names every missing field, and a discarded work is gone only after confirming', async ({ page }) => {
		await openStudio(page);
		await page.getByRole('button', { name: 'Draft the timeline' }).click();
		await expect(page.locator('#start-text')).toBeFocused();
		for (const field of ['text', 'title', 'author', 'publisher', 'url', 'published', 'id']) await expect(page.locator(`#start-${field}`)).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('#start-url-problem')).toHaveText('Address (URL): must be an absolute URL');
		expect(await axeViolations(page), 'with the problems').toEqual([]);

		await fillStart(page, ARTICLE);
		await draft(page);
		await page.getByRole('button', { name: 'Start over…' }).click();
		await expect(page.getByRole('dialog', { name: 'Start over?' })).toBeVisible();
		await page.getByRole('button', { name: 'Keep working' }).click();
		await expect(page.locator('.workspace')).toBeVisible();
		await page.getByRole('button', { name: 'Start over…' }).click();
		await page.getByRole('button', { name: 'Discard it' }).click();
		await expect(page.locator('#start-text')).toBeVisible();
		await page.reload();
		await expect(page.locator('#start-text')).toBeVisible();
	});
});

/** The files of a zip archive, read by Python's zipfile (which checks every CRC). */
function unzip(bytes: Buffer): Record<string, string> {
	const script = 'import json, sys, zipfile, io\nz = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))\nassert z.testzip() is None\nprint(json.dumps({i.filename: z.read(i).decode("utf-8") for i in z.infolist()}))';
	const run = spawnSync('python3', ['-c', script], { input: bytes, encoding: 'utf8' });
	if (run.status !== 0) throw new Error(run.stderr);
	return JSON.parse(run.stdout) as Record<string, string>;
}
