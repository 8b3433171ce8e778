/**
 * Saves the work as it changes: a burst of edits is one write, shortly after the last; writes never overlap, and
 * the newest work is always the one written last. `flush` writes at once (when the page is hidden or closed).
 * The status says whether what is on screen is stored, for the person to see.
 */
import { saveWork } from './saved-work.ts';
import type { Work } from './work.ts';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** After the last edit of a burst: short enough that a closed tab loses nothing a person would notice. */
export const SAVE_DELAY_MS = 300;

export class WorkSaver {
	status = $state<SaveStatus>('idle');
	savedAt = $state<Date | null>(null);
	problem = $state('');

	#next: { work: Work; selected: string | null } | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#writing: Promise<void> | null = null;
	readonly #delay: number;

	constructor(delayMs = SAVE_DELAY_MS) {
		this.#delay = delayMs;
	}

	schedule(work: Work, selected: string | null): void {
		this.#next = { work, selected };
		this.status = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.#delay);
	}

	/** Writes what is scheduled now; resolves when everything scheduled so far is stored (or has failed). */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		while (this.#writing) await this.#writing;
		const next = this.#next;
		if (!next) return;
		this.#next = null;
		this.status = 'saving';
		this.#writing = saveWork(next.work, next.selected).then(
			() => {
				if (this.#next === null) this.status = 'saved';
				this.savedAt = new Date();
				this.problem = '';
			},
			(error: unknown) => {
				this.status = 'failed';
				this.problem = `Not saved in this browser: ${error instanceof Error ? error.message : String(error)}. Download your work to keep it.`;
			}
		);
		await this.#writing;
		this.#writing = null;
		if (this.#next) await this.flush();
	}
}
