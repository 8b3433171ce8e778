import { describe, expect, it } from 'vitest';
import { sitemapXml } from './sitemap.ts';

describe('sitemapXml', () => {
	it('lists each page’s absolute URL', () => {
		expect(sitemapXml('https://sl.example', ['/timelines/', '/timelines/a-b/'])).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n' +
				'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
				'\t<url><loc>https://sl.example/timelines/</loc></url>\n' +
				'\t<url><loc>https://sl.example/timelines/a-b/</loc></url>\n' +
				'</urlset>\n'
		);
	});

	it('escapes what XML would read as markup', () => {
		expect(sitemapXml('https://sl.example', ["/a?x=1&y='<>\""])).toContain(`<loc>https://sl.example/a?x=1&amp;y=&#39;&lt;&gt;&quot;</loc>`);
	});
});
