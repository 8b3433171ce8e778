/**
 * The work kept in this browser (IndexedDB), so that it survives a reload or a closed tab: one current work,
 * stored whole as it changes. IndexedDB rather than localStorage because an article and its passages can be
 * several megabytes, past localStorage's quota. What is read back is checked before it is used: a stored value
 * of another shape is reported, and kept, never silently dropped.
 */
import type { Work } from './work.ts';

const DATABASE = 'sourceline-studio';
const STORE = 'work';
const CURRENT = 'current';
const FORMAT = 'sourceline-studio-work';
const VERSION = 1;

export interface SavedWork {
	format: typeof FORMAT;
	version: typeof VERSION;
	/** ISO timestamp of the save. */
	savedAt: string;
	work: Work;
	/** The item selected when it was saved. */
	selected: string | null;
}

export type Loaded = { ok: true; saved: SavedWork | null } | { ok: false; problem: string };

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		if (typeof indexedDB === 'undefined') return reject(new Error('this browser keeps no local data (IndexedDB is not available)'));
		const request = indexedDB.open(DATABASE, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('the browser refused to open its local storage'));
		request.onblocked = () => reject(new Error('another tab holds the studio’s storage open: close it and reload'));
	});
}

/** Runs one request in a transaction and resolves when the transaction has committed (the data is on disk). */
async function transact<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const transaction = db.transaction(STORE, mode, { durability: 'strict' });
			const request = run(transaction.objectStore(STORE));
			transaction.oncomplete = () => resolve(request.result);
			transaction.onerror = () => reject(transaction.error ?? request.error ?? new Error('the browser could not store the work'));
			transaction.onabort = () => reject(transaction.error ?? new Error('the browser could not store the work (is the disk full?)'));
		});
	} finally {
		db.close();
	}
}

export async function saveWork(work: Work, selected: string | null): Promise<void> {
	const saved: SavedWork = { format: FORMAT, version: VERSION, savedAt: new Date().toISOString(), work, selected };
	await transact('readwrite', (store) => store.put(saved, CURRENT));
}

export async function loadSavedWork(): Promise<Loaded> {
	let value: unknown;
	try {
		value = await transact('readonly', (store) => store.get(CURRENT));
	} catch (error) {
		return { ok: false, problem: `The work saved in this browser could not be read: ${(error as Error).message}.` };
	}
	if (value === undefined) return { ok: true, saved: null };
	const problem = savedProblem(value);
	return problem === null ? { ok: true, saved: value as SavedWork } : { ok: false, problem: `The work saved in this browser cannot be opened: ${problem}.` };
}

export async function discardSavedWork(): Promise<void> {
	await transact('readwrite', (store) => store.delete(CURRENT));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a stored value is not a work this version of the studio can open, or null when it is one. */
export function savedProblem(value: unknown): string | null {
	if (!isRecord(value) || value.format !== FORMAT) return 'it is not a studio work';
	if (value.version !== VERSION) return `it was saved by another version of the studio (format ${String(value.version)})`;
	const work = value.work;
	if (!isRecord(work) || typeof work.text !== 'string' || typeof work.id !== 'string' || !isRecord(work.meta)) return 'its article is missing';
	if (!Array.isArray(work.items) || !work.items.every((item) => isRecord(item) && typeof item.key === 'string' && isRecord(item.fields))) return 'its items are damaged';
	if (!Array.isArray(work.categories) || !isRecord(work.actors) || !Array.isArray(work.expressions) || typeof work.nextKey !== 'number') return 'its vocabularies are damaged';
	return null;
}
