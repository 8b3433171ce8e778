// In real Chromium, with its real IndexedDB: what is saved is what is read back, after the database is closed.
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { discardSavedWork, loadSavedWork, saveWork } from './saved-work.ts';
import { WorkSaver } from './work-saver.svelte.ts';
import type { Work } from './work.ts';

const work = (title: string, text = 'The council met on 4 March 2024.'): Work => ({
	id: 'harbour',
	meta: { title, author: 'A. Writer', publisher: 'The Harbour Post', url: 'https://example.org/harbour', published: '2024-06-01', language: 'en', textFile: 'article.txt' },
	text,
	categories: [{ id: 'harbour-works', label: 'Harbour works' }],
	actors: { EE: { name: 'Estonia', kind: 'country' } },
	items: [],
	expressions: [{ start: 19, end: 31, value: '2024-03-04' }],
	nextKey: 0
});

afterEach(() => discardSavedWork());

/** Stores `value` as the current work directly, as another version of the studio (or a damaged profile) might have. */
async function store(value: unknown) {
	await saveWork(work('placeholder'), null);
	await new Promise<void>((resolve, reject) => {
		const request = indexedDB.open('sourceline-studio', 1);
		request.onsuccess = () => {
			const db = request.result;
			const transaction = db.transaction('work', 'readwrite');
			transaction.objectStore('work').put(value, 'current');
			transaction.oncomplete = () => (db.close(), resolve());
			transaction.onerror = () => reject(transaction.error);
		};
	});
}

describe('the work saved in this browser', () => {
	it('is nothing at first', async () => {
		expect(await loadSavedWork()).toStrictEqual({ ok: true, saved: null });
	});

	it('is read back as it was saved, selection included; a later save replaces it', async () => {
		await saveWork(work('First'), null);
		const emoji = 'Cafe\u0301 owners 👩‍🍳 complained; مرحبا بالعالم';
		await saveWork(work('Second', emoji), 'k3');
		const loaded = await loadSavedWork();
		expect(loaded).toMatchObject({ ok: true, saved: { format: 'sourceline-studio-work', version: 1, selected: 'k3', work: work('Second', emoji) } });
		if (loaded.ok) expect(Date.parse(loaded.saved!.savedAt)).not.toBeNaN();
	});

	it('holds an article of several megabytes', async () => {
		const long = 'A sentence of the article, repeated. '.repeat(110_000);
		expect(long.length).toBeGreaterThan(4_000_000);
		await saveWork(work('Long', long), null);
		const loaded = await loadSavedWork();
		expect(loaded.ok && loaded.saved?.work.text).toBe(long);
	});

	it.each<[string, unknown, RegExp]>([
		['not a work', { hello: 'world' }, /cannot be opened: it is not a studio work\.$/],
		['a newer format', { format: 'sourceline-studio-work', version: 9, work: {} }, /saved by another version of the studio \(format 9\)/],
		['damaged items', { format: 'sourceline-studio-work', version: 1, work: { ...work('x'), items: [null] } }, /its items are damaged/]
	])('of another shape (%s) is reported, and kept', async (_, value, problem) => {
		await store(value);
		const loaded = await loadSavedWork();
		expect(loaded.ok).toBe(false);
		if (!loaded.ok) expect(loaded.problem).toMatch(problem);
		// Still there: reported, not thrown away.
		expect((await loadSavedWork()).ok).toBe(false);
	});

	it('is gone once discarded', async () => {
		await saveWork(work('First'), null);
		await discardSavedWork();
		expect(await loadSavedWork()).toStrictEqual({ ok: true, saved: null });
	});
});

describe('WorkSaver', () => {
	/** The titles of the works put into the real store, in the order the puts were made. */
	function watchPuts() {
		const titles: string[] = [];
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: { work: Work }, key?: IDBValidKey) {
			titles.push(value.work.meta.title);
			return put.call(this, value, key);
		} as typeof put;
		onTestFinished(() => void (IDBObjectStore.prototype.put = put));
		return titles;
	}

	it('stores a change at once: a read begun right after it finds it', async () => {
		const saver = new WorkSaver();
		saver.schedule(work('One'), 'k1');
		const loaded = await loadSavedWork();
		expect(loaded.ok && [loaded.saved?.work.meta.title, loaded.saved?.selected]).toStrictEqual(['One', 'k1']);
	});

	it('writes the changes made while a write is in flight once, the newest, after it; then says it is saved', async () => {
		const puts = watchPuts();
		const saver = new WorkSaver();
		saver.schedule(work('One'), null);
		saver.schedule(work('Two'), 'k1');
		expect(saver.status).toBe('pending');
		saver.schedule(work('Three'), 'k2');
		await expect.poll(() => saver.status).toBe('saved');
		expect(puts).toStrictEqual(['One', 'Three']);
		const loaded = await loadSavedWork();
		expect(loaded.ok && [loaded.saved?.work.meta.title, loaded.saved?.selected]).toStrictEqual(['Three', 'k2']);
		expect(saver.savedAt).toBeInstanceOf(Date);
	});

	it('flush begins the waiting write at once, and resolves when it has committed', async () => {
		const puts = watchPuts();
		const saver = new WorkSaver();
		saver.schedule(work('One'), null);
		await saver.flush();
		saver.schedule(work('Two'), null);
		saver.schedule(work('Three'), null);
		const flushed = saver.flush();
		expect(puts).toStrictEqual(['One', 'Two', 'Three']);
		await flushed;
		expect(saver.status).toBe('saved');
		const loaded = await loadSavedWork();
		expect(loaded.ok && loaded.saved?.work.meta.title).toBe('Three');
	});

	it('says so when the browser cannot store the work, and keeps what was stored before', async () => {
		await saveWork(work('Kept'), null);
		const saver = new WorkSaver();
		// A function cannot be stored (the structured clone refuses it): a real failure of the real store.
		saver.schedule({ ...work('Unstorable'), meta: { ...work('x').meta, title: (() => 'x') as unknown as string } }, null);
		await saver.flush();
		expect(saver.status).toBe('failed');
		expect(saver.problem).toMatch(/^Not saved in this browser: .+\. Download your work to keep it\.$/);
		const loaded = await loadSavedWork();
		expect(loaded.ok && loaded.saved?.work.meta.title).toBe('Kept');
	});
});
