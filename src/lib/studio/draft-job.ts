/**
 * Runs the extractor off the main thread, in a module Web Worker, telling progress as it goes: a 2 MB article
 * takes a couple of seconds, during which the page stays responsive and can be cancelled. Where a worker cannot
 * start, the same code runs on the main thread (the page then waits, but nothing is lost).
 */
import type { DraftMessage, DraftProgress, DraftRequest, DraftResult } from './draft-steps.ts';

export class DraftCancelled extends Error {
	override name = 'DraftCancelled';
}

/** @throws DraftCancelled when `signal` aborts; an Error with the extractor's message when it fails. */
export function runDraft(request: DraftRequest, onProgress: (progress: DraftProgress) => void, signal?: AbortSignal): Promise<DraftResult> {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./draft-worker.ts', import.meta.url), { type: 'module', name: 'sourceline-draft' });
	} catch {
		return import('./draft-steps.ts').then(({ draftSteps }) => draftSteps(request, (message) => message.type === 'progress' && onProgress(message)));
	}
	return new Promise<DraftResult>((resolve, reject) => {
		const finish = () => {
			worker.terminate();
			signal?.removeEventListener('abort', cancel);
		};
		const cancel = () => {
			finish();
			reject(new DraftCancelled('cancelled'));
		};
		if (signal?.aborted) return cancel();
		signal?.addEventListener('abort', cancel);
		worker.onmessage = ({ data }: MessageEvent<DraftMessage>) => {
			if (data.type === 'progress') return onProgress(data);
			finish();
			if (data.type === 'done') resolve(data.result);
			else reject(new Error(data.message));
		};
		worker.onerror = (event) => {
			finish();
			reject(new Error(event.message || 'the extractor’s worker stopped'));
		};
		worker.postMessage(request);
	});
}
