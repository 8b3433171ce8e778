import type { Frame, Locator, Page } from '@playwright/test';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { axeViolations, axisWindow, DATA, dayOf, EVENTS, event, expect, expectWindow, SITE, test } from './helpers.ts';

/**
 * A host page on a second origin (its own server on another port) embeds the timeline with the loader script
 * served by the built site, as a newsroom page would.
 */
let host: Server;
let hostOrigin: string;
let pages: Record<string, string> = {};
/** Paths answered by code rather than a fixed body: a broken download, a redirect. */
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {};

test.beforeAll(async () => {
	host = createServer((req, res) => {
		const route = routes[req.url ?? ''];
		if (route) return route(req, res);
		const body = pages[req.url ?? ''];
		const json = req.url?.endsWith('.json');
		// Datasets are shared with any origin (CORS), as a newsroom's data server would.
		res.writeHead(body ? 200 : 404, { 'content-type': json ? 'application/json' : 'text/html; charset=utf-8', 'access-control-allow-origin': '*' });
		res.end(body ?? 'not found');
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

function hostPage(path: string, placeholder: string, after = '') {
	pages[path] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<h1>A newsroom page</h1><p>Text before the embed.</p>
${placeholder}
<p id="after">Text after the embed.</p>
<script>
	// The height the loader gives each frame it makes, before the frame can report its own.
	window.initialHeights = [];
	new MutationObserver((records) => {
		for (const record of records) for (const node of record.addedNodes) if (node.tagName === 'IFRAME') window.initialHeights.push(node.style.height);
	}).observe(document.body, { childList: true, subtree: true });
</script>
<script src="${SITE}/embed.js" async></script>
<script>
	window.received = [];
	window.addEventListener('message', (event) => { if (event.data && event.data.source === 'sourceline') window.received.push(event.data); });
</script>${after}</body></html>`;
	return `${hostOrigin}${path}`;
}

const frameOf = (page: Page) => page.frameLocator('[data-sourceline] iframe');
const warningsOf = (page: Page) => {
	const warnings: string[] = [];
	page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
	return warnings;
};

/** A click with the mouse, a tap on a touch screen (where the plot resolves taps itself, by position). */
async function press(page: Page, target: Locator, touch: boolean) {
	if (!touch) return target.click();
	await target.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
	const b = (await target.boundingBox())!;
	await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
}
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: { type: string }[] }).received);

// Every test here runs at desktop and phone width (the phone by touch), except the wheel, which phones lack.
test.describe('the embed to a screen reader', () => {
	const { title } = JSON.parse(readFileSync('data/xi-visit-russia-2023/article.meta.json', 'utf8')) as { title: string };
	// Each set of options draws a different frame: the article beside the detail, the passage in it, neither.
	const STATES = [
		'theme=light&event=sco-summit-uzbekistan',
		'theme=dark&lanes=actor&passages=none&event=russia-invades-ukraine',
		'theme=dark&passages=popover&controls=off&event=russia-invades-ukraine',
		'theme=light&from=2022-02-24&to=2022-02-24'
	];
	for (const query of STATES)
		test(`is headed by the timeline's title and has no axe violations: ${query}`, async ({ page }) => {
			await page.goto(`${SITE}/embed/xi-visit-russia-2023?${query}`);
			await expect(page.locator('.timeline-svg .event-mark').first()).toBeVisible();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Timeline of “${title}”`);
			const view = page.getByRole('button', { name: /^View/ });
			if (await view.count()) await view.click();
			expect(await axeViolations(page)).toEqual([]);
		});
});

test.describe("the embed's theme before its script runs", () => {
	// The island refused: what shows is the prerendered page and src/app.html's first script alone.
	test.beforeEach(({ page }) => page.route(/\/_app\/immutable\/embed\/island\.[^/]*\.js$/, (route) => route.abort()));

	test('theme=dark is dark from the first paint; a value the options refuse is not applied', async ({ page }) => {
		await page.goto(`${SITE}/embed/xi-visit-russia-2023?theme=dark`);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.goto(`${SITE}/embed/xi-visit-russia-2023?theme=${encodeURIComponent('dark;x')}`);
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
	});

	test("the site's saved theme is not the embed's", async ({ page }) => {
		await page.goto(`${SITE}/`);
		await page.evaluate(() => localStorage.setItem('sourceline-theme', 'dark'));
		await page.goto(`${SITE}/embed/xi-visit-russia-2023`);
		await expect(page.locator('.timeline-svg')).toBeVisible();
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
		// The site's own pages keep it.
		await page.goto(`${SITE}/`);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});
});

test.describe('embedding on another origin', () => {
	test('the loader makes a frame whose height follows its content', async ({ page, isMobile }) => {
		await page.goto(hostPage('/height.html', '<div data-sourceline="xi-visit-russia-2023" data-height="300"></div>'));
		const iframe = page.locator('[data-sourceline] iframe');
		await expect(iframe).toHaveAttribute('src', `${SITE}/embed/xi-visit-russia-2023`);
		await expect(frameOf(page).locator('.timeline-svg .event-mark').first()).toBeVisible();
		// The content is taller than the 300 px placeholder: the frame grows to fit it, within a few pixels.
		await expect.poll(async () => (await iframe.boundingBox())!.height, { timeout: 10_000 }).toBeGreaterThan(600);
		const mismatch = async () => {
			const content = await frameOf(page).locator('main').evaluate((main) => main.getBoundingClientRect().height);
			return Math.abs((await iframe.boundingBox())!.height - content);
		};
		await expect.poll(mismatch, { message: 'frame height = content height' }).toBeLessThan(4);
		// Opening the view's panel (lanes, filters, legend) makes the content taller: the frame grows with it.
		const before = (await iframe.boundingBox())!.height;
		await press(page, frameOf(page).getByRole('button', { name: /^View/ }), !!isMobile);
		await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(before + 50);
		await expect.poll(mismatch, { message: 'frame height = content height, after growing' }).toBeLessThan(4);
	});

	test('options apply: theme, event, no controls, passages in the detail, an actor filter', async ({ page }) => {
		await page.goto(
			hostPage(
				'/options.html',
				'<div data-sourceline="xi-visit-russia-2023" data-theme="dark" data-event="sco-summit-uzbekistan" data-controls="off" data-passages="popover" data-actors="UZ,ID"></div>'
			)
		);
		const frame = frameOf(page);
		// Only the events with Uzbekistan or Indonesia among their actors: the SCO summit and the G20 summit.
		await expect
			.poll(async () => (await frame.locator('.timeline-svg .event-mark[data-event]').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-event')))).toSorted())
			.toStrictEqual(['g20-summit-bali', 'sco-summit-uzbekistan']);
		await expect(frame.locator('#detail-title')).toHaveText(/Putin acknowledges/);
		await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(frame.getByRole('button', { name: 'Zoom in', exact: true })).toBeHidden();
		await expect(frame.locator('.article-panel')).toBeHidden();
		await expect(frame.locator('.passage-text')).toContainText('At a summit held in September 2021 in Uzbekistan');
	});

	test('invalid options are ignored with a warning, and none is rendered', async ({ page }) => {
		const warnings: string[] = [];
		page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
		const hostile = '<img src=x onerror="window.pwned=1">';
		await page.goto(
			`${SITE}/embed/xi-visit-russia-2023?theme=${encodeURIComponent(hostile)}&passages=sideways&controls=maybe&event=${encodeURIComponent(hostile)}&from=soon&to=later`
		);
		await expect(page.locator('.timeline-svg .event-mark').first()).toBeVisible();
		await expect.poll(() => warnings.length).toBeGreaterThanOrEqual(4);
		expect(warnings.join('\n')).toMatch(/ignored "theme"/);
		expect(warnings.join('\n')).toMatch(/ignored "event"/);
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		await expect(page.locator('img')).toHaveCount(0);
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
		await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeVisible();
	});

	test('the API works both ways: ready, select and view out; select, setWindow and setTheme in', async ({ page, isMobile }) => {
		await page.goto(hostPage('/api.html', '<div data-sourceline="xi-visit-russia-2023"></div>'));
		await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('ready');
		const historyLength = await page.evaluate(() => history.length);

		const send = (message: object) =>
			page.evaluate((m) => document.querySelector('iframe')!.contentWindow!.postMessage({ source: 'sourceline-host', version: 1, ...m }, '*'), message);

		await send({ type: 'select', event: 'g20-summit-bali' });
		await expect(frameOf(page).locator('#detail-title')).toHaveText('China signs a G20 statement condemning the war, as the article reports');
		await expect.poll(async () => (await received(page)).filter((m) => m.type === 'select')).toContainEqual(
			expect.objectContaining({ source: 'sourceline', version: 1, type: 'select', event: 'g20-summit-bali' })
		);

		await send({ type: 'setWindow', from: '2022-01-01', to: '2022-06-30' });
		await expect.poll(async () => (await received(page)).filter((m) => m.type === 'view').at(-1)).toEqual(
			expect.objectContaining({ from: '2022-01-01', to: '2022-06-30' })
		);

		await send({ type: 'setTheme', theme: 'dark' });
		await expect(frameOf(page).locator('html')).toHaveAttribute('data-theme', 'dark');

		// The reader's own selection is announced to the host too.
		await press(page, frameOf(page).locator('.event-mark[data-event="russia-invades-ukraine"] .shape'), !!isMobile);
		await expect.poll(async () => (await received(page)).filter((m) => m.type === 'select').at(-1)).toEqual(
			expect.objectContaining({ event: 'russia-invades-ukraine' })
		);
		// An embed adds no history entries to the host page.
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
	});

	test('the frame says ready before anything else, and selecting events never moves its height by more than 40 px', async ({ page }) => {
		await page.goto(hostPage('/steady.html', '<div data-sourceline="xi-visit-russia-2023" data-event="sco-summit-uzbekistan"></div>'));
		const iframe = page.locator('[data-sourceline] iframe');
		await expect(frameOf(page).locator('#detail-title')).toHaveText(/Putin acknowledges/);
		await expect.poll(async () => (await received(page)).some((m) => m.type === 'select')).toBe(true);
		// The first message of the frame is `ready`: a host that waits for it misses no selection.
		expect((await received(page)).filter((m) => m.type !== 'resize')[0]?.type).toBe('ready');

		const heights: number[] = [];
		const settled = async () => {
			const content = async () => frameOf(page).locator('main').evaluate((main) => main.getBoundingClientRect().height);
			await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - (await content())), { message: 'frame height = content height' }).toBeLessThan(4);
			heights.push((await iframe.boundingBox())!.height);
		};
		await settled();
		for (const id of [...EVENTS.map((e) => e.id), null]) {
			await page.evaluate((event) => document.querySelector('iframe')!.contentWindow!.postMessage({ source: 'sourceline-host', version: 1, type: 'select', event }, '*'), id);
			if (id) await expect(frameOf(page).locator('#detail-title')).toHaveText(EVENTS.find((e) => e.id === id)!.title);
			else await expect(frameOf(page).locator('#detail-title')).toHaveCount(0);
			await settled();
		}
		expect(Math.max(...heights) - Math.min(...heights), `frame heights ${heights.join(', ')}`).toBeLessThanOrEqual(40);
	});

	test('hostile API messages are refused with a warning and break nothing', async ({ page }) => {
		await page.goto(hostPage('/fuzz.html', '<div data-sourceline="xi-visit-russia-2023"></div>'));
		await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('ready');
		const frame = page.frames().find((f) => f.url().startsWith(`${SITE}/embed/`))!;
		const warnings: string[] = [];
		page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
		const hostile = [
			{ type: 'select', event: '<img src=x onerror="window.pwned=1">' },
			{ type: 'select', event: 'x'.repeat(100_000) },
			{ type: 'select', event: { id: 'russia-invades-ukraine' } },
			{ type: 'setWindow', from: 'javascript:alert(1)', to: 5 },
			// Real dates, but nothing of the timeline between them: shown clamped, it would be an empty stretch.
			{ type: 'setWindow', from: '1000-01-01', to: '1000-01-02' },
			{ type: 'setTheme', theme: 'url(javascript:alert(1))' },
			{ type: 'eval', code: 'window.pwned = 1' },
			{ version: 99, type: 'select', event: 'russia-invades-ukraine' }
		];
		for (const message of hostile)
			await page.evaluate((m) => document.querySelector('iframe')!.contentWindow!.postMessage({ source: 'sourceline-host', version: 1, ...m }, '*'), message);
		await expect.poll(() => warnings.filter((w) => w.includes('ignored a message')).length).toBe(hostile.length);
		expect(await frame.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		await expect(frameOf(page).locator('#detail-title')).toHaveCount(0);
		await expect(frameOf(page).locator('img')).toHaveCount(0);
		await expect(frameOf(page).locator('.timeline-svg .event-mark').first()).toBeVisible();
	});

	test('data= draws a good dataset hosted elsewhere and refuses a malicious one with a clear message', async ({ page, request }) => {
		const builtIn = await (await request.get(`${SITE}/data/xi-visit-russia-2023.json`)).json();
		const hosted = { ...builtIn, id: 'hosted-copy', article: { ...builtIn.article, title: 'A hosted copy of the timeline' } };
		pages['/good.json'] = JSON.stringify(hosted);
		const first = builtIn.events[0];
		pages['/evil.json'] = JSON.stringify({
			...builtIn,
			events: [{ ...first, title: '<img src=x onerror="window.pwned=1">', passages: [{ ...first.passages[0], exact: '<script>window.pwned=1</script>' }] }, ...builtIn.events.slice(1)]
		});

		await page.goto(`${SITE}/embed/xi-visit-russia-2023?data=${encodeURIComponent(`${hostOrigin}/good.json`)}&event=${first.id}`);
		await expect(page.locator('.credit')).toContainText('A hosted copy of the timeline');
		await expect(page.locator('#detail-title')).toHaveText(first.title);

		const warnings: string[] = [];
		page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
		await page.goto(`${SITE}/embed/xi-visit-russia-2023?data=${encodeURIComponent(`${hostOrigin}/evil.json`)}`);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('This dataset cannot be shown');
		await expect(alert).toContainText(`evil.json, event "${first.id}", field "passages.0": quote`);
		await expect(alert).toContainText('not found in article.text');
		await expect(page.locator('img, script:not([src]):text("pwned")')).toHaveCount(0);
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		expect(warnings.join('\n')).toMatch(/evil\.json/);
		await expect(page.locator('.timeline-svg')).toHaveCount(0);
	});

	test('with data= the built-in timeline is never drawn: the loading state from the first frame, then the hosted events', async ({ page, request }) => {
		const builtIn = await (await request.get(`${SITE}/data/xi-visit-russia-2023.json`)).json();
		const renamed = builtIn.events.map((event: { id: string }) => ({ ...event, id: `hosted-${event.id}` }));
		const slow = JSON.stringify({ ...builtIn, id: 'hosted-slowly', events: renamed });
		// Slow enough that the page paints many frames between its start and the dataset's arrival.
		routes['/slow.json'] = (_req, res) => {
			setTimeout(() => {
				res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
				res.end(slow);
			}, 1500);
		};
		// Every frame, before it is painted: is a built-in mark rendered, and is the loading state?
		await page.addInitScript(() => {
			const frames: { builtInMarks: number; hostedMarks: number; loading: boolean }[] = [];
			(window as unknown as { paintedFrames: typeof frames }).paintedFrames = frames;
			const sample = () => {
				if (document.querySelector('main.frame')) {
					const shown = [...document.querySelectorAll<SVGElement>('.event-mark')].filter((mark) => mark.checkVisibility());
					const hosted = shown.filter((mark) => mark.dataset.event?.startsWith('hosted-')).length;
					const status = [...document.querySelectorAll<HTMLElement>('.status[role="status"]')].some((el) => el.checkVisibility());
					frames.push({ builtInMarks: shown.length - hosted, hostedMarks: hosted, loading: status });
				}
				requestAnimationFrame(sample);
			};
			requestAnimationFrame(sample);
		});
		await page.goto(`${SITE}/embed/xi-visit-russia-2023?data=${encodeURIComponent(`${hostOrigin}/slow.json`)}`);
		await expect(page.locator('.timeline-svg .event-mark[data-event^="hosted-"]').first()).toBeVisible();
		await expect(page.getByRole('status')).toHaveCount(0);
		const frames = await page.evaluate(() => (window as unknown as { paintedFrames: { builtInMarks: number; hostedMarks: number; loading: boolean }[] }).paintedFrames);
		expect(frames.length).toBeGreaterThan(10);
		expect(frames.filter((frame) => frame.builtInMarks > 0)).toEqual([]);
		expect(frames[0]?.loading, 'the first frame drawn shows the loading state').toBe(true);
		const firstHosted = frames.findIndex((frame) => frame.hostedMarks > 0);
		expect(firstHosted).toBeGreaterThan(0);
		expect(frames.slice(0, firstHosted).every((frame) => frame.loading)).toBe(true);
	});

	test('with data= the download starts before any of the page’s JavaScript has arrived, and is made once', async ({ page, request }) => {
		const builtIn = await (await request.get(`${SITE}/data/xi-visit-russia-2023.json`)).json();
		let requests = 0;
		let requested!: () => void;
		const datasetRequested = new Promise<void>((resolve) => (requested = resolve));
		routes['/early.json'] = (_req, res) => {
			requests++;
			requested();
			res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
			res.end(JSON.stringify({ ...builtIn, id: 'hosted-early', article: { ...builtIn.article, title: 'Asked for early' } }));
		};
		// Every module and style of the page is held until the dataset has been asked for (10 s at most, so that
		// a page that asks only from its modules still ends, and is caught below).
		const released: boolean[] = [];
		await page.route(`${SITE}/_app/**`, async (route) => {
			released.push(await Promise.race([datasetRequested.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))]));
			await route.continue();
		});
		await page.goto(`${SITE}/embed/xi-visit-russia-2023?data=${encodeURIComponent(`${hostOrigin}/early.json`)}`);
		await expect(page.locator('.credit')).toContainText('Asked for early');
		expect(released.length).toBeGreaterThan(0);
		expect(released.every(Boolean), 'every file of the page was held until the dataset was asked for').toBe(true);
		expect(requests).toBe(1);
	});

	test('every module the embed uses is asked for before any of its code runs; the validator only with data=', async ({ page, request }) => {
		const builtIn = await (await request.get(`${SITE}/data/xi-visit-russia-2023.json`)).json();
		pages['/modules.json'] = JSON.stringify({ ...builtIn, id: 'hosted-modules', article: { ...builtIn.article, title: 'Modules, hosted' } });
		const hosted = `${SITE}/embed/xi-visit-russia-2023?data=${encodeURIComponent(`${hostOrigin}/modules.json`)}`;
		const builtInEmbed = `${SITE}/embed/xi-visit-russia-2023`;
		/** Every module the page fetched, once each. */
		const modulesFetched = async () => {
			const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => url.endsWith('.js')));
			expect(urls.length, 'no module fetched twice').toBe(new Set(urls).size);
			return urls;
		};

		// What each page uses: with data= once the hosted events are shown, without it once the plot is interactive.
		await page.goto(hosted);
		await expect(page.locator('.credit')).toContainText('Modules, hosted');
		const usedHosted = await modulesFetched();
		await page.goto(builtInEmbed);
		await expect(page.locator('.timeline-svg.interactive')).toBeVisible();
		const usedBuiltIn = await modulesFetched();
		const validator = usedHosted.filter((url) => !usedBuiltIn.includes(url));
		expect(validator.length, 'a hosted dataset loads modules of its own (the validator)').toBeGreaterThan(0);

		// The same pages with the island's entry refused, so none of the page's code runs (and the document still
		// finishes loading, which a module held forever would stop): what is asked for then was asked for by the
		// HTML and its first script alone.
		await page.route(/\/_app\/immutable\/embed\/island\.[^/]*\.js$/, (route) => route.abort());
		const askedBeforeCode = async (url: string) => {
			await page.goto(url, { waitUntil: 'domcontentloaded' });
			return page.evaluate(() => [
				...[...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].map((script) => script.src),
				...[...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href)
			]);
		};
		const askedHosted = await askedBeforeCode(hosted);
		expect(usedHosted.filter((url) => !askedHosted.includes(url)), 'asked for late, with data=').toEqual([]);
		const askedBuiltIn = await askedBeforeCode(builtInEmbed);
		expect(usedBuiltIn.filter((url) => !askedBuiltIn.includes(url)), 'asked for late, without data=').toEqual([]);
		expect(askedBuiltIn.filter((url) => validator.includes(url)), 'the validator, without data=').toEqual([]);
	});

	test('the loader holds data-height to 160–4000 px and passes data-data to the frame, which names the data’s host', async ({ page, request }) => {
		const builtIn = await (await request.get(`${SITE}/data/xi-visit-russia-2023.json`)).json();
		// Same id as the built-in timeline: only the footer tells the reader where these events come from.
		pages['/same-id.json'] = JSON.stringify({ ...builtIn, article: { ...builtIn.article, title: 'Not what the site published' } });
		const warnings: string[] = [];
		page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
		await page.goto(hostPage('/loader-options.html', `<div data-sourceline="xi-visit-russia-2023" data-height="1e9" data-data="${hostOrigin}/same-id.json"></div>`));
		const iframe = page.locator('[data-sourceline] iframe');
		await expect(iframe).toHaveAttribute('src', `${SITE}/embed/xi-visit-russia-2023?data=${encodeURIComponent(`${hostOrigin}/same-id.json`)}`);
		expect(await page.evaluate(() => (window as unknown as { initialHeights: string[] }).initialHeights)).toEqual(['4000px']);
		expect(warnings.join('\n')).toMatch(/data-height 1000000000 is outside 160–4000; using 4000/);
		await expect(frameOf(page).locator('.credit')).toContainText('Not what the site published');
		await expect(frameOf(page).locator('.credit')).toContainText(`data from ${new URL(hostOrigin).host}`);
		// Then the frame's own height takes over.
		await expect.poll(async () => (await iframe.boundingBox())!.height).toBeLessThan(4000);
	});

	/** Hosted datasets that cannot be shown, each set up on the host server, and what the frame must say. */
	const unshowable: [string, (builtIn: { article: object }) => void, RegExp][] = [
		[
			'/impossible-date.json',
			(builtIn) => (pages['/impossible-date.json'] = JSON.stringify({ ...builtIn, article: { ...builtIn.article, published: '2023-02-30' } })),
			/field "article\.published": must be a real calendar date: day 30 is out of range \(01–28 in 2023-02\)/
		],
		[
			'/year-zero.json',
			(builtIn) => (pages['/year-zero.json'] = JSON.stringify({ ...builtIn, article: { ...builtIn.article, published: '0000-01-01' } })),
			/field "article\.published": must be a real calendar date: year 0 is out of range/
		],
		[
			'/cut.json',
			(builtIn) =>
				(routes['/cut.json'] = (_req, res) => {
					const body = JSON.stringify(builtIn);
					res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length), 'access-control-allow-origin': '*' });
					res.write(body.slice(0, 2000), () => res.destroy());
				}),
			/cut\.json: the download broke off before the end/
		],
		[
			'/login.json',
			() =>
				(routes['/login.json'] = (_req, res) => {
					res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*' });
					res.end('<!doctype html><title>Sign in</title><form>…</form>');
				}),
			/login\.json: the server sent text\/html, not JSON/
		],
		[
			'/moved.json',
			// localhost and 127.0.0.1 are two origins, though one server.
			() =>
				(routes['/moved.json'] = (_req, res) => {
					res.writeHead(302, { location: `${hostOrigin.replace('127.0.0.1', 'localhost')}/year-zero.json`, 'access-control-allow-origin': '*' });
					res.end();
				}),
			/moved\.json: the server redirected to http:\/\/localhost:\d+\/year-zero\.json, another site/
		]
	];
	for (const [path, serve, message] of unshowable)
		test(`a hosted dataset that cannot be shown ends in a visible message: ${path}`, async ({ page, request }) => {
			serve(await (await request.get(`${SITE}/data/xi-visit-russia-2023.json`)).json());
			await page.goto(`${SITE}/embed/xi-visit-russia-2023?data=${encodeURIComponent(`${hostOrigin}${path}`)}`);
			const alert = page.getByRole('alert');
			await expect(alert).toContainText('This dataset cannot be shown');
			await expect(alert).toContainText(message);
			await expect(page.getByText('Loading the dataset…')).toHaveCount(0);
		});

	test('events in years 1 and 9999 draw, and every settled view is reported as dates', async ({ page, request }) => {
		const builtIn = await (await request.get(`${SITE}/data/xi-visit-russia-2023.json`)).json();
		const at = (event: { date: string; recorded?: unknown; qualifier?: unknown; stated: object }, date: string) => {
			const { recorded: _recorded, qualifier: _qualifier, ...rest } = event;
			return { ...rest, date, stated: { ...event.stated, date } };
		};
		const first = builtIn.events.findIndex((e: { status: string }) => e.status === 'happened');
		const last = builtIn.events.findIndex((e: { status: string }) => e.status === 'anticipated');
		const events = builtIn.events.map((event: { date: string; stated: object }, i: number) =>
			i === first ? at(event, '0001-01-01') : i === last ? at(event, '9999-12-31') : event
		);
		pages['/edges.json'] = JSON.stringify({ ...builtIn, id: 'calendar-edges', article: { ...builtIn.article, title: 'At the calendar’s edges' }, events });
		// The plain iframe snippet: what is tested is the frame, not the loader.
		const src = `${SITE}/embed/xi-visit-russia-2023?data=${encodeURIComponent(`${hostOrigin}/edges.json`)}`;
		await page.goto(hostPage('/edges.html', `<div class="plain"><iframe src="${src}" title="Timeline" style="width:100%;height:900px;border:0"></iframe></div>`));
		const frame = page.frameLocator('.plain iframe');
		await expect(frame.locator('.credit')).toContainText('At the calendar’s edges');
		await expect(frame.locator('.timeline-svg .tick-label').first()).toBeVisible();
		const lastView = async () => (await received(page)).filter((m) => m.type === 'view').at(-1) as { from: string; to: string } | undefined;
		// Zoomed in and back out to the whole span, which starts on the calendar's first day.
		await frame.locator('.timeline-svg .event-mark[tabindex="0"]').focus();
		await page.keyboard.press('+');
		await expect.poll(lastView).toEqual(expect.objectContaining({ from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }));
		// (Zooming in culls the focused first event, and the focus with it: the button fits all.)
		await frame.getByRole('button', { name: 'Fit all' }).click();
		await expect.poll(async () => (await lastView())?.from).toBe('0001-01-01');
		// At the far end, the view is still a range of written dates.
		await frame.locator('.timeline-svg .event-mark[tabindex="0"]').focus();
		await page.keyboard.press('End');
		await page.keyboard.press('Enter');
		await expect(frame.locator('#detail-title')).toHaveText(builtIn.events[last].title);
		for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
		await expect.poll(async () => (await lastView())?.to).toBe('9999-12-31');
	});

	test('the plain wheel scrolls the host page; Ctrl + wheel zooms the timeline', async ({ page, isMobile }) => {
		test.skip(!!isMobile, 'a phone has no wheel: it scrolls the host page by touch and pinches to zoom (explorer.spec.ts, touch)');
		await page.setViewportSize({ width: 1100, height: 700 });
		await page.goto(hostPage('/wheel.html', '<div data-sourceline="xi-visit-russia-2023"></div>'));
		const plot = frameOf(page).locator('.timeline-svg');
		await expect(plot.locator('.event-mark').first()).toBeVisible();
		const box = (await plot.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 120);
		const ticks = () => frameOf(page).locator('.tick-label').allTextContents();
		const before = await ticks();
		const scrolled = await page.evaluate(() => window.scrollY);
		await page.mouse.wheel(0, 400);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
		expect(await ticks()).toEqual(before);
		await expect(frameOf(page).locator('.wheel-hint')).toBeVisible();

		// With Ctrl (as a trackpad pinch also arrives) the same wheel zooms. Dispatched in the frame, because a
		// browser keeps Ctrl + wheel from the real mouse for its own page zoom in headless mode.
		for (let i = 0; i < 4; i++)
			await plot.evaluate((svg) => {
				const box = svg.getBoundingClientRect();
				svg.dispatchEvent(
					new WheelEvent('wheel', { deltaY: -300, ctrlKey: true, clientX: box.x + box.width / 2, clientY: box.y + 120, bubbles: true, cancelable: true })
				);
			});
		await expect.poll(ticks).not.toEqual(before);
	});
});

test.describe('the loader script (static/embed.js) on a host page', () => {
	const frames = (page: Page) => page.locator('iframe');
	const initialHeights = (page: Page) => page.evaluate(() => (window as unknown as { initialHeights: string[] }).initialHeights);

	test('mounts each placeholder once, even when the page loads the script twice', async ({ page }) => {
		const placeholders = '<div id="one" data-sourceline="xi-visit-russia-2023"></div><div id="two" data-sourceline="xi-visit-russia-2023" data-theme="dark"></div>';
		await page.goto(hostPage('/twice.html', placeholders, `<script src="${SITE}/embed.js"></script>`));
		await expect(page.locator('#one iframe')).toHaveCount(1);
		await expect(page.locator('#two iframe')).toHaveAttribute('src', `${SITE}/embed/xi-visit-russia-2023?theme=dark`);
		// Both copies of the script have run by the time the page has loaded; still one frame each.
		await page.waitForLoadState('load');
		await expect(frames(page)).toHaveCount(2);
		expect(await initialHeights(page)).toEqual(['640px', '640px']);
		await expect(page.locator('[data-sourceline-mounted="true"]')).toHaveCount(2);
	});

	test('mounts placeholders the page adds after the script has run, once each, and sizes their frames', async ({ page }) => {
		// As a CMS or a single-page app does: the article (and its embed) arrives after the page and the loader.
		const later = `<script>
	window.addEventListener('load', () => setTimeout(() => {
		const article = document.createElement('article');
		article.innerHTML = '<p>Loaded later.</p><div id="late" data-sourceline="xi-visit-russia-2023" data-theme="dark" data-height="300"></div>';
		document.body.append(article);
		// Moved within the page: still one frame.
		document.body.prepend(article);
	}, 300));
</script>`;
		await page.goto(hostPage('/later.html', '<div id="first" data-sourceline="xi-visit-russia-2023"></div>', later));
		await expect(page.locator('#late iframe')).toHaveAttribute('src', `${SITE}/embed/xi-visit-russia-2023?theme=dark`);
		await expect(frames(page)).toHaveCount(2);
		// The late frame reports its height like the first one, and the loader applies it.
		await expect(page.frameLocator('#late iframe').locator('.timeline-svg .event-mark').first()).toBeVisible();
		await expect.poll(() => page.locator('#late iframe').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(300);
		await expect(page.locator('[data-sourceline-mounted="true"]')).toHaveCount(2);
	});

	test('refuses a placeholder whose id is not a timeline id, with a warning, and mounts the good one', async ({ page }) => {
		const warnings = warningsOf(page);
		const bad = ['../../admin', '', 'Xi-Visit', 'a--b', '-a', 'a b', 'javascript:alert(1)', `${'x'.repeat(70)}<`];
		const placeholders = [...bad.map((id) => `<div data-sourceline="${id.replaceAll('<', '&lt;')}"></div>`), '<div id="good" data-sourceline="xi-visit-russia-2023"></div>'].join('\n');
		await page.goto(hostPage('/bad-ids.html', placeholders));
		await expect(page.locator('#good iframe')).toHaveCount(1);
		await expect(frames(page)).toHaveCount(1);
		expect(warnings.filter((w) => w.startsWith('Sourceline:'))).toEqual(
			bad.map((id) => `Sourceline: data-sourceline must be a timeline id, not ${JSON.stringify(id.slice(0, 60))}`)
		);
		await expect(page.locator('[data-sourceline-mounted]')).toHaveCount(1);
	});

	test('passes every option to the frame’s query in one order, leaves out empty and unknown ones, and titles the frame', async ({ page }) => {
		const attributes = [
			'data-categories="energy,diplomacy"',
			'data-to="2022-12-31"',
			'data-lanes="actor"',
			'data-from="2022-01-01"',
			'data-controls="on"',
			'data-passages="panel"',
			'data-theme="light"',
			'data-event="russia-invades-ukraine"',
			'data-data=""',
			'data-colour="red"',
			'data-title="Russia and China, 2022"'
		];
		await page.goto(hostPage('/all-options.html', `<div data-sourceline="xi-visit-russia-2023" ${attributes.join(' ')}></div>`));
		const iframe = page.locator('[data-sourceline] iframe');
		await expect(iframe).toHaveAttribute(
			'src',
			`${SITE}/embed/xi-visit-russia-2023?event=russia-invades-ukraine&from=2022-01-01&to=2022-12-31&theme=light&passages=panel&controls=on&lanes=actor&categories=energy%2Cdiplomacy`
		);
		await expect(iframe).toHaveAttribute('title', 'Russia and China, 2022');
		await expect(iframe).toHaveAttribute('loading', 'lazy');
		// And the frame does what they say.
		const frame = frameOf(page);
		await expect(frame.locator('#detail-title')).toHaveText(/Russia invades Ukraine|invasion/i);
		await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
		expectWindow(await axisWindow(frame), { start: dayOf('2022-01-01'), end: dayOf('2023-01-01') }, 1.5, 'the frame shows from … to');
		const drawn = await frame.locator('.timeline-svg .event-mark').evaluateAll((gs) => gs.map((g) => (g as SVGElement).dataset.event!));
		expect(drawn.length).toBeGreaterThan(0);
		for (const id of drawn) expect(['energy', 'diplomacy'], `${id} is in a chosen category`).toContain(event(id).category);
		const lanes = await frame.locator('.lane-label').allTextContents();
		expect(lanes.length).toBeGreaterThan(0);
		for (const lane of lanes) expect(Object.values(DATA.actors).map((actor) => actor.name), 'lanes are actors').toContain(lane);
	});

	test('a placeholder without a title gets "Timeline"; data-height is held to 160–4000 px, with a warning', async ({ page }) => {
		const warnings = warningsOf(page);
		const heights = ['', '100', '500.6', 'tall', '4001'];
		await page.goto(hostPage('/heights.html', heights.map((h) => `<div data-sourceline="xi-visit-russia-2023" data-height="${h}"></div>`).join('\n')));
		await expect(frames(page)).toHaveCount(heights.length);
		expect(await initialHeights(page)).toEqual(['640px', '160px', '501px', '640px', '4000px']);
		await expect(frames(page).first()).toHaveAttribute('title', 'Timeline');
		expect(warnings.filter((w) => w.startsWith('Sourceline:'))).toEqual([
			'Sourceline: data-height 100 is outside 160–4000; using 160',
			'Sourceline: data-height must be a number of pixels, not "tall"; using 640',
			'Sourceline: data-height 4001 is outside 160–4000; using 4000'
		]);
	});

	test('takes a height only from its own frame, of its kind, and within bounds', async ({ page }) => {
		// A second frame of the same site on the page, not made by the loader: the same origin, another window.
		const plain = `<iframe id="plain" src="${SITE}/embed/xi-visit-russia-2023" title="Plain" style="width:100%;height:300px;border:0"></iframe>`;
		await page.goto(hostPage('/resize.html', '<div data-sourceline="xi-visit-russia-2023"></div>', plain));
		// The host counts marker messages, to know that everything posted before them has been handled.
		await page.evaluate(() => {
			const host = window as unknown as { markers: number };
			host.markers = 0;
			window.addEventListener('message', (event) => event.data?.source === 'test' && host.markers++);
		});
		const markers = () => page.evaluate(() => (window as unknown as { markers: number }).markers);
		const iframe = page.locator('[data-sourceline] iframe');
		const loaderFrame = (await (await iframe.elementHandle())!.contentFrame())!;
		const plainFrame = (await (await page.locator('#plain').elementHandle())!.contentFrame())!;
		await expect(frameOf(page).locator('.timeline-svg .event-mark').first()).toBeVisible();
		await expect(page.frameLocator('#plain').locator('.timeline-svg .event-mark').first()).toBeVisible();
		// The height the loader gave the frame, in CSS pixels.
		const height = () => iframe.evaluate((element) => parseFloat(element.style.height));
		await expect.poll(height, { message: 'the frame takes its content’s height' }).toBeGreaterThan(640);
		const settled = await height();

		const post = (frame: Frame, messages: object[]) =>
			frame.evaluate((messages) => {
				for (const message of messages) (window.parent === window ? window : window.parent).postMessage(message, '*');
				(window.parent === window ? window : window.parent).postMessage({ source: 'test' }, '*');
			}, messages);
		const resize = (height: unknown) => ({ source: 'sourceline', version: 1, type: 'resize', height });
		// From the host page itself (its own origin), from the plain frame (the site's origin, another window),
		// and from the loader's own frame: not a resize, or a height out of bounds.
		await post(page.mainFrame(), [resize(3333)]);
		await post(plainFrame, [resize(3333)]);
		await post(loaderFrame, [
			{ ...resize(3333), source: 'other' },
			{ ...resize(3333), type: 'ready' },
			resize(20_001),
			resize(0),
			resize(-50),
			resize('3333'.repeat(10)),
			resize(null)
		]);
		await expect.poll(markers).toBe(3);
		expect(await height(), 'none of them resized the frame').toBe(settled);

		// A resize from its own frame within bounds is applied, rounded up to whole pixels.
		await post(loaderFrame, [resize(settled + 100.2)]);
		await expect.poll(height).toBe(settled + 101);

		// The same frame's window, navigated to a page of another origin: no longer the timeline, so not obeyed.
		pages['/impostor.html'] = `<!doctype html><title>Impostor</title><script>
			parent.postMessage(${JSON.stringify(resize(3333))}, '*');
			parent.postMessage({ source: 'test' }, '*');
		</script>`;
		await page.evaluate((url) => (document.querySelector('[data-sourceline] iframe') as HTMLIFrameElement).contentWindow!.location.replace(url), `${hostOrigin}/impostor.html`);
		await expect.poll(markers).toBe(5);
		expect(await height(), 'a message from another origin in the frame').toBe(settled + 101);
	});

	test('follows a mounted placeholder’s attributes: theme, window and event through the API, other options by a new URL', async ({ page }) => {
		// As a CMS that sets the theme after the page renders, or a single-page app that moves to another event.
		await page.goto(hostPage('/follow.html', '<div id="p" data-sourceline="xi-visit-russia-2023"></div>'));
		await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('ready');
		const iframe = page.locator('#p iframe');
		const frame = frameOf(page);
		const set = (attributes: Record<string, string | null>) =>
			page.evaluate((attributes) => {
				const placeholder = document.getElementById('p')!;
				for (const [name, value] of Object.entries(attributes)) if (value === null) placeholder.removeAttribute(name); else placeholder.setAttribute(name, value);
			}, attributes);
		// A mark in the frame's document: gone when the frame reloads.
		await frame.locator('html').evaluate(() => ((window as unknown as { firstDocument: boolean }).firstDocument = true));
		const sameDocument = () => frame.locator('html').evaluate(() => (window as unknown as { firstDocument?: boolean }).firstDocument === true);

		await set({ 'data-theme': 'dark' });
		await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
		await set({ 'data-from': '2022-01-01', 'data-to': '2022-06-30' });
		await expect.poll(async () => (await received(page)).filter((m) => m.type === 'view').at(-1)).toEqual(expect.objectContaining({ from: '2022-01-01', to: '2022-06-30' }));
		await set({ 'data-event': 'g20-summit-bali' });
		await expect(frame.locator('#detail-title')).toHaveText('China signs a G20 statement condemning the war, as the article reports');
		await set({ 'data-title': 'The visit, day by day' });
		await expect(iframe).toHaveAttribute('title', 'The visit, day by day');
		await set({ 'data-event': null });
		await expect(frame.locator('#detail-title')).toHaveCount(0);
		await set({ 'data-theme': null });
		await expect(frame.locator('html')).not.toHaveAttribute('data-theme', /./);
		expect(await sameDocument(), 'theme, window, event and title need no reload').toBe(true);
		await expect(iframe).toHaveAttribute('src', `${SITE}/embed/xi-visit-russia-2023`);

		// An option the API does not carry, and a window given up: a new URL holding every current option.
		await set({ 'data-passages': 'popover', 'data-event': 'sco-summit-uzbekistan' });
		await expect(iframe).toHaveAttribute('src', `${SITE}/embed/xi-visit-russia-2023?event=sco-summit-uzbekistan&from=2022-01-01&to=2022-06-30&passages=popover`);
		await expect(frame.locator('.passage-text')).toContainText('At a summit held in September 2021 in Uzbekistan');
		expect(await sameDocument()).toBe(false);
		await set({ 'data-from': null, 'data-to': null });
		await expect(iframe).toHaveAttribute('src', `${SITE}/embed/xi-visit-russia-2023?event=sco-summit-uzbekistan&passages=popover`);
		await expect(frame.locator('#detail-title')).toHaveText(/Putin acknowledges/);
		await expect(page.locator('iframe')).toHaveCount(1);
	});

	test('a placeholder given a timeline id later mounts then; data-height set before the frame reports applies', async ({ page }) => {
		const warnings = warningsOf(page);
		// The frame's page is held, so it cannot report its height yet.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(`${SITE}/embed/**`, async (route) => {
			await held;
			await route.continue();
		});
		// The page's load event waits for the held frame: go on once its document is parsed.
		await page.goto(hostPage('/later-id.html', '<div id="p" data-sourceline="pending"></div><div id="bad" data-sourceline="TBD"></div>'), { waitUntil: 'domcontentloaded' });
		await expect(page.locator('#p iframe')).toHaveCount(1);
		await page.evaluate(() => document.getElementById('p')!.setAttribute('data-height', '300'));
		await expect(page.locator('#p iframe')).toHaveCSS('height', '300px');
		await page.evaluate(() => document.getElementById('p')!.setAttribute('data-sourceline', 'xi-visit-russia-2023'));
		await expect(page.locator('#p iframe')).toHaveAttribute('src', `${SITE}/embed/xi-visit-russia-2023`);
		await page.evaluate(() => document.getElementById('bad')!.setAttribute('data-sourceline', 'xi-visit-russia-2023'));
		await expect(page.locator('#bad iframe')).toHaveAttribute('src', `${SITE}/embed/xi-visit-russia-2023`);
		release();
		await expect(page.frameLocator('#p iframe').locator('.timeline-svg .event-mark').first()).toBeVisible();
		await expect.poll(() => page.locator('#p iframe').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(300);
		await expect(page.locator('iframe')).toHaveCount(2);
		expect(warnings.filter((w) => w.startsWith('Sourceline:'))).toEqual(['Sourceline: data-sourceline must be a timeline id, not "TBD"']);
	});
});
