/**
 * The extractor's work for the studio, wherever it runs (the worker, or the main thread where no worker can
 * start): the expressions to mark, the draft, and progress as the sum of the finished steps' shares.
 */
import { draftFromAnalysis } from '../extract/draft.ts';
import { analyseText, DRAFT_STEPS, type DraftStep } from '../extract/expressions.ts';
import type { DraftMessage, DraftRequest, DraftResult } from './draft-job.ts';

export function draftSteps({ text, published, mode }: DraftRequest, post: (message: DraftMessage) => void): DraftResult {
	const order = Object.keys(DRAFT_STEPS) as DraftStep[];
	const onStep = (step: DraftStep) => {
		const done = order.slice(0, order.indexOf(step)).reduce((sum, s) => sum + DRAFT_STEPS[s].share, 0);
		post({ type: 'progress', done, label: DRAFT_STEPS[step].label });
	};
	const analysis = analyseText(text, published, onStep);
	const expressions = analysis.expressions.map(({ start, end, edtf }) => ({ start, end, value: edtf }));
	const result = mode === 'draft' ? { expressions, events: draftFromAnalysis(text, analysis, published, onStep) } : { expressions };
	post({ type: 'progress', done: 1, label: 'Done' });
	return result;
}
