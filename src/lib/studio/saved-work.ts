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

let database: Promise<IDBDatabase> | undefined;

/**
 * The studio's database, opened once and kept open: a save made as the tab closes must start its transaction at
 * once, in the same task, and opening a database takes a round trip the closing page does not wait for.
 */
export function openDatabase(): Promise<IDBDatabase> {
	database ??= new Promise<IDBDatabase>((resolve, reject) => {
		if (typeof indexedDB === 'undefined') return reject(new Error('this browser keeps no local data (IndexedDB is not available)'));
		const request = indexedDB.open(DATABASE, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => {
			const db = request.result;
			// Another tab upgrading, or the browser closing it: the next save opens it again.
			db.onversionchange = () => (db.close(), (database = undefined));
			db.onclose = () => (database = undefined);
			resolve(db);
		};
		request.onerror = () => reject(request.error ?? new Error('the browser refused to open its local storage'));
		request.onblocked = () => reject(new Error('another tab holds the studio’s storage open: close it and reload'));
	});
	database.catch(() => (database = undefined));
	return database;
}

/** Runs one request in a transaction begun at once; resolves when the transaction has committed (the data is on disk). */
function transact<T>(db: IDBDatabase, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const transaction = db.transaction(STORE, mode, { durability: 'strict' });
		const request = run(transaction.objectStore(STORE));
		// Committed now rather than when the task ends: a page being closed may not get to the end of its task.
		transaction.commit?.();
		transaction.oncomplete = () => resolve(request.result);
		transaction.onerror = () => reject(transaction.error ?? request.error ?? new Error('the browser could not store the work'));
		transaction.onabort = () => reject(transaction.error ?? new Error('the browser could not store the work (is the disk full?)'));
	});
}

/** Stores the work in an open database: the transaction begins before this returns. */
export function storeWork(db: IDBDatabase, work: Work, selected: string | null): Promise<void> {
	const saved: SavedWork = { format: FORMAT, version: VERSION, savedAt: new Date().toISOString(), work, selected };
	try {
		return transact(db, 'readwrite', (store) => store.put(saved, CURRENT)).then(() => undefined);
	} catch (error) {
		// put() throws at once on a value it cannot store (a DataCloneError).
		return Promise.reject(error);
	}
}

export async function saveWork(work: Work, selected: string | null): Promise<void> {
	await storeWork(await openDatabase(), work, selected);
}

export async function loadSavedWork(): Promise<Loaded> {
	let value: unknown;
	try {
		value = await transact(await openDatabase(), 'readonly', (store) => store.get(CURRENT));
	} catch (error) {
		return { ok: false, problem: `The work saved in this browser could not be read: ${(error as Error).message}.` };
	}
	if (value === undefined) return { ok: true, saved: null };
	const problem = savedProblem(value);
	return problem === null ? { ok: true, saved: value as SavedWork } : { ok: false, problem: `The work saved in this browser cannot be opened: ${problem}.` };
}

export async function discardSavedWork(): Promise<void> {
	await transact(await openDatabase(), 'readwrite', (store) => store.delete(CURRENT));
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
