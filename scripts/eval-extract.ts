/**
 * `npm run eval:extract`: the extractor against the hand-annotated corpus, per article and overall (development,
 * held-out, all): relaxed and strict span recall and precision, value accuracy on matched spans, over-claims;
 * then every miss, spurious find, wrong value and over-claim, so a change can be judged by what it fixes and breaks;
 * then which of the built-in dataset's events the draft proposes (passage and date overlapping the dataset's).
 */
import { readFileSync } from 'node:fs';
import { draftTimeline } from '../src/lib/extract/draft.ts';
import { analyseText, expressionRecords } from '../src/lib/extract/expressions.ts';
import { type Score, proposedEvents, rates, scoreExpressions, totalScore } from '../src/lib/extract/evaluate.ts';
import type { EventsFile } from '../src/lib/model/schema.ts';
import { readCorpus } from './extract-corpus.ts';

const articles = readCorpus().map((article) => {
	const found = expressionRecords(analyseText(article.text, article.published).expressions);
	return { ...article, score: scoreExpressions(article.gold, found) };
});

const percent = (x: number) => x.toFixed(2);
const row = (name: string, s: Score) => {
	const r = rates(s);
	return [name, s.gold, s.found, percent(r.relaxedRecall), percent(r.relaxedPrecision), percent(r.strictRecall), percent(r.strictPrecision), percent(r.valueAccuracy), s.overClaims.length];
};
const table = [
	['article', 'gold', 'found', 'relaxed R', 'relaxed P', 'strict R', 'strict P', 'value acc', 'over-claims'],
	...articles.map((a) => row(a.name, a.score)),
	...(['development', 'held-out'] as const).map((set) => row(`all ${set}`, totalScore(articles.filter((a) => a.set === set).map((a) => a.score)))),
	row('all', totalScore(articles.map((a) => a.score)))
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => String(r[c]).length)));
for (const [i, r] of table.entries()) {
	console.log('| ' + r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]!) : String(cell).padStart(widths[c]!))).join(' | ') + ' |');
	if (i === 0) console.log('|' + widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
}

console.log();
for (const a of articles) {
	const { missed, spurious, wrongValues, overClaims } = a.score;
	for (const m of missed) console.log(`${a.name}: missed "${m.text}" (${m.value})`);
	for (const s of spurious) console.log(`${a.name}: spurious "${s.text}" (${s.value})`);
	for (const w of wrongValues) console.log(`${a.name}: "${w.found.text}" is ${w.found.value}${w.found.qualifier ? ' ' + w.found.qualifier : ''}, gold "${w.gold.text}" ${w.gold.value}${w.gold.qualifier ? ' ' + w.gold.qualifier : ''}`);
	for (const o of overClaims) console.log(`${a.name}: OVER-CLAIM "${o.found.text}" ${o.found.value} where the gold is ${o.gold.value}`);
}

const builtIn = articles.find((a) => a.name === 'xi-visit-russia-2023')!;
const dataset = JSON.parse(readFileSync('data/xi-visit-russia-2023/events.json', 'utf8')) as EventsFile;
const proposed = proposedEvents(dataset.events, draftTimeline(builtIn.text, builtIn.published).events);
console.log('\nThe built-in article: its dataset events and the draft event that proposes each');
for (const [id, draft] of proposed) console.log(`${draft ? '✓' : '✗'} ${id.padEnd(34)} ${dataset.events.find((e) => e.id === id)!.date.padEnd(26)} ${draft ? `${draft.date}  (${draft.id})` : ''}`);
console.log(`${[...proposed.values()].filter(Boolean).length} of ${dataset.events.length} dataset events proposed with an overlapping date (target: 13)`);
