/**
 * The extractor's work for the studio, wherever it runs (the worker, or the main thread where no worker can
 * start): the expressions to mark, the draft, and progress as the sum of the finished steps' shares; and the
 * messages that carry them between the worker and the page (draft-job.ts).
 */
import { draftFromAnalysis } from '../extract/draft.ts';
import { analyseText, DRAFT_STEPS, type DraftStep } from '../extract/expressions.ts';
import type { EventsFile } from '../model/schema.ts';
import type { FoundExpression } from './work.ts';

export interface DraftRequest {
	text: string;
	published: string;
	/** `expressions` only marks the text (a dataset opened to edit); `draft` also proposes the items. */
	mode: 'draft' | 'expressions';
}

export interface DraftProgress {
	/** 0 to 1. */
	done: number;
	/** What is being done: "Finding time expressions". */
	label: string;
}

export interface DraftResult {
	expressions: FoundExpression[];
	/** Undefined in `expressions` mode. */
	events?: EventsFile;
}

/** What the worker posts back. */
export type DraftMessage = ({ type: 'progress' } & DraftProgress) | { type: 'done'; result: DraftResult } | { type: 'failed'; message: string };

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
