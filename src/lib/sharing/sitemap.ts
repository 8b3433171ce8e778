/** The sitemap (https://www.sitemaps.org/protocol.html): the absolute URL of every page to index, XML-escaped. */
import { escapeHtml } from './escape-html.ts';

export function sitemapXml(origin: string, paths: readonly string[]): string {
	const urls = paths.map((path) => `\t<url><loc>${escapeHtml(origin + path)}</loc></url>\n`).join('');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}</urlset>\n`;
}
