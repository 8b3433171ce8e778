import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { seededRandom } from '../timeline/random.ts';
import { segmentArticle, type ArticleParagraph, type PassageSpan } from './segments.ts';

/** A compact picture of the segmentation: paragraphs joined by ' | ', marked runs as [text:keys]. */
function picture(paragraphs: ArticleParagraph[]): string {
	return paragraphs
		.map((p) => p.segments.map((s) => (s.passages.length ? `[${s.text}:${s.passages.join(',')}]` : s.text)).join(''))
		.join(' | ');
}

const span = (key: string, start: number, end: number): PassageSpan => ({ key, start, end });

describe('segmentArticle', () => {
	it.each([
		['no passages', 'one two', [], 'one two'],
		['one passage', 'one two three', [span('a', 4, 7)], 'one [two:a] three'],
		['passage at the edges', 'abc', [span('a', 0, 3)], '[abc:a]'],
		['nested', 'abcdef', [span('a', 0, 6), span('b', 2, 4)], '[ab:a][cd:a,b][ef:a]'],
		['overlapping', 'abcdef', [span('a', 0, 4), span('b', 2, 6)], '[ab:a][cd:a,b][ef:b]'],
		['identical spans', 'abc', [span('a', 0, 3), span('b', 0, 3)], '[abc:a,b]'],
		['paragraphs', 'ab\n\ncd', [], 'ab | cd'],
		['blank line holding no-break spaces', 'ab\n\n\u00a0 cd', [], 'ab | cd'],
		['passage across a paragraph break', 'ab\n\ncd', [span('a', 1, 5)], 'a[b:a] | [c:a]d'],
		['single newline stays inside a paragraph', 'ab\ncd', [], 'ab\ncd']
	])('%s', (_name, text, spans, expected) => {
		expect(picture(segmentArticle(text, spans))).toBe(expected);
	});

	it('marks where each passage opens', () => {
		const [p] = segmentArticle('abcdef', [span('a', 0, 4), span('b', 2, 6)]);
		expect(p!.segments.map((s) => s.opens)).toEqual([['a'], ['b'], []]);
	});

	it('keeps every character of the real article, in order', () => {
		const text = readFileSync(new URL('../../../data/xi-visit-russia-2023/article.txt', import.meta.url), 'utf8');
		const spans = [span('a', 100, 200), span('b', 150, 400), span('c', 5000, 5100)];
		const paragraphs = segmentArticle(text, spans);
		for (const p of paragraphs) expect(p.segments.map((s) => s.text).join('')).toBe(text.slice(p.start, p.end));
		const covered = paragraphs.flatMap((p) => p.segments).filter((s) => s.passages.includes('b'));
		expect(covered[0]!.start).toBe(150);
		expect(covered.at(-1)!.end).toBe(400);
		expect(paragraphs.length).toBeGreaterThan(20);
	});

	it('gives every run exactly the passages that cover it, for many overlapping spans given in any order', () => {
		const random = seededRandom(7);
		const text = Array.from({ length: 60 }, (_, i) => `paragraph ${i} `.repeat(1 + Math.floor(random() * 4))).join('\n\n');
		const spans = Array.from({ length: 300 }, (_, i) => {
			const start = Math.floor(random() * (text.length - 1));
			return span(`s${i}`, start, start + 1 + Math.floor(random() * 80));
		});
		const paragraphs = segmentArticle(text, spans);
		for (const segment of paragraphs.flatMap((p) => p.segments)) {
			const covering = spans.filter((s) => s.start <= segment.start && s.end >= segment.end).map((s) => s.key);
			expect(segment.passages).toEqual(covering);
			expect(segment.opens).toEqual(spans.filter((s) => s.start === segment.start).map((s) => s.key));
		}
		// A span opens in a run unless it starts in a paragraph break (which belongs to no paragraph).
		const inText = spans.filter((s) => paragraphs.some((p) => p.start <= s.start && s.start < p.end));
		expect(inText.length).toBeGreaterThan(250);
		expect(paragraphs.flatMap((p) => p.segments.flatMap((s) => s.opens)).sort()).toEqual(inText.map((s) => s.key).sort());
	});
});
