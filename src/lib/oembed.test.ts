import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { oembed, oembedUrl } from './oembed.ts';
import { SCREENSHOT } from './sharing/social-card.ts';

const timeline = { id: 'xi-visit-russia-2023', article: { title: 'Xi’s visit', author: 'Nadia Helmy' } };

/** The size a PNG file says it is (its IHDR chunk), as thumbnail_width and thumbnail_height. */
function pngSize(file: string) {
	const header = readFileSync(file);
	return { thumbnail_width: header.readUInt32BE(16), thumbnail_height: header.readUInt32BE(20) };
}

describe('oembed', () => {
	it('is a rich oEmbed response with an iframe of the embed page, and the screenshot’s own size', () => {
		const response = oembed('https://sourceline.example', timeline, SCREENSHOT);
		expect(response).toMatchObject({
			version: '1.0',
			type: 'rich',
			provider_name: 'Sourceline',
			provider_url: 'https://sourceline.example/',
			title: 'Xi’s visit',
			author_name: 'Nadia Helmy',
			width: 800,
			height: 900,
			thumbnail_url: 'https://sourceline.example/screenshots/explorer.png',
			...pngSize('static/screenshots/explorer.png')
		});
		expect(response.html).toMatch(/^<iframe src="https:\/\/sourceline\.example\/embed\/xi-visit-russia-2023" title="Timeline: Xi’s visit" /);
		expect(response.html).toMatch(/<\/iframe>$/);
	});

	it('has no thumbnail fields when there is no image of the timeline', () => {
		const response = oembed('https://sourceline.example', timeline);
		expect(Object.keys(response).filter((key) => key.startsWith('thumbnail'))).toEqual([]);
		expect(response).toMatchObject({ type: 'rich', width: 800, height: 900 });
	});

	it('escapes attribute values, so a title cannot break out of the markup', () => {
		const { html } = oembed('https://sourceline.example', { id: 'a"b', article: { title: '"><script>alert(1)</script>&\'', author: 'x' } });
		expect(html).not.toContain('<script');
		expect(html).toContain('src="https://sourceline.example/embed/a%22b"');
		expect(html).toContain('title="Timeline: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39;"');
		expect(html.match(/"/g)?.length).toBe(2 * 6); // src, title, width, height, style, loading: nothing else quoted
	});

	it('names the endpoint', () => {
		expect(oembedUrl('http://localhost:4173', 'xi-visit-russia-2023')).toBe('http://localhost:4173/oembed/xi-visit-russia-2023.json');
	});
});
