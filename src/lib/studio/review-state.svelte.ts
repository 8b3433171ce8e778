/**
 * The studio's state while a person reviews a work: the work, undo and redo of every edit, the selected item, the
 * list's filter, and moving through the list. Edits are pure functions (`edit.ts`); this class keeps their results
 * and says what each did (for the live region). A refused edit changes nothing and says why.
 */
import type { Edit } from './edit.ts';
import { setReview } from './edits.ts';
import { textOrder, type Work, type WorkItem } from './work.ts';

export type ListFilter = 'all' | 'pending' | 'accepted' | 'undatable' | 'rejected';

export const LIST_FILTERS: readonly { filter: ListFilter; label: string }[] = [
	{ filter: 'pending', label: 'To review' },
	{ filter: 'accepted', label: 'Accepted' },
	{ filter: 'undatable', label: 'Undatable' },
	{ filter: 'rejected', label: 'Rejected' },
	{ filter: 'all', label: 'All' }
];

const IN_FILTER: Record<ListFilter, (item: WorkItem) => boolean> = {
	all: () => true,
	pending: (item) => item.review === 'pending',
	accepted: (item) => item.review === 'accepted',
	undatable: (item) => item.kind === 'undatable' && item.review !== 'rejected',
	rejected: (item) => item.review === 'rejected'
};

interface Step {
	before: Work;
	after: Work;
	label: string;
	/** The item selected when the edit was made, selected again when it is undone or redone. */
	selected: string | null;
}

/** Steps kept for undo: enough for a long session, bounded so that a long one cannot hold every state of a 2 MB article. */
export const UNDO_LIMIT = 500;

export class ReviewState {
	work = $state.raw() as Work;
	selectedKey = $state<string | null>(null);
	filter = $state<ListFilter>('all');
	/** What the last edit, undo or redo did, or why an edit was refused: for the live region. */
	message = $state('');
	/** Whether `message` says an edit was refused. */
	refused = $state(false);

	readonly ordered: readonly WorkItem[];
	/** The items the list shows, in the article's order. */
	readonly listed: readonly WorkItem[];
	readonly selected: WorkItem | undefined;
	readonly counts: Readonly<Record<ListFilter, number>>;
	readonly undoLabel: string | undefined;
	readonly redoLabel: string | undefined;

	#past = $state.raw<readonly Step[]>([]);
	#future = $state.raw<readonly Step[]>([]);

	constructor(work: Work, selected: string | null = null) {
		this.work = work;
		this.ordered = $derived(textOrder(this.work.items));
		this.listed = $derived(this.ordered.filter(IN_FILTER[this.filter]));
		this.selected = $derived(this.work.items.find((item) => item.key === this.selectedKey));
		this.counts = $derived(
			Object.fromEntries(LIST_FILTERS.map(({ filter }) => [filter, this.ordered.filter(IN_FILTER[filter]).length])) as Record<ListFilter, number>
		);
		this.undoLabel = $derived(this.#past.at(-1)?.label);
		this.redoLabel = $derived(this.#future.at(-1)?.label);
		this.selectedKey = selected !== null && work.items.some((item) => item.key === selected) ? selected : (this.listed[0]?.key ?? null);
	}

	/** Applies an edit as one undoable step; returns whether it was made. */
	apply(edit: Edit): boolean {
		const result = edit(this.work);
		if (!result.ok) {
			this.#say(`Not done: ${result.problem}.`, true);
			return false;
		}
		this.#past = [...this.#past, { before: this.work, after: result.work, label: result.label, selected: this.selectedKey }].slice(-UNDO_LIMIT);
		this.#future = [];
		const made = result.work.nextKey > this.work.nextKey ? `k${result.work.nextKey - 1}` : null;
		const place = this.listed.findIndex((item) => item.key === this.selectedKey);
		this.work = result.work;
		// A deleted or merged item's place in the list goes to the item that took it.
		if (this.selected === undefined && place >= 0) this.selectedKey = this.listed[Math.min(place, this.listed.length - 1)]?.key ?? null;
		// A new item (a selection made into an event, a split) is selected, shown whatever the filter.
		if (made !== null && result.work.items.some((item) => item.key === made)) {
			if (!IN_FILTER[this.filter](result.work.items.find((item) => item.key === made)!)) this.filter = 'all';
			this.selectedKey = made;
		}
		this.#say(`${result.label}.`);
		return true;
	}

	undo(): void {
		const step = this.#past.at(-1);
		if (!step) return this.#say('Nothing to undo.');
		this.#past = this.#past.slice(0, -1);
		this.#future = [...this.#future, step];
		this.#restore(step.before, step.selected);
		this.#say(`Undone: ${step.label}.`);
	}

	redo(): void {
		const step = this.#future.at(-1);
		if (!step) return this.#say('Nothing to redo.');
		this.#future = this.#future.slice(0, -1);
		this.#past = [...this.#past, step];
		this.#restore(step.after, step.selected);
		this.#say(`Redone: ${step.label}.`);
	}

	/** Accepts or rejects the selected item, then selects the next one in the list, as a reviewer works down it. */
	review(review: 'accepted' | 'rejected'): void {
		const key = this.selectedKey;
		if (key === null) return this.#say('Select an item first.', true);
		const index = this.listed.findIndex((item) => item.key === key);
		if (!this.apply(setReview(key, review))) return;
		const stays = this.listed.some((item) => item.key === key);
		// The item that took its place in the list, or the one after it.
		this.selectedKey = this.listed[stays ? index + 1 : index]?.key ?? this.listed.at(-1)?.key ?? null;
	}

	select(key: string | null): void {
		this.selectedKey = key;
	}

	/** Selects the next (`1`) or previous (`-1`) item in the list; the first or last when none is selected there. */
	step(by: 1 | -1): void {
		const list = this.listed;
		if (list.length === 0) return;
		const index = list.findIndex((item) => item.key === this.selectedKey);
		const next = index < 0 ? (by > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, index + by));
		this.selectedKey = list[next]!.key;
	}

	setFilter(filter: ListFilter): void {
		this.filter = filter;
		if (!this.listed.some((item) => item.key === this.selectedKey)) this.selectedKey = this.listed[0]?.key ?? this.selectedKey;
	}

	#restore(work: Work, selected: string | null): void {
		this.work = work;
		if (selected !== null && work.items.some((item) => item.key === selected)) this.selectedKey = selected;
		else if (!work.items.some((item) => item.key === this.selectedKey)) this.selectedKey = this.listed[0]?.key ?? null;
	}

	#say(message: string, refused = false): void {
		this.message = message;
		this.refused = refused;
	}
}
