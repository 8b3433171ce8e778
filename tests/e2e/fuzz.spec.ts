import { axisWindow, dayOf, expect, test } from './helpers.ts';

/**
 * Hostile values in every query parameter, on the full page and in the embed: no script runs, nothing breaks
 * (the fixture fails a test on any uncaught error in the page), and the console says what was ignored.
 */
const HOSTILE = [
	'<img src=x onerror="window.pwned=1">',
	'"><script>window.pwned=1</script>',
	'javascript:window.pwned=1',
	'x'.repeat(5000),
	'2022-02-30',
	'-1',
	'%00%ff',
	'[object Object]'
];
const PARAMETERS = ['event', 'from', 'to', 'lanes', 'categories', 'theme', 'passages', 'controls', 'data'];
const PAGES = [
	['the explorer', '/', ['event', 'from', 'to', 'lanes', 'categories']],
	['the embed', '/embed/xi-visit-russia-2023', PARAMETERS]
] as const;

for (const [name, path, parameters] of PAGES) {
	test.describe(`hostile query parameters on ${name}`, () => {
		test.skip(({ isMobile }) => isMobile, 'the same code runs on every device');

		for (const parameter of parameters) {
			test(`"${parameter}"`, async ({ page }) => {
				const warnings: string[] = [];
				page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
				for (const value of HOSTILE) {
					// "from" and "to" only mean something together: give the other one a good value.
					const partner = parameter === 'from' ? '&to=2022-12-31' : parameter === 'to' ? '&from=2022-01-01' : '';
					warnings.length = 0;
					await page.goto(`${path}?${parameter}=${encodeURIComponent(value)}${partner}`);
					await expect(page.locator('main')).toBeVisible();
					if (parameter === 'data') {
						// A dataset address that is not one is refused in the frame, in words.
						await expect(page.getByRole('alert')).toContainText('This dataset cannot be shown');
					} else {
						await expect(page.locator('.timeline-svg .event-mark').first()).toBeVisible();
						await expect.poll(() => warnings.join('\n'), { message: `a warning for ${parameter}=${value.slice(0, 30)}` }).toMatch(new RegExp(`ignored[^\\n]*(${parameter}|category)`));
					}
					expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
					await expect(page.locator('img[src="x"]')).toHaveCount(0);
				}
			});
		}
	});
}

test.describe('a window with nothing of the timeline in it', () => {
	test.skip(({ isMobile }) => isMobile, 'the same code runs on every device');
	// Real days, far from the article's: shown clamped, the view would be an empty stretch at one end.
	for (const [name, path] of PAGES)
		test(`is refused on ${name}, which shows the whole timeline and says why`, async ({ page }) => {
			const warnings: string[] = [];
			page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
			await page.goto(`${path}?from=1000-01-01&to=1000-01-02`);
			await expect(page.locator('.notices')).toContainText('1000-01-01 to 1000-01-02 is outside this timeline');
			await expect.poll(() => warnings.join('\n')).toMatch(/ignored "from"\/"to": 1000-01-01 to 1000-01-02 is outside this timeline, which spans \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d/);
			// The whole timeline is in view: from its first event (in 2020) to the article's publication (4 February 2023).
			const shown = await axisWindow(page);
			expect(shown.start).toBeLessThanOrEqual(dayOf('2020-01-01'));
			expect(shown.end).toBeGreaterThanOrEqual(dayOf('2023-02-04'));
		});
});
