/**
 * The studio from arrival to review: the work saved in this browser is reopened; otherwise a person starts from
 * an article (drafted in a worker, with progress) or opens an existing dataset. Every way in ends in review or
 * back at the start with what went wrong said; nothing saved is thrown away without a person asking.
 */
import { metaFrom, type ArticleForm } from './article-form.ts';
import { DraftCancelled, runDraft } from './draft-job.ts';
import type { DraftProgress } from './draft-steps.ts';
import { openDataset, type GivenFile } from './open-files.ts';
import { ReviewState } from './review-state.svelte.ts';
import { discardSavedWork, loadSavedWork } from './saved-work.ts';
import { WorkSaver } from './work-saver.svelte.ts';
import { workFrom, type Work } from './work.ts';

export type Phase = 'loading' | 'start' | 'drafting' | 'review';

export class StudioSession {
	phase = $state<Phase>('loading');
	review = $state.raw<ReviewState | null>(null);
	progress = $state<DraftProgress>({ done: 0, label: '' });
	/** Why the last attempt to start (draft, open, reopen) failed, one line each; empty when it did not. */
	problems = $state.raw<string[]>([]);
	/** What the validator warned of in a dataset that opened. */
	warnings = $state.raw<string[]>([]);
	/** A saved work that could not be opened: it is kept until the person discards it. */
	savedProblem = $state('');
	readonly saver = new WorkSaver();

	#drafting: AbortController | null = null;

	/** Reopens the work saved in this browser, if there is one. */
	async resume(): Promise<void> {
		const loaded = await loadSavedWork();
		if (!loaded.ok) {
			this.savedProblem = loaded.problem;
			this.phase = 'start';
			return;
		}
		if (loaded.saved) this.#review(loaded.saved.work, loaded.saved.selected);
		else this.phase = 'start';
	}

	/** Drafts a timeline from the form's article (which the form has checked). */
	async draft(form: ArticleForm): Promise<void> {
		const result = await this.#extract(form.text, form.published, 'draft');
		if (result?.events) this.#review(workFrom(form.id, metaFrom(form), form.text, result.events, result.expressions), null);
	}

	/** Opens an existing dataset to edit; its time expressions are found again to be marked. */
	async open(files: GivenFile[]): Promise<void> {
		const opened = openDataset(files);
		if (!opened.ok) {
			this.problems = opened.problems;
			return;
		}
		const result = await this.#extract(opened.work.text, opened.work.meta.published, 'expressions');
		if (!result) return;
		this.warnings = opened.warnings;
		this.#review({ ...opened.work, expressions: result.expressions }, null);
	}

	cancel(): void {
		this.#drafting?.abort();
	}

	/** Throws the saved work away (the page has asked the person first) and goes back to the start. */
	async discard(): Promise<void> {
		await this.saver.flush();
		await discardSavedWork();
		this.review = null;
		this.savedProblem = '';
		this.warnings = [];
		this.phase = 'start';
	}

	/** Stores the work as it now is (the page calls this when the work or the selection changes). */
	save(): void {
		if (this.review) this.saver.schedule(this.review.work, this.review.selectedKey);
	}

	async #extract(text: string, published: string, mode: 'draft' | 'expressions') {
		this.problems = [];
		this.phase = 'drafting';
		this.progress = { done: 0, label: 'Starting' };
		this.#drafting = new AbortController();
		try {
			return await runDraft({ text, published, mode }, (progress) => (this.progress = progress), this.#drafting.signal);
		} catch (error) {
			if (!(error instanceof DraftCancelled)) this.problems = [`The draft could not be made: ${(error as Error).message}`];
			this.phase = 'start';
			return undefined;
		} finally {
			this.#drafting = null;
		}
	}

	#review(work: Work, selected: string | null): void {
		this.review = new ReviewState(work, selected);
		this.phase = 'review';
		this.save();
	}
}
