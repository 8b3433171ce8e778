import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { validateTimeline } from '../../src/lib/model/validate.ts';
import { expect, MANY_ORIGIN, test } from './many-timelines.ts';

/**
 * A site of three timelines, as a newsroom would run one (built by many-timelines.setup.ts): the built-in article,
 * a council budget that declares its own categories and colours and still holds drafts, and a local history written
 * in version 1 of the format. Every timeline has its page, embed, downloads and oEmbed; the index lists them and
 * searches them; the old home page still opens the built-in article. Expectations come from the data files.
 */
interface Folder {
	id: string;
	meta: { title: string; author: string; publisher: string };
	events: {
		categories?: { id: string; label: string }[];
		events: { id: string; title: string; category: string; draft?: true }[];
		undatable: { id: string; title: string; draft?: true }[];
	};
}
const folder = (dir: string, id: string): Folder => ({
	id,
	meta: JSON.parse(readFileSync(`${dir}/${id}/article.meta.json`, 'utf8')),
	events: JSON.parse(readFileSync(`${dir}/${id}/events.json`, 'utf8'))
});
const XI = folder('data', 'xi-visit-russia-2023');
const CITY = folder('tests/fixtures/site-data', 'city-budget-2025');
const BRIDGE = folder('tests/fixtures/site-data', 'tollgate-bridge');
const TIMELINES = [XI, CITY, BRIDGE];
/** Newest first, as the index lists them: published 22 January 2025, 4 February 2023, 14 May 2019. */
const NEWEST_FIRST = [
	{ timeline: CITY, published: '22 January 2025', span: '2023–2027' },
	{ timeline: XI, published: '4 February 2023', span: '2020–2023' },
	{ timeline: BRIDGE, published: '14 May 2019', span: '1840–1948' }
];

/** Opens an explorer page of the site and waits until it has hydrated. */
async function openExplorer(page: Page, url: string) {
	await page.goto(url);
	await expect(page.locator('.timeline-svg')).toHaveClass(/\binteractive\b/);
}

const axeViolations = async (page: Page) =>
	(await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);

test.describe('the index of timelines', () => {
	test('lists every timeline, newest first, with its article, counts, span and sketch', async ({ page, site }) => {
		await page.goto(`${site}/timelines/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timelines');
		const items = page.locator('ol.timelines > li');
		await expect(items).toHaveCount(3);
		for (const [i, { timeline, published, span }] of NEWEST_FIRST.entries()) {
			const item = items.nth(i);
			const link = item.getByRole('heading', { level: 2 }).getByRole('link');
			await expect(link).toHaveText(timeline.meta.title);
			await expect(link).toHaveAttribute('href', `/timelines/${timeline.id}/`);
			await expect(item.locator('.byline')).toHaveText(`${timeline.meta.author}, ${timeline.meta.publisher}, ${published}`);
			const fact = (term: string) => item.locator('.facts div').filter({ has: page.locator('dt', { hasText: term }) }).locator('dd');
			await expect(fact('Events')).toHaveText(String(timeline.events.events.length));
			await expect(fact('Undated references')).toHaveText(String(timeline.events.undatable.length));
			await expect(fact('Span')).toHaveText(span);
			const drafts = [...timeline.events.events, ...timeline.events.undatable].filter((entry) => entry.draft).length;
			await expect(fact('Draft')).toHaveCount(drafts > 0 ? 1 : 0);
			if (drafts > 0) await expect(fact('Draft')).toHaveText(`${drafts} not yet reviewed`);
			// The sketch: one row per category that has events, drawn without any script.
			const categories = new Set(timeline.events.events.map((event) => event.category));
			await expect(item.locator('svg.sketch g.category-colour')).toHaveCount(categories.size);
		}
		// The council budget's transport row is in the colour it declares (#3d7bff).
		const transport = items.nth(0).locator('svg.sketch g.category-colour').nth(2).locator('rect').first();
		await expect(transport).toHaveCSS('fill', 'rgb(61, 123, 255)');
	});

	test('searches by title with the keyboard, keeps the query in the address, and renders it only as text', async ({ page, site }) => {
		await page.goto(`${site}/timelines/`);
		const search = page.getByRole('searchbox', { name: 'Search by title' });
		for (let i = 0; i < 12 && !(await search.evaluate((input) => input === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(search).toBeFocused();
		const status = page.getByRole('status');
		await expect(status).toHaveText('All 3 timelines');

		await page.keyboard.type('BRIDGE market');
		await expect(status).toHaveText('1 of 3 timelines');
		await expect(page.locator('ol.timelines > li:visible')).toHaveCount(1);
		await expect(page).toHaveURL(/\?q=BRIDGE\+market$/);
		// Tab goes from the search to the one timeline shown; Enter opens its page.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: BRIDGE.meta.title })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(`${site}/timelines/${BRIDGE.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIDGE.meta.title);
		await page.goBack();
		await expect(search).toHaveValue('BRIDGE market');
		await expect(page.locator('ol.timelines > li:visible')).toHaveCount(1);

		await search.fill('');
		await expect(status).toHaveText('All 3 timelines');
		await expect(page).toHaveURL(`${site}/timelines/`);
		await search.fill('nothing like this');
		await expect(status).toHaveText('No title matches “nothing like this”');
		await expect(page.locator('ol.timelines > li:visible')).toHaveCount(0);

		// A query from a link is a string to compare, never markup.
		await page.goto(`${site}/timelines/?q=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}`);
		await expect(status).toHaveText('No title matches “<img src=x onerror="window.pwned=1">”');
		expect(await page.evaluate(() => [document.querySelectorAll('main img').length, 'pwned' in window])).toEqual([0, false]);
	});

	test('words typed before the page’s script has run are searched once it has', async ({ page, site }) => {
		// SvelteKit's entry is held until the words are in the box, which shows (with the `js` class) before it runs.
		let release = () => {};
		const typed = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_app\/immutable\/entry\/start\.[^/]*\.js$/, async (route) => (await typed, route.continue()));
		await page.goto(`${site}/timelines/`, { waitUntil: 'domcontentloaded' });
		const search = page.getByRole('searchbox', { name: 'Search by title' });
		await search.fill('bridge');
		await expect(page).toHaveURL(`${site}/timelines/`);
		release();
		await expect(page).toHaveURL(/\?q=bridge$/);
		await expect(search).toHaveValue('bridge');
		await expect(page.getByRole('status')).toHaveText('1 of 3 timelines');
		await expect(page.locator('ol.timelines > li:visible')).toHaveCount(1);
	});

	for (const colorScheme of ['light', 'dark'] as const)
		test(`has no axe violations (${colorScheme})`, async ({ page, site }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(`${site}/timelines/`);
			await expect(page.getByRole('status')).toHaveText('All 3 timelines');
			expect(await axeViolations(page)).toEqual([]);
		});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the index shows every timeline and no search, and its links lead to the pages', async ({ page, site }) => {
		await page.goto(`${site}/timelines/`);
		await expect(page.locator('ol.timelines > li:visible')).toHaveCount(3);
		await expect(page.getByRole('searchbox')).toBeHidden();
		await page.getByRole('link', { name: CITY.meta.title }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(CITY.meta.title);
		await expect(page.locator('.event-list > li')).toHaveCount(CITY.events.events.length);
	});
});

test.describe('every timeline', () => {
	for (const timeline of TIMELINES) {
		test(`${timeline.id} has its page, with its links, downloads and card`, async ({ page, request, site }) => {
			const path = `/timelines/${timeline.id}/`;
			await openExplorer(page, `${site}${path}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(timeline.meta.title);
			await expect(page.locator('.byline')).toContainText(`By ${timeline.meta.author}, ${timeline.meta.publisher}`);
			await expect(page.locator('.event-list > li')).toHaveCount(timeline.events.events.length);
			await expect(page.locator('.undatable-list > li')).toHaveCount(timeline.events.undatable.length);
			await expect(page.getByRole('navigation', { name: 'Sourceline' }).getByRole('link', { name: 'All timelines (3)' })).toHaveAttribute('href', '/timelines/');
			await expect(page.getByRole('navigation', { name: 'Sourceline' }).getByRole('link', { name: 'Make a timeline from your article', exact: true })).toHaveAttribute('href', '/studio');

			// One canonical address per timeline, at the address the site was built for.
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${MANY_ORIGIN}${path}`);
			await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${MANY_ORIGIN}${path}`);
			await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute('href', `${MANY_ORIGIN}/oembed/${timeline.id}.json`);
			// The screenshot shows the built-in article: no other timeline's card claims it.
			const screenshot = timeline === XI;
			await expect(page.locator('meta[property="og:image"]')).toHaveCount(screenshot ? 1 : 0);
			await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', screenshot ? 'summary_large_image' : 'summary');
			const oembed = await (await request.get(`${site}/oembed/${timeline.id}.json`)).json();
			expect(oembed).toMatchObject({ type: 'rich', title: timeline.meta.title, author_name: timeline.meta.author });
			expect(oembed.html).toContain(`src="${MANY_ORIGIN}/embed/${timeline.id}"`);
			expect('thumbnail_url' in oembed).toBe(screenshot);

			// Its Embed dialog embeds this timeline.
			await page.getByRole('button', { name: 'Embed', exact: true }).click();
			const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
			await expect(dialog.getByRole('textbox', { name: /Loader snippet/ })).toHaveValue(new RegExp(`^<div data-sourceline="${timeline.id}"`));
			await expect(dialog.locator('iframe')).toHaveAttribute('src', new RegExp(`/embed/${timeline.id}$`));
			await page.keyboard.press('Escape');

			// Each download is linked from the page and holds this timeline.
			const hrefs = await page.locator('a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
			expect(hrefs).toEqual([`/data/${timeline.id}.json`, `/data/${timeline.id}.csv`, `/data/${timeline.id}.ics`, `/data/${timeline.id}.timelinejs.json`]);
			const json = await (await request.get(`${site}/data/${timeline.id}.json`)).json();
			const validated = validateTimeline(json, `${timeline.id}.json`);
			expect(validated.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
			expect(validated.ok && [validated.timeline.id, validated.timeline.version, validated.timeline.events.length]).toEqual([timeline.id, 2, timeline.events.events.length]);
			const csv = Papa.parse<Record<string, string>>(await (await request.get(`${site}/data/${timeline.id}.csv`)).text(), { header: true, skipEmptyLines: true });
			expect(csv.errors).toEqual([]);
			expect(csv.data.map((row) => row.id).toSorted()).toEqual([...timeline.events.events, ...timeline.events.undatable].map((entry) => entry.id).toSorted());
			const ics = await (await request.get(`${site}/data/${timeline.id}.ics`)).text();
			expect(ics.match(/^BEGIN:VEVENT\r$/gm)?.length).toBe(timeline.events.events.length);
			const timelineJs = await (await request.get(`${site}/data/${timeline.id}.timelinejs.json`)).json();
			expect(timelineJs.events.map((event: { unique_id: string }) => event.unique_id).toSorted()).toEqual(timeline.events.events.map((event) => event.id).toSorted());
		});

		test(`${timeline.id} has its embed`, async ({ page, site }) => {
			const [first] = timeline.events.events;
			await openExplorer(page, `${site}/embed/${timeline.id}?event=${first!.id}`);
			await expect(page.locator('#detail-title')).toHaveText(first!.title);
			await expect(page.locator('.credit')).toContainText(timeline.meta.title);
			// A timeline with drafts says so in its embed too.
			await expect(page.locator('.draft-notice')).toHaveCount(timeline === CITY ? 1 : 0);
			// Above the timeline, where a reader starts, not below the article.
			if (timeline === CITY) {
				const [notice, toolbar] = await Promise.all([page.locator('.draft-notice').boundingBox(), page.locator('.toolbar').boundingBox()]);
				expect(notice!.y + notice!.height, 'the notice ends above the toolbar').toBeLessThanOrEqual(toolbar!.y);
			}
			await expect(page.locator('.credit').getByRole('link', { name: 'Sourceline' })).toHaveAttribute('href', `/timelines/${timeline.id}/`);
			await expect(page.locator('link[type="application/json+oembed"]')).toHaveAttribute('href', `${MANY_ORIGIN}/oembed/${timeline.id}.json`);
		});
	}

	test('the old home page still opens the built-in article, at the view its link names', async ({ page, site }) => {
		await openExplorer(page, `${site}/?event=sco-summit-uzbekistan&lanes=actor`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(XI.meta.title);
		await expect(page.locator('#detail-title')).toHaveText(XI.events.events.find((event) => event.id === 'sco-summit-uzbekistan')!.title);
		await page.getByRole('button', { name: /^View/ }).click();
		await expect(page.getByRole('radio', { name: 'By actor' })).toBeChecked();
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${MANY_ORIGIN}/timelines/${XI.id}/`);
	});

	test('data/index.json, the sitemap and robots.txt cover every timeline (the sitemap the studio too)', async ({ page, request, site }) => {
		const index = await (await request.get(`${site}/data/index.json`)).json();
		expect(index).toMatchObject({ format: 'sourceline-timeline-index', version: 2 });
		expect(index.timelines.map((entry: { id: string; url: string; page: string; events: number }) => [entry.id, entry.url, entry.page, entry.events])).toEqual(
			TIMELINES.map((timeline) => [timeline.id, `/data/${timeline.id}.json`, `/timelines/${timeline.id}/`, timeline.events.events.length]).toSorted()
		);
		for (const entry of index.timelines as { page: string }[]) expect((await request.get(`${site}${entry.page}`)).ok(), entry.page).toBe(true);

		const sitemap = await request.get(`${site}/sitemap.xml`);
		expect(sitemap.headers()['content-type']).toMatch(/\/xml\b/);
		await page.goto(`${site}/timelines/`);
		const locations = await page.evaluate((xml) => {
			const doc = new DOMParser().parseFromString(xml, 'application/xml');
			if (doc.querySelector('parsererror')) return 'not XML';
			return [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')].map((loc) => loc.textContent);
		}, await sitemap.text());
		expect(locations).toEqual([
			`${MANY_ORIGIN}/timelines/`,
			...TIMELINES.map((timeline) => `${MANY_ORIGIN}/timelines/${timeline.id}/`).toSorted(),
			`${MANY_ORIGIN}/studio`
		]);
		expect(await (await request.get(`${site}/robots.txt`)).text()).toContain(`Sitemap: ${MANY_ORIGIN}/sitemap.xml`);
	});
});

test.describe('a timeline of its own vocabulary, with drafts', () => {
	const drafts = CITY.events.events.filter((event) => event.draft);
	const undatableDrafts = CITY.events.undatable.filter((entry) => entry.draft);

	test('says it is a draft, and marks each drafted item in the lists, the detail and the mark’s name', async ({ page, site }) => {
		// The notice below is written for the fixture as it is: 2 of 9 events, 1 of 1 undated reference.
		expect([drafts.length, CITY.events.events.length, undatableDrafts.length, CITY.events.undatable.length]).toEqual([2, 9, 1, 1]);
		await openExplorer(page, `${site}/timelines/${CITY.id}/`);
		await expect(page.locator('.draft-notice')).toHaveText(
			'This timeline is a draft: 2 of its 9 events and 1 of its 1 undated reference were proposed automatically and not yet checked by a person. Each is marked “Draft”.'
		);
		const [notice, toolbar] = await Promise.all([page.locator('.draft-notice').boundingBox(), page.locator('.toolbar').boundingBox()]);
		expect(notice!.y + notice!.height, 'the notice ends above the toolbar').toBeLessThanOrEqual(toolbar!.y);
		const badged = await page.locator('.event-list > li:has(.draft-badge)').evaluateAll((items) => items.map((li) => li.id));
		expect(badged.toSorted()).toEqual(drafts.map((event) => `event-${event.id}`).toSorted());
		await expect(page.locator('.undatable-list > li:has(.draft-badge)')).toHaveCount(undatableDrafts.length);
		await expect(page.locator(`.event-mark[data-event="${drafts[0]!.id}"]`)).toHaveAttribute('aria-label', /, draft$/);
		await expect(page.locator(`.event-mark[data-event="${CITY.events.events.find((event) => !event.draft)!.id}"]`)).not.toHaveAttribute('aria-label', /draft/);

		await page.locator(`#event-${drafts[0]!.id}`).getByRole('link', { name: /Show on the timeline/ }).click();
		await expect(page.locator('#detail-title')).toHaveText(drafts[0]!.title);
		await expect(page.locator('.detail .draft-badge')).toHaveText('Draft');
	});

	test('draws its categories in its order and colours, in both themes', async ({ page, site }) => {
		// Two axe scans of the whole explorer: fixed, CPU-bound work (8-17 s here), given room on a busy machine.
		test.slow();
		await openExplorer(page, `${site}/timelines/${CITY.id}/`);
		await expect(page.locator('.timeline-svg .lane-label')).toHaveText(CITY.events.categories!.map((category) => category.label));
		const fill = (category: string) => page.locator(`.timeline-svg .event-mark[data-category="${category}"] .shape`).first();
		// budget takes the palette's first colour; transport names one for both themes; housing one for each.
		const expected = {
			light: { budget: 'rgb(29, 78, 216)', transport: 'rgb(61, 123, 255)', housing: 'rgb(124, 45, 18)' },
			dark: { budget: 'rgb(122, 162, 255)', transport: 'rgb(61, 123, 255)', housing: 'rgb(253, 186, 116)' }
		};
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			for (const [category, colour] of Object.entries(expected[colorScheme])) await expect(fill(category), `${category} (${colorScheme})`).toHaveCSS('fill', colour);
			expect(await axeViolations(page), colorScheme).toEqual([]);
		}
	});

	test('a file of version 1 is drawn with version 1’s categories', async ({ page, request, site }) => {
		expect(BRIDGE.events.categories).toBeUndefined();
		await openExplorer(page, `${site}/timelines/${BRIDGE.id}/`);
		await expect(page.locator('.timeline-svg .lane-label')).toHaveText(['Economy', 'Domestic politics']);
		const published = await (await request.get(`${site}/data/${BRIDGE.id}.json`)).json();
		expect(published.version).toBe(2);
		expect(published.categories.map((category: { id: string }) => category.id)).toEqual([
			'diplomacy',
			'military',
			'energy',
			'economy',
			'sanctions',
			'multilateral',
			'domestic-politics',
			'sport'
		]);
	});
});
