import type { Page } from '@playwright/test';
import { expect, markOf, pressMark, test } from './helpers.ts';

/**
 * Sharing the built site: oEmbed (discovery and the endpoint), Open Graph cards, the Content-Security-Policy every
 * page carries (and that nothing on the page breaks it), and the framing headers of the reference host.
 * The site is built with the default SOURCELINE_ORIGIN: absolute URLs in the pages name it, wherever the tests serve them.
 */
const ORIGIN = 'http://localhost:4173';
const ID = 'xi-visit-russia-2023';
const OEMBED = `${ORIGIN}/oembed/${ID}.json`;
const TITLE = 'Xi Jinping’s visit to Russia and America’s hostile policy towards China-Russia rapprochement';

/** Collects CSP violations two ways: the console report, and the `securitypolicyviolation` DOM event. */
async function watchCsp(page: Page) {
	const messages: string[] = [];
	page.on('console', (message) => {
		if (/Content[- ]Security[- ]Policy/i.test(message.text())) messages.push(message.text());
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`)
		);
	});
	return async () => {
		const events = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
		expect(messages, 'console CSP messages').toEqual([]);
		expect(events, 'securitypolicyviolation events').toEqual([]);
	};
}

const csp = (page: Page) => page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content');

test.describe('oEmbed', () => {
	test('the endpoint serves a rich response with an iframe of the embed page', async ({ request }) => {
		const response = await request.get(`/oembed/${ID}.json`);
		expect(response.ok()).toBe(true);
		expect(response.headers()['content-type']).toContain('application/json');
		const body = await response.json();
		expect(body).toMatchObject({
			version: '1.0',
			type: 'rich',
			provider_name: 'Sourceline',
			title: TITLE,
			author_name: 'Nadia Helmy',
			width: 800,
			height: 900,
			thumbnail_url: `${ORIGIN}/screenshots/explorer.png`
		});
		// The size it claims is the served image's own.
		const png = await (await request.get('/screenshots/explorer.png')).body();
		expect([body.thumbnail_width, body.thumbnail_height]).toStrictEqual([png.readUInt32BE(16), png.readUInt32BE(20)]);
		expect(body.html).toMatch(new RegExp(`^<iframe src="${ORIGIN}/embed/${ID}"[^>]*></iframe>$`));
		// The title's apostrophes are HTML, not raw markup.
		expect(body.html).toContain('title="Timeline: Xi Jinping’s visit');
		// The embed and the thumbnail it names are there.
		expect((await request.get(`/embed/${ID}`)).ok()).toBe(true);
		expect((await request.get('/screenshots/explorer.png')).ok()).toBe(true);
	});

	for (const path of ['/', `/timelines/${ID}/`, `/embed/${ID}`]) {
		test(`${path} links to it for discovery`, async ({ page }) => {
			await page.goto(path);
			const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
			await expect(link).toHaveCount(1);
			await expect(link).toHaveAttribute('href', OEMBED);
			await expect(link).toHaveAttribute('title', `Timeline: ${TITLE}`);
		});
	}
});

test.describe('social cards', () => {
	test('the home page has Open Graph and Twitter tags with absolute URLs, and a canonical link', async ({ page, request }) => {
		await page.goto('/');
		const png = await (await request.get('/screenshots/explorer.png')).body();
		const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);
		await expect(meta('og:title')).toHaveAttribute('content', `Timeline: ${TITLE}`);
		await expect(meta('og:description')).toHaveAttribute('content', /^\d+ dated events from “Xi Jinping’s visit/);
		await expect(meta('og:type')).toHaveAttribute('content', 'article');
		// The home page shows the built-in timeline, whose one canonical address is its own page.
		await expect(meta('og:url')).toHaveAttribute('content', `${ORIGIN}/timelines/${ID}/`);
		await expect(meta('og:image')).toHaveAttribute('content', `${ORIGIN}/screenshots/explorer.png`);
		// The image's own size, read from its PNG header.
		await expect(meta('og:image:width')).toHaveAttribute('content', String(png.readUInt32BE(16)));
		await expect(meta('og:image:height')).toHaveAttribute('content', String(png.readUInt32BE(20)));
		await expect(meta('og:image:alt')).toHaveAttribute('content', /timeline/i);
		await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${ORIGIN}/timelines/${ID}/`);
	});
});

test.describe('Content-Security-Policy', () => {
	for (const path of ['/', `/timelines/${ID}/`, `/embed/${ID}`]) {
		test(`${path} carries the policy and loads without a violation`, async ({ page }) => {
			const check = await watchCsp(page);
			await page.goto(path);
			const policy = await csp(page);
			expect(policy).toContain("default-src 'self'");
			expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
			expect(policy).toContain("object-src 'none'");
			expect(policy).toContain("base-uri 'self'");
			expect(policy).not.toContain('frame-ancestors'); // ignored (with a console error) in a <meta> policy
			await expect(page.locator('.event-mark').first()).toBeVisible();
			// The app.html script ran (hash allowed) and the app hydrated (SvelteKit's inline script allowed).
			await expect(page.locator('html')).toHaveClass(/\bjs\b/);
			await check();
		});
	}

	test('the index of timelines carries the policy, and searching breaks none', async ({ page }) => {
		const check = await watchCsp(page);
		await page.goto('/timelines/');
		expect(await csp(page)).toContain("default-src 'self'");
		await expect(page.locator('svg.sketch')).toHaveCount(1);
		await expect(page.getByRole('status')).toHaveText('One timeline');
		await page.getByRole('searchbox', { name: 'Search by title' }).fill('Russia');
		await expect(page).toHaveURL(/\?q=Russia$/);
		await check();
	});

	for (const path of ['/', `/embed/${ID}`]) {
		// By click on the desktop, by tap on the phone (where the plot resolves the tap itself).
		test(`selecting an event on ${path} breaks no policy`, async ({ page, isMobile }) => {
			const check = await watchCsp(page);
			await page.goto(path);
			await expect(page.locator('.timeline-svg')).toHaveClass(/\binteractive\b/);
			const id = 'russia-invades-ukraine';
			await pressMark(page, id, !!isMobile);
			await expect(markOf(page, id)).toHaveClass(/\bselected\b/);
			await expect(page.locator('#detail-title')).toBeVisible();
			await check();
		});
	}
});

test.describe('framing headers of the reference host (scripts/serve.js)', () => {
	test('the site may be framed only by itself', async ({ request }) => {
		for (const path of ['/', '/timelines/', '/data/index.json']) {
			const headers = (await request.get(path)).headers();
			expect(headers['content-security-policy'], path).toBe("frame-ancestors 'self'");
			expect(headers['x-frame-options'], path).toBe('SAMEORIGIN');
		}
	});

	test('a page is served at the address the build gave it: the other form of it redirects there', async ({ request }) => {
		for (const [asked, canonical] of [
			['/studio/', '/studio'],
			['/studio/?x=1', '/studio?x=1'],
			['/timelines', '/timelines/']
		] as const) {
			const response = await request.get(asked, { maxRedirects: 0 });
			expect(response.status(), asked).toBe(308);
			expect(response.headers()['location'], asked).toBe(canonical);
		}
		for (const path of ['/', '/studio', '/timelines/', `/embed/${ID}`, '/embed.js']) expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
	});

	test('the embed may be framed by anyone', async ({ request }) => {
		const headers = (await request.get(`/embed/${ID}`)).headers();
		expect(headers['content-security-policy']).toBe('frame-ancestors *');
		expect(headers['x-frame-options']).toBeUndefined();
	});
});
