import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar-day.ts';
import { embedSnippets, type SnippetInput } from './snippet.ts';

const BASE: SnippetInput = { origin: 'https://sl.example', timelineId: 'xi-visit-russia-2023', theme: 'auto', passages: 'panel', controls: true };
const day = dayFromIso;
const SCRIPT = '<script src="https://sl.example/embed.js" async></script>';

describe('embedSnippets', () => {
	it.each<[string, Partial<SnippetInput>, string, string, string]>([
		[
			'defaults are left out',
			{},
			'<div data-sourceline="xi-visit-russia-2023"></div>',
			'https://sl.example/embed/xi-visit-russia-2023',
			'https://sl.example/embed/xi-visit-russia-2023'
		],
		[
			'every option that differs, in README order',
			{
				event: 'sco-summit-uzbekistan',
				window: { start: day('2022-01-01'), end: day('2023-01-01') },
				theme: 'dark',
				passages: 'popover',
				controls: false,
				lanes: 'actor',
				categories: ['diplomacy', 'energy'],
				actors: ['china', 'usa']
			},
			'<div data-sourceline="xi-visit-russia-2023" data-event="sco-summit-uzbekistan" data-from="2022-01-01" data-to="2022-12-31" data-theme="dark" data-passages="popover" data-controls="off" data-lanes="actor" data-categories="diplomacy,energy" data-actors="china,usa"></div>',
			'https://sl.example/embed/xi-visit-russia-2023?event=sco-summit-uzbekistan&amp;from=2022-01-01&amp;to=2022-12-31&amp;theme=dark&amp;passages=popover&amp;controls=off&amp;lanes=actor&amp;categories=diplomacy%2Cenergy&amp;actors=china%2Cusa',
			'https://sl.example/embed/xi-visit-russia-2023?event=sco-summit-uzbekistan&from=2022-01-01&to=2022-12-31&theme=dark&passages=popover&controls=off&lanes=actor&categories=diplomacy%2Cenergy&actors=china%2Cusa'
		],
		[
			'a dataset hosted elsewhere, last',
			{ theme: 'dark', data: 'https://data.example.org/timelines/harbour.json?v=2&x="y"' },
			'<div data-sourceline="xi-visit-russia-2023" data-theme="dark" data-data="https://data.example.org/timelines/harbour.json?v=2&amp;x=&quot;y&quot;"></div>',
			'https://sl.example/embed/xi-visit-russia-2023?theme=dark&amp;data=https%3A%2F%2Fdata.example.org%2Ftimelines%2Fharbour.json%3Fv%3D2%26x%3D%22y%22',
			'https://sl.example/embed/xi-visit-russia-2023?theme=dark&data=https%3A%2F%2Fdata.example.org%2Ftimelines%2Fharbour.json%3Fv%3D2%26x%3D%22y%22'
		],
		[
			'explicit defaults are left out too',
			{ event: null, lanes: 'category', categories: [], theme: 'auto', passages: 'panel', controls: true },
			'<div data-sourceline="xi-visit-russia-2023"></div>',
			'https://sl.example/embed/xi-visit-russia-2023',
			'https://sl.example/embed/xi-visit-russia-2023'
		],
		[
			'trailing slashes on the origin are dropped',
			{ origin: 'https://sl.example//', theme: 'light' },
			'<div data-sourceline="xi-visit-russia-2023" data-theme="light"></div>',
			'https://sl.example/embed/xi-visit-russia-2023?theme=light',
			'https://sl.example/embed/xi-visit-russia-2023?theme=light'
		],
		[
			'a fractional window becomes the whole days it touches',
			{ window: { start: day('2022-03-05') + 0.7, end: day('2022-03-09') + 0.2 } },
			'<div data-sourceline="xi-visit-russia-2023" data-from="2022-03-05" data-to="2022-03-09"></div>',
			'https://sl.example/embed/xi-visit-russia-2023?from=2022-03-05&amp;to=2022-03-09',
			'https://sl.example/embed/xi-visit-russia-2023?from=2022-03-05&to=2022-03-09'
		],
		[
			'hostile values are escaped in attributes and encoded in the URL',
			{ timelineId: 'a"><script>', event: `x'&"<y>`, categories: ['<b>'] },
			'<div data-sourceline="a&quot;&gt;&lt;script&gt;" data-event="x&#39;&amp;&quot;&lt;y&gt;" data-categories="&lt;b&gt;"></div>',
			'https://sl.example/embed/a%22%3E%3Cscript%3E?event=x%27%26%22%3Cy%3E&amp;categories=%3Cb%3E',
			'https://sl.example/embed/a%22%3E%3Cscript%3E?event=x%27%26%22%3Cy%3E&categories=%3Cb%3E'
		]
	])('%s', (_, change, div, src, url) => {
		const result = embedSnippets({ ...BASE, ...change });
		expect(result.loader).toBe(`${div}\n${SCRIPT}`);
		expect(result.iframe).toBe(`<iframe src="${src}" title="Timeline" style="width:100%;height:900px;border:0" loading="lazy"></iframe>`);
		expect(result.url).toBe(url);
	});

	it('names a custom title in both snippets, escaped', () => {
		const result = embedSnippets({ ...BASE, title: 'Xi & Putin "2023"' });
		expect(result.loader).toContain(' data-title="Xi &amp; Putin &quot;2023&quot;"');
		expect(result.iframe).toContain(' title="Xi &amp; Putin &quot;2023&quot;"');
	});

	it('trims the title, and a title of white space (or the default) is the default', () => {
		expect(embedSnippets({ ...BASE, title: '  Xi and Putin \n' }).iframe).toContain(' title="Xi and Putin"');
		for (const title of [' \n ', ' Timeline ']) {
			const result = embedSnippets({ ...BASE, title });
			expect(result.loader).toBe(`<div data-sourceline="xi-visit-russia-2023"></div>\n${SCRIPT}`);
			expect(result.iframe).toContain(' title="Timeline"');
		}
	});

	it('leaves no unescaped markup in any attribute value', () => {
		const result = embedSnippets({ ...BASE, timelineId: '<x>', event: '"><img onerror=alert(1)>', categories: ["'"], title: '</iframe>' });
		for (const snippet of [result.loader, result.iframe]) {
			const values = [...snippet.matchAll(/="([^"]*)"/g)].map((m) => m[1]!);
			for (const value of values) expect(value).not.toMatch(/[<>"']/);
		}
	});
});
