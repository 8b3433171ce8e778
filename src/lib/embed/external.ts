/**
 * A dataset in the public format hosted elsewhere (`data=<URL>` on the embed page): fetched with CORS and
 * validated exactly as at build time. Every way a load can fail ends, within LOAD_TIME_LIMIT_MS, in a message
 * said in plain text, never rendered as HTML: the loader never throws and never waits for good.
 */
import type { Timeline } from '../model/schema.ts';

/** Larger than any article's timeline; counted as the body arrives (after decompression), so no more is read. */
export const MAX_DATASET_BYTES = 25 * 1024 * 1024;
/** From the request to the body's last byte: a server that stalls or trickles is given up on after this. */
export const LOAD_TIME_LIMIT_MS = 30_000;
const MAX_URL_LENGTH = 2000;

export type ExternalTimeline =
	| { ok: true; timeline: Timeline; warnings: string[]; /** Where the data came from, for the frame's footer. */ host: string }
	| { ok: false; problems: string[] };

export interface LoadOptions {
	fetch?: typeof fetch;
	timeLimitMs?: number;
	/** The download of this address already begun by the page's first script (src/app.html), adopted once. */
	started?: StartedDownload;
}

/** A download begun before the loader ran, with `datasetRequest`'s options; `startedAt` is `performance.now()`. */
export interface StartedDownload {
	href: string;
	response: Promise<Response>;
	abort: AbortController;
	startedAt: number;
}

/** How the dataset is requested: no cookies, CORS, redirects followed (and then checked). src/app.html repeats it. */
export const datasetRequest = (signal: AbortSignal): RequestInit => ({
	mode: 'cors',
	credentials: 'omit',
	redirect: 'follow',
	signal,
	headers: { accept: 'application/json' }
});

const fail = (...problems: string[]) => ({ ok: false, problems }) as const;
const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}…` : text);

export function readDatasetUrl(value: string, base: string): URL | string {
	if (value.length > MAX_URL_LENGTH) return `the data URL is longer than ${MAX_URL_LENGTH} characters`;
	let url: URL;
	try {
		url = new URL(value, base);
	} catch {
		return 'the data URL is not a valid address';
	}
	return url.protocol === 'https:' || url.protocol === 'http:' ? url : 'the data URL must be an http(s) address';
}

/**
 * Content types a JSON file is served as: JSON's own, and plain text (raw files on code hosts). Anything else,
 * HTML above all, is a page rather than the dataset: refused with that said, instead of "not valid JSON".
 * A response without a type is read.
 */
const JSON_TYPES = /^(?:application\/(?:[\w.+-]+\+)?json|text\/json|text\/plain)$/;

export async function loadExternalTimeline(value: string, base: string, options: LoadOptions = {}): Promise<ExternalTimeline> {
	const url = readDatasetUrl(value, base);
	// A download begun for another address (or for one this loader refuses) is not this dataset: it is stopped.
	const started = typeof url !== 'string' && options.started?.href === url.href ? options.started : undefined;
	if (options.started && !started) options.started.abort.abort();
	if (typeof url === 'string') return fail(url);
	const name = shorten(url.href);
	try {
		// The validator and its schema library are loaded only when a dataset is asked for, alongside the download.
		const [fetched, { validateTimeline }, { formatIssue }] = await Promise.all([
			fetchDataset(url, name, options.fetch ?? fetch, options.timeLimitMs ?? LOAD_TIME_LIMIT_MS, started),
			import('../model/validate.ts'),
			import('../model/issues.ts')
		]);
		if (!fetched.ok) return fetched;
		const result = validateTimeline(fetched.json, name);
		const messages = (severity: 'error' | 'warning') => result.issues.filter((i) => i.severity === severity).map(formatIssue);
		return result.ok ? { ok: true, timeline: result.timeline, warnings: messages('warning'), host: url.host } : fail(...messages('error'));
	} catch (error) {
		// A fault of ours (or a validator that failed to load) still ends the wait, with what is known.
		return fail(`${name}: could not be loaded (${shorten(String((error as Error)?.message ?? error))})`);
	}
}

/**
 * Downloads (or takes over the `started` download) and parses the JSON within the time and size limits, the time
 * counted from the request; `name` is how messages refer to the file.
 */
async function fetchDataset(
	url: URL,
	name: string,
	fetchFn: typeof fetch,
	limit: number,
	started: StartedDownload | undefined
): Promise<{ ok: true; json: unknown } | { ok: false; problems: string[] }> {
	const controller = started?.abort ?? new AbortController();
	const timer = setTimeout(() => controller.abort(), started ? limit - (performance.now() - started.startedAt) : limit);
	const late = () => fail(`${name}: did not arrive within ${limit / 1000} s; the server is too slow or stalled`);
	let response: Response;
	try {
		response = await (started?.response ?? fetchFn(url, datasetRequest(controller.signal)));
	} catch {
		clearTimeout(timer);
		return controller.signal.aborted ? late() : fail(`${name}: could not be fetched (is the server up, and does it allow this site with CORS?)`);
	}
	try {
		const problem = responseProblem(response, url, name);
		if (problem) {
			controller.abort();
			return fail(problem);
		}
		const text = await readBody(response, name);
		if (typeof text !== 'string') return text;
		try {
			return { ok: true, json: JSON.parse(text) };
		} catch (error) {
			return fail(`${name}: not valid JSON (${(error as Error).message.slice(0, 120)})`);
		}
	} catch {
		return controller.signal.aborted ? late() : fail(`${name}: the download broke off before the end`);
	} finally {
		clearTimeout(timer);
	}
}

/** What is wrong with the response before its body is read, or undefined. */
function responseProblem(response: Response, url: URL, name: string): string | undefined {
	// A redirect to another site would show that site's data under the address the embed code names.
	if (response.redirected && new URL(response.url).origin !== url.origin)
		return `${name}: the server redirected to ${shorten(response.url)}, another site; use that address itself if it is the dataset`;
	if (!response.ok) return `${name}: the server answered ${response.status} ${response.statusText}`.trim();
	const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
	if (type && !JSON_TYPES.test(type))
		return `${name}: the server sent ${shorten(type)}, not JSON (is this the address of a web page rather than of the dataset?)`;
	const length = Number(response.headers.get('content-length'));
	if (length > MAX_DATASET_BYTES) return `${name}: ${length} bytes is more than the ${MAX_DATASET_BYTES} allowed`;
	return undefined;
}

/** The body as UTF-8 text, counting bytes as they arrive and stopping at MAX_DATASET_BYTES. */
async function readBody(response: Response, name: string): Promise<string | { ok: false; problems: string[] }> {
	if (response.body === null) return '';
	const reader = response.body.getReader();
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const parts: string[] = [];
	let bytes = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		bytes += value.byteLength;
		if (bytes > MAX_DATASET_BYTES) {
			await reader.cancel().catch(() => undefined);
			return fail(`${name}: the dataset is larger than the ${MAX_DATASET_BYTES} bytes allowed`);
		}
		try {
			parts.push(decoder.decode(value, { stream: true }));
		} catch {
			await reader.cancel().catch(() => undefined);
			return fail(`${name}: is not UTF-8 text`);
		}
	}
	try {
		parts.push(decoder.decode());
	} catch {
		return fail(`${name}: is not UTF-8 text`);
	}
	return parts.join('');
}
