/**
 * Bytes a page loads, by kind, from the Chrome DevTools Protocol's Network events: `raw` is the decoded body
 * (`dataReceived.dataLength`), `gzip` the body as transferred (`loadingFinished.encodedDataLength` less the
 * response headers, `responseReceived.response.encodedDataLength` at that point), so headers are not counted.
 */
import type { CDPSession } from 'playwright-core';

export const KINDS = ['html', 'js', 'css', 'font', 'data', 'image', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type Bytes = Record<Kind, { raw: number; gzip: number; files: number }>;

interface Request {
	url: string;
	kind: Kind;
	headerBytes: number;
	raw: number;
	encoding?: string;
}

export interface Transfer {
	url: string;
	kind: Kind;
	raw: number;
	gzip: number;
	encoding?: string;
}

export interface NetworkLog {
	bytes(): Bytes;
	transfers(): Transfer[];
	/** Requests that failed (e.g. the web fonts TimelineJS asks Google for, which this offline run cannot reach). */
	failed(): string[];
}

/** `dataPath`: where datasets are served (their JSON is "data"; other JSON, such as a locale file, is "other"). */
function kindOf(type: string, url: string, dataPath: string): Kind {
	if (new URL(url).pathname.startsWith(`${dataPath}/`)) return 'data';
	switch (type) {
		case 'Document':
			return 'html';
		case 'Script':
			return 'js';
		case 'Stylesheet':
			return 'css';
		case 'Font':
			return 'font';
		case 'Image':
			return 'image';
		default:
			return 'other';
	}
}

export async function trackNetwork(cdp: CDPSession, dataPath: string): Promise<NetworkLog> {
	const requests = new Map<string, Request>();
	const done: Transfer[] = [];
	const failed: string[] = [];
	cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
		requests.set(requestId, {
			url: response.url,
			kind: kindOf(type, response.url, dataPath),
			headerBytes: response.encodedDataLength,
			raw: 0,
			encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding']
		});
	});
	cdp.on('Network.dataReceived', ({ requestId, dataLength }) => {
		const request = requests.get(requestId);
		if (request) request.raw += dataLength;
	});
	cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
		const request = requests.get(requestId);
		if (!request) return;
		done.push({ url: request.url, kind: request.kind, raw: request.raw, gzip: encodedDataLength - request.headerBytes, encoding: request.encoding });
		requests.delete(requestId);
	});
	cdp.on('Network.loadingFailed', ({ requestId, errorText }) => {
		failed.push(`${requests.get(requestId)?.url ?? requestId}: ${errorText}`);
		requests.delete(requestId);
	});
	cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
		// Failures before any response (a name that does not resolve) have no responseReceived: remember the URL.
		if (!requests.has(requestId)) requests.set(requestId, { url: request.url, kind: 'other', headerBytes: 0, raw: 0 });
	});
	await cdp.send('Network.enable');

	return {
		bytes() {
			const bytes = Object.fromEntries(KINDS.map((kind) => [kind, { raw: 0, gzip: 0, files: 0 }])) as Bytes;
			for (const transfer of done) {
				const entry = bytes[transfer.kind];
				entry.raw += transfer.raw;
				entry.gzip += transfer.gzip;
				entry.files++;
			}
			return bytes;
		},
		transfers: () => [...done],
		failed: () => [...failed]
	};
}
