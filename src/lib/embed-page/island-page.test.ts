import { describe, expect, it } from 'vitest';
import { scriptJson } from './island-page.ts';

describe('scriptJson', () => {
	it.each([
		['a title that closes the element', { title: 'War </script><script>alert(1)</script>' }],
		['a comment opener', { quote: 'before <!-- after' }],
		['a case-changed closer', { quote: '</SCRIPT >' }],
		['plain text', { quote: 'Xi Jinping’s visit — 2023' }]
	])('keeps %s inside the element, and JSON.parse gives the value back', (_, value) => {
		const text = scriptJson(value);
		expect(text).not.toContain('<');
		expect(JSON.parse(text)).toEqual(value);
	});
});
