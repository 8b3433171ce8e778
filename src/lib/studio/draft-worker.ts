/// <reference lib="webworker" />
/** The module worker that runs the extractor for the studio (see `draft-job.ts`). */
import { draftSteps, type DraftMessage, type DraftRequest } from './draft-steps.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: DraftMessage) => scope.postMessage(message);

scope.onmessage = ({ data }: MessageEvent<DraftRequest>) => {
	try {
		post({ type: 'done', result: draftSteps(data, post) });
	} catch (error) {
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
