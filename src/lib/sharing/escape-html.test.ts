import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';

/** What a browser reads back from escaped text, written independently of escapeHtml. */
const unescapeHtml = (html: string): string =>
	html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);

describe('escapeHtml', () => {
	it.each([
		['plain', 'plain'],
		['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
		["Tom & Jerry's", 'Tom &amp; Jerry&#39;s'],
		['&amp;', '&amp;amp;'],
		[`a&b"c'd<e>f`, 'a&amp;b&quot;c&#39;d&lt;e&gt;f'],
		['“curly” ’ 🇨🇳', '“curly” ’ 🇨🇳']
	])('%j is %j', (text, html) => {
		expect(escapeHtml(text)).toBe(html);
		expect(unescapeHtml(escapeHtml(text))).toBe(text);
	});
});
