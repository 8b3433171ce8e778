/**
 * Saves the work as it changes: a change is written at once, so that a tab closed right after it keeps it (a
 * closing page may be stopped before its `pagehide` handler runs, under load). At most one write is in flight;
 * changes made meanwhile wait, and only the newest of them is written when it commits. `flush` begins the waiting
 * write at once (when the page is hidden or closed). The status says whether what is on screen is stored.
 */
import { openDatabase, storeWork } from './saved-work.ts';
import type { Work } from './work.ts';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export class WorkSaver {
	status = $state<SaveStatus>('idle');
	savedAt = $state<Date | null>(null);
	problem = $state('');

	#next: { work: Work; selected: string | null } | null = null;
	/** The open database, once known: with it a save begins in the same task (as the tab closes). */
	#db: IDBDatabase | null = null;
	/** Saves begun and not yet committed. */
	#writing = 0;
	#settled: Promise<void> = Promise.resolve();

	schedule(work: Work, selected: string | null): void {
		this.#next = { work, selected };
		if (this.#writing === 0) void this.flush();
		else this.status = 'pending';
	}

	/**
	 * Begins saving what is waiting, at once when the database is open; resolves when everything begun so far has
	 * committed (or failed). Saves are transactions on one store, begun in order, so the newest is committed last.
	 */
	flush(): Promise<void> {
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
				if (--this.#writing > 0) return;
				if (this.#next) void this.flush();
				else this.status = this.problem ? 'failed' : 'saved';
			});
		}
		return this.#settled;
	}
}
