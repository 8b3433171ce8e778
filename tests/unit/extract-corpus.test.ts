// The extractor against the hand-annotated corpus (tests/fixtures/extract/): the targets of issue #12 that the
// eval measures, kept as tests so that no change can quietly give them up. `npm run eval:extract` prints the table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/extract-corpus.ts';
import { draftTimeline } from '../../src/lib/extract/draft.ts';
import { proposedEvents, rates, scoreExpressions, totalScore } from '../../src/lib/extract/evaluate.ts';
import { analyseText, expressionRecords } from '../../src/lib/extract/expressions.ts';
import { formatIssue } from '../../src/lib/model/issues.ts';
import { validateTimelineSource } from '../../src/lib/model/validate.ts';

const corpus = readCorpus().map((article) => ({
	...article,
	score: scoreExpressions(article.gold, expressionRecords(analyseText(article.text, article.published).expressions))
}));

describe('the corpus', () => {
	it('has at least 8 articles of our own besides the built-in one, and three held out', () => {
		expect(corpus.filter((a) => a.set === 'development' && !a.file.includes('/data/')).length).toBeGreaterThanOrEqual(8);
		expect(corpus.filter((a) => a.set === 'held-out')).toHaveLength(3);
	});

	it.each(corpus.map((a) => [a.name, a] as const))('%s: no value claims more precision than the words', (_, article) => {
		expect(article.score.overClaims.map((o) => `"${o.found.text}" ${o.found.value}, gold ${o.gold.value}`)).toEqual([]);
	});

	it('meets the targets overall: relaxed recall ≥ 0.90, precision ≥ 0.85, value accuracy ≥ 0.85', () => {
		const all = rates(totalScore(corpus.map((a) => a.score)));
		expect(all.relaxedRecall).toBeGreaterThanOrEqual(0.9);
		expect(all.relaxedPrecision).toBeGreaterThanOrEqual(0.85);
		expect(all.valueAccuracy).toBeGreaterThanOrEqual(0.85);
	});

	it('meets them on the held-out articles alone', () => {
		const heldOut = rates(totalScore(corpus.filter((a) => a.set === 'held-out').map((a) => a.score)));
		expect(heldOut.relaxedRecall).toBeGreaterThanOrEqual(0.9);
		expect(heldOut.relaxedPrecision).toBeGreaterThanOrEqual(0.85);
		expect(heldOut.valueAccuracy).toBeGreaterThanOrEqual(0.85);
	});
});

describe('the built-in article', () => {
	const builtIn = corpus.find((a) => a.name === 'xi-visit-russia-2023')!;

	it('gets every calendar expression, with exactly the gold span and value', () => {
		expect(builtIn.score.gold).toBe(8);
		expect([builtIn.score.strict, builtIn.score.valueRight, builtIn.score.found]).toEqual([8, 8, 8]);
	});

	it('has at least 13 of its dataset events proposed with a date that overlaps the dataset’s', () => {
		const dataset = JSON.parse(readFileSync('data/xi-visit-russia-2023/events.json', 'utf8')) as { events: { id: string; date: string; passages: { start: number; end: number }[] }[] };
		const proposed = proposedEvents(dataset.events, draftTimeline(builtIn.text, builtIn.published).events);
		expect([...proposed.values()].filter(Boolean).length).toBeGreaterThanOrEqual(13);
	});
});

describe('drafts of every corpus article', () => {
	it.each(corpus.map((a) => [a.name, a] as const))('%s: the draft validates, its one warning counting the drafts', (name, article) => {
		const events = draftTimeline(article.text, article.published);
		const result = validateTimelineSource({
			id: 'corpus',
			meta: {
				file: `${name}/article.meta.json`,
				json: { title: name, author: 'Sourceline', publisher: 'Sourceline', url: 'https://example.org/', published: article.published, language: 'en', textFile: 'article.txt' }
			},
			events: { file: `${name}/events.json`, json: events },
			text: { file: article.file, name: 'article.txt', content: article.text }
		});
		expect(result.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
		expect(result.issues.map((i) => i.message)).toEqual([`${events.events.length + events.undatable.length} drafted item(s) not yet accepted: review each and remove its "draft": true`]);
	});
});
