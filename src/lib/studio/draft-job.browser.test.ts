// The extractor in a real module Web Worker, in Chromium: its progress, its result, cancelling and failing.
import { describe, expect, it } from 'vitest';
import { draftTimeline } from '../extract/draft.ts';
import { analyseText, DRAFT_STEPS } from '../extract/expressions.ts';
import { DraftCancelled, runDraft } from './draft-job.ts';
import type { DraftProgress } from './draft-steps.ts';

const TEXT = [
	'Tallinn’s council met on 4 March 2024 to approve the harbour plan. The mayor said work would start in spring 2025.',
	'Since then, the port authority 🚢 has hired engineers. So far nothing has been decided about the old pier.'
].join('\n\n');

describe('runDraft', () => {
	it('tells each step in order, ends at 1, and gives the extractor’s draft and expressions', async () => {
		const progress: DraftProgress[] = [];
		const result = await runDraft({ text: TEXT, published: '2024-06-01', mode: 'draft' }, (p) => progress.push(p));
		expect(progress.map((p) => p.label)).toStrictEqual([...Object.values(DRAFT_STEPS).map((step) => step.label), 'Done']);
		const done = progress.map((p) => p.done);
		expect(done).toStrictEqual([...done].sort((a, b) => a - b));
		expect(done[0]).toBe(0);
		expect(done.at(-1)).toBe(1);
		expect(result.events).toStrictEqual(draftTimeline(TEXT, '2024-06-01'));
		expect(result.expressions).toStrictEqual(analyseText(TEXT, '2024-06-01').expressions.map(({ start, end, edtf }) => ({ start, end, value: edtf })));
	});

	it('only finds the expressions when asked for them alone', async () => {
		const result = await runDraft({ text: TEXT, published: '2024-06-01', mode: 'expressions' }, () => {});
		expect(result.events).toBeUndefined();
		expect(result.expressions.map((e) => TEXT.slice(e.start, e.end))).toStrictEqual(['4 March 2024', 'spring 2025', 'Since then']);
	});

	it('keeps the page responsive while a long text is drafted, and can be cancelled', async () => {
		const long = TEXT.repeat(5_000);
		const controller = new AbortController();
		let ticks = 0;
		const timer = setInterval(() => ticks++, 10);
		const drafting = runDraft({ text: long, published: '2024-06-01', mode: 'draft' }, (p) => p.done > 0.3 && controller.abort(), controller.signal);
		await expect(drafting).rejects.toBeInstanceOf(DraftCancelled);
		clearInterval(timer);
		// The main thread's timers ran while the worker read the text.
		expect(ticks).toBeGreaterThan(0);
	});

	it('fails with the extractor’s own message', async () => {
		await expect(runDraft({ text: TEXT, published: '2024-02-30', mode: 'draft' }, () => {})).rejects.toThrow(/2024-02-30/);
	});
});
