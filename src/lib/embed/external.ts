/**
 * A dataset in the public format hosted elsewhere (`data=<URL>` on the embed page): fetched with CORS and
 * validated exactly as at build time. Whatever goes wrong is said in plain text, never rendered as HTML.
 */
import type { Timeline } from '../model/schema.ts';

/** Larger than any article's timeline; guards the reader's browser against a runaway download. */
export const MAX_DATASET_BYTES = 25 * 1024 * 1024;
const MAX_URL_LENGTH = 2000;

export type ExternalTimeline = { ok: true; timeline: Timeline; warnings: string[] } | { ok: false; problems: string[] };

const fail = (...problems: string[]) => ({ ok: false, problems }) as const;

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

export async function loadExternalTimeline(value: string, base: string, fetchImpl: typeof fetch = fetch): Promise<ExternalTimeline> {
	// The validator and its schema library are loaded only when a dataset is asked for, alongside the download.
	const [fetched, { validateTimeline }, { formatIssue }] = await Promise.all([
		fetchDataset(value, base, fetchImpl),
		import('../model/validate.ts'),
		import('../model/issues.ts')
	]);
	if (!fetched.ok) return fetched;
	const result = validateTimeline(fetched.json, fetched.name);
	const messages = (severity: 'error' | 'warning') => result.issues.filter((i) => i.severity === severity).map(formatIssue);
	return result.ok ? { ok: true, timeline: result.timeline, warnings: messages('warning') } : fail(...messages('error'));
}

/** Downloads and parses the JSON, within the size limit; `name` is how messages refer to the file. */
async function fetchDataset(value: string, base: string, fetchImpl: typeof fetch): Promise<{ ok: true; json: unknown; name: string } | { ok: false; problems: string[] }> {
	const url = readDatasetUrl(value, base);
	if (typeof url === 'string') return fail(url);
	const name = url.href.length > 120 ? `${url.href.slice(0, 120)}…` : url.href;
	let response: Response;
	try {
		response = await fetchImpl(url, { mode: 'cors', credentials: 'omit', headers: { accept: 'application/json' } });
	} catch {
		return fail(`${name}: could not be fetched (is the server up, and does it allow this site with CORS?)`);
	}
	if (!response.ok) return fail(`${name}: the server answered ${response.status} ${response.statusText}`.trim());
	const length = Number(response.headers.get('content-length'));
	if (length > MAX_DATASET_BYTES) return fail(`${name}: ${length} bytes is more than the ${MAX_DATASET_BYTES} allowed`);
	const text = await response.text();
	if (text.length > MAX_DATASET_BYTES) return fail(`${name}: the dataset is larger than the ${MAX_DATASET_BYTES} bytes allowed`);
	try {
		return { ok: true, json: JSON.parse(text), name };
	} catch (error) {
		return fail(`${name}: not valid JSON (${(error as Error).message.slice(0, 120)})`);
	}
}
