/**
 * Saves the work as it changes: a burst of edits is one write, shortly after the last, and the newest work is always
 * the one committed last. `flush` begins a write at once (when the page is hidden or closed). The status says
 * whether what is on screen is stored, for the person to see.
 */
import { openDatabase, storeWork } from './saved-work.ts';
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
	/** The open database, once known: with it a save begins in the same task (as the tab closes). */
	#db: IDBDatabase | null = null;
	/** Saves begun and not yet committed. */
	#writing = 0;
	#settled: Promise<void> = Promise.resolve();
	readonly #delay: number;

	constructor(delayMs = SAVE_DELAY_MS) {
		this.#delay = delayMs;
	}

	schedule(work: Work, selected: string | null): void {
		this.#next = { work, selected };
		this.status = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.#delay);
		// The database is opened ahead of the first save, so that a save as the tab closes can begin at once.
		if (this.#db === null) openDatabase().then((db) => (this.#db = db), () => {});
	}

	/**
	 * Begins saving what is scheduled, at once when the database is open; resolves when everything begun so far has
	 * committed (or failed). Saves are transactions on one store, begun in order, so the newest is committed last.
	 */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		const next = this.#next;
		if (next) {
			this.#next = null;
			this.status = 'saving';
			this.#writing++;
			const db = this.#db;
			const saving = db ? storeWork(db, next.work, next.selected) : openDatabase().then((opened) => storeWork((this.#db = opened), next.work, next.selected));
			const done = saving.then(
				() => {
					this.savedAt = new Date();
					this.problem = '';
				},
				(error: unknown) => {
					this.problem = `Not saved in this browser: ${error instanceof Error ? error.message : String(error)}. Download your work to keep it.`;
				}
			);
			// Writes commit in the order they began: the status is the last one's.
			this.#settled = Promise.all([this.#settled, done]).then(() => {
				if (--this.#writing === 0 && this.#next === null) this.status = this.problem ? 'failed' : 'saved';
			});
		}
		return this.#settled;
	}
}
