import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { createGzip } from 'node:zlib';
import { readTimelines } from '../server/timelines.ts';
import { loadExternalTimeline, MAX_DATASET_BYTES, readDatasetUrl, type StartedDownload } from './external.ts';

// A real server on loopback plays the other site that hosts datasets.
const [builtIn] = readTimelines().timelines;
const good = JSON.stringify({ ...builtIn, id: 'hosted-copy' });
const hostileUrl = JSON.stringify({ ...builtIn, article: { ...builtIn!.article, url: 'javascript:alert(1)' } });
const hostilePassage = JSON.stringify({
	...builtIn,
	events: builtIn!.events.map((e, i) => (i === 0 ? { ...e, title: '<img src=x onerror=alert(1)>', passages: [{ ...e.passages[0]!, exact: 'not in the text' }] } : e))
});
const impossibleDate = JSON.stringify({ ...builtIn, article: { ...builtIn!.article, published: '2023-02-30' } });
const files: Record<string, [number, string | Buffer, string?]> = {
	'/good.json': [200, good],
	'/good-as-text.json': [200, good, 'text/plain; charset=utf-8'],
	'/hostile-url.json': [200, hostileUrl],
	'/hostile-passage.json': [200, hostilePassage],
	'/broken.json': [200, '{"format": "sourceline-timeline", '],
	'/missing.json': [404, 'not found'],
	'/page.html': [200, '<!doctype html><title>Sign in</title>', 'text/html; charset=utf-8'],
	'/impossible-date.json': [200, impossibleDate],
	'/latin1.json': [200, Buffer.from('{"title": "S\xe3o Paulo"}', 'latin1')],
	// Types that only begin or end like JSON's.
	'/jsonp.json': [200, good, 'application/jsonp'],
	'/json-seq.json': [200, good, 'application/json-seq'],
	'/prefixed.json': [200, good, 'xapplication/json'],
	'/plus-only.json': [200, good, 'application/+json']
};
const JSON_HEADERS = { 'content-type': 'application/json', 'access-control-allow-origin': '*' };
/** Bytes the streaming routes wrote before the client went away. */
const sent: Record<string, number> = {};

/** Streams `chunk` again and again, up to `total` bytes, for as long as the client reads; counts what was written. */
function endless(path: string, chunk: Buffer, total: number, pace?: number): Readable {
	sent[path] = 0;
	return new Readable({
		read() {
			if (sent[path]! >= total) return void this.push(null);
			sent[path]! += chunk.length;
			if (pace === undefined) this.push(chunk);
			else setTimeout(() => this.push(chunk), pace);
		}
	});
}

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
	// Headers at once, then one byte every 200 ms: a body that never ends in time.
	'/trickle.json': (_req, res) => {
		res.writeHead(200, JSON_HEADERS);
		pipeline(endless('/trickle.json', Buffer.from(' '), 10_000, 200), res).catch(() => undefined);
	},
	// No answer at all.
	'/stall.json': () => undefined,
	// Half a body, then the connection drops.
	'/cut.json': (_req, res) => {
		res.writeHead(200, { ...JSON_HEADERS, 'content-length': String(good.length) });
		res.write(good.slice(0, 1000), () => res.destroy());
	},
	// 200 MB, chunked (no length said in advance).
	'/huge.json': (_req, res) => {
		res.writeHead(200, JSON_HEADERS);
		pipeline(endless('/huge.json', Buffer.alloc(1 << 20, 0x20), 200 << 20), res).catch(() => undefined);
	},
	// 600 MB of spaces, gzip-compressed on the fly to under 1 MB: the decompressed text is what must be counted.
	'/bomb.json': (_req, res) => {
		res.writeHead(200, { ...JSON_HEADERS, 'content-encoding': 'gzip' });
		pipeline(endless('/bomb.json', Buffer.alloc(1 << 20, 0x20), 600 << 20), createGzip({ level: 1 }), res).catch(() => undefined);
	},
	'/redirect-away.json': (_req, res) => {
		res.writeHead(302, { location: `${otherOrigin}/good.json`, 'access-control-allow-origin': '*' });
		res.end();
	},
	// JSON only to a client that asks for it, as servers that negotiate do; a page otherwise.
	'/negotiated.json': (req, res) => {
		const json = req.headers.accept === 'application/json';
		res.writeHead(200, { ...JSON_HEADERS, 'content-type': json ? 'application/json' : 'text/html' });
		res.end(json ? good : '<!doctype html><title>Data</title>');
	},
	'/untyped.json': (_req, res) => {
		res.writeHead(200, { 'access-control-allow-origin': '*' });
		res.end(good);
	},
	'/spaced-type.json': (_req, res) => {
		res.writeHead(200, { ...JSON_HEADERS, 'content-type': 'Application/JSON ; charset=utf-8' });
		res.end(good);
	},
	// A status line without a reason phrase ("HTTP/1.1 404 ").
	'/no-reason.json': (_req, res) => {
		res.writeHead(404, '', JSON_HEADERS);
		res.end();
	},
	'/no-content.json': (_req, res) => {
		res.writeHead(204, JSON_HEADERS);
		res.end();
	},
	// A length over the limit, said in advance: refused before any of the body is read.
	'/declared-huge.json': (_req, res) => {
		res.writeHead(200, { ...JSON_HEADERS, 'content-length': String(MAX_DATASET_BYTES + 1) });
		res.write('{');
	},
	// A length of exactly the limit, said in advance, then too short a body: not refused for its length.
	'/declared-limit.json': (_req, res) => {
		res.writeHead(200, { ...JSON_HEADERS, 'content-length': String(MAX_DATASET_BYTES) });
		res.write('{', () => res.destroy());
	},
	// Exactly the limit: JSON padded with spaces to MAX_DATASET_BYTES bytes, in 1 MiB chunks.
	'/at-limit.json': (_req, res) => {
		res.writeHead(200, JSON_HEADERS);
		const json = '{"format":"not a timeline"}';
		pipeline(Readable.from(padded(json, MAX_DATASET_BYTES)), res).catch(() => undefined);
	},
	// "…" (three bytes in UTF-8) split between two chunks of the body, as a network can split it.
	'/split-character.json': (_req, res) => {
		res.writeHead(200, JSON_HEADERS);
		const hosted = JSON.parse(good);
		const bytes = Buffer.from(JSON.stringify({ ...hosted, article: { ...hosted.article, title: 'Split… character' } }));
		const at = bytes.indexOf(Buffer.from('…')) + 1;
		res.write(bytes.subarray(0, at), () => setTimeout(() => res.end(bytes.subarray(at)), 50));
	},
	// A body that ends in the middle of a character.
	'/truncated-character.json': (_req, res) => {
		res.writeHead(200, JSON_HEADERS);
		res.end(Buffer.concat([Buffer.from('{"a": "'), Buffer.from('…').subarray(0, 2)]));
	},
	'/redirect-here.json': (_req, res) => {
		res.writeHead(302, { location: '/good.json', 'access-control-allow-origin': '*' });
		res.end();
	}
};

/** `json` followed by spaces up to `total` bytes, in chunks of 1 MiB. */
function* padded(json: string, total: number) {
	yield Buffer.from(json);
	for (let left = total - json.length; left > 0; left -= 1 << 20) yield Buffer.alloc(Math.min(left, 1 << 20), 0x20);
}

/** Requests the servers received, by path. */
const requested: Record<string, number> = {};

function serve(req: IncomingMessage, res: ServerResponse) {
	requested[req.url ?? ''] = (requested[req.url ?? ''] ?? 0) + 1;
	const route = routes[req.url ?? ''];
	if (route) return route(req, res);
	const [status, body, type] = files[req.url ?? ''] ?? [404, ''];
	res.writeHead(status, { ...JSON_HEADERS, 'content-type': type ?? 'application/json' });
	res.end(body);
}

let server: Server;
let other: Server;
let origin: string;
let otherOrigin: string;
async function listen(target: Server): Promise<string> {
	await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
}
beforeAll(async () => {
	server = createServer(serve);
	// Another origin (another port) serving the same files.
	other = createServer(serve);
	origin = await listen(server);
	otherOrigin = await listen(other);
});
afterAll(async () => {
	for (const target of [server, other]) {
		target.closeAllConnections();
		await new Promise<void>((resolve) => target.close(() => resolve()));
	}
});

describe('readDatasetUrl', () => {
	it.each([
		['https://example.org/t.json', 'https://example.org/t.json'],
		['/data/t.json', 'https://site.test/data/t.json'],
		['javascript:alert(1)', 'the data URL must be an http(s) address'],
		['data:application/json,{}', 'the data URL must be an http(s) address'],
		['http://[::1', 'the data URL is not a valid address'],
		['https://example.org/' + 'x'.repeat(3000), 'the data URL is longer than 2000 characters'],
		['https://example.org/' + 'x'.repeat(2000 - 20), 'https://example.org/' + 'x'.repeat(2000 - 20)],
		['https://example.org/' + 'x'.repeat(2001 - 20), 'the data URL is longer than 2000 characters']
	])('%s', (value, expected) => {
		const url = readDatasetUrl(value, 'https://site.test/embed/x');
		expect(typeof url === 'string' ? url : url.href).toBe(expected);
	});
});

describe('loadExternalTimeline', () => {
	it('loads and validates a good dataset', async () => {
		const result = await loadExternalTimeline(`${origin}/good.json`, origin);
		expect(result.ok && result.timeline.id).toBe('hosted-copy');
		expect(result.ok && result.timeline.events).toHaveLength(builtIn!.events.length);
		expect(result.ok && result.host).toBe(new URL(origin).host);
	});

	it('refuses a hostile dataset, naming the file, the event and the field', async () => {
		const url = await loadExternalTimeline(`${origin}/hostile-url.json`, origin);
		expect(url.ok ? [] : url.problems).toContainEqual(expect.stringMatching(/hostile-url\.json, field "article\.url": must be an http\(s\) address/));
		const passage = await loadExternalTimeline(`${origin}/hostile-passage.json`, origin);
		const first = builtIn!.events[0]!.id;
		expect(passage.ok ? [] : passage.problems).toContainEqual(
			expect.stringMatching(new RegExp(`hostile-passage\\.json, event "${first}", field "passages\\.0": quote "not in the text" not found`))
		);
	});

	it.each([
		['/broken.json', /broken\.json: not valid JSON/],
		['/missing.json', /missing\.json: the server answered 404/]
	])('says what is wrong with %s', async (path, message) => {
		const result = await loadExternalTimeline(`${origin}${path}`, origin);
		expect(result.ok ? [] : result.problems).toContainEqual(expect.stringMatching(message));
	});

	it('passes on the validator’s warnings, and only them, with a dataset it accepts', async () => {
		files['/with-warning.json'] = [200, JSON.stringify({ ...builtIn, actors: { ...builtIn!.actors, XK: { name: 'Kosovo', kind: 'country' } } })];
		const result = await loadExternalTimeline(`${origin}/with-warning.json`, origin);
		expect(result.ok && result.warnings).toEqual([`warning: ${origin}/with-warning.json, field "actors.XK": is defined but no event names it`]);
	});

	it('refuses an address that is not one before fetching anything', async () => {
		expect(await loadExternalTimeline('javascript:alert(1)', origin)).toEqual({ ok: false, problems: ['the data URL must be an http(s) address'] });
	});

	it('names a long address by its first 120 characters', async () => {
		const long = `${origin}/${'n'.repeat(200)}.json`;
		const result = await loadExternalTimeline(long, origin);
		expect(result.ok ? [] : result.problems).toEqual([`${long.slice(0, 120)}…: the server answered 404 Not Found`]);
		const exactly = `${origin}/${'n'.repeat(120 - origin.length - 6)}.json`;
		expect(exactly).toHaveLength(120);
		const whole = await loadExternalTimeline(exactly, origin);
		expect(whole.ok ? [] : whole.problems).toEqual([`${exactly}: the server answered 404 Not Found`]);
	});

	it('refuses a dataset with errors by its errors alone, not its warnings', async () => {
		const unusedActor = { ...builtIn!.actors, XK: { name: 'Kosovo', kind: 'country' } };
		files['/error-and-warning.json'] = [200, JSON.stringify({ ...builtIn, actors: unusedActor, article: { ...builtIn!.article, published: '2023-02-30' } })];
		const result = await loadExternalTimeline(`${origin}/error-and-warning.json`, origin);
		expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/^error: .*error-and-warning\.json, field "article\.published": must be a real calendar date/)]);
	});

	it.each([
		['/page.html', /page\.html: the server sent text\/html, not JSON \(is this the address of a web page/],
		['/no-reason.json', /no-reason\.json: the server answered 404$/],
		['/jsonp.json', /jsonp\.json: the server sent application\/jsonp, not JSON/],
		['/json-seq.json', /json-seq\.json: the server sent application\/json-seq, not JSON/],
		['/prefixed.json', /prefixed\.json: the server sent xapplication\/json, not JSON/],
		['/plus-only.json', /plus-only\.json: the server sent application\/\+json, not JSON/],
		['/no-content.json', /no-content\.json: not valid JSON \(Unexpected end of JSON input\)$/],
		['/declared-huge.json', /declared-huge\.json: 26214401 bytes is more than the 26214400 allowed$/],
		['/declared-limit.json', /declared-limit\.json: the download broke off before the end$/],
		['/truncated-character.json', /truncated-character\.json: is not UTF-8 text$/],
		['/impossible-date.json', /impossible-date\.json, field "article\.published": must be a real calendar date: day 30 is out of range/],
		['/latin1.json', /latin1\.json: is not UTF-8 text/],
		['/redirect-away.json', /redirect-away\.json: the server redirected to http:\/\/127\.0\.0\.1:\d+\/good\.json, another site/],
		['/cut.json', /cut\.json: the download broke off before the end/]
	])('refuses %s, saying why', async (path, message) => {
		const result = await loadExternalTimeline(`${origin}${path}`, origin);
		expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(message)]);
	});

	it('reads JSON served as plain text, as another JSON type, without a type, or to a client that asks for JSON; and follows a redirect within the same site', async () => {
		files['/geo.json'] = [200, good, 'application/geo+json'];
		files['/vendor.json'] = [200, good, 'application/vnd.sourceline.timeline+json; version=1'];
		files['/text-json.json'] = [200, good, 'text/json'];
		const paths = ['/good-as-text.json', '/geo.json', '/vendor.json', '/text-json.json', '/untyped.json', '/spaced-type.json', '/negotiated.json', '/redirect-here.json'];
		expect(paths.length).toBe(8);
		for (const path of paths) {
			const result = await loadExternalTimeline(`${origin}${path}`, origin);
			expect(result.ok && result.host, path).toBe(new URL(origin).host);
		}
	});

	it.each([
		['a body that trickles', '/trickle.json'],
		['a server that never answers', '/stall.json']
	])('gives up on %s at the time limit', { timeout: 30_000 }, async (_name, path) => {
		const result = await loadExternalTimeline(`${origin}${path}`, origin, { timeLimitMs: 800 });
		expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/did not arrive within 0\.8 s/)]);
	});

	// Reading 25 MiB (and, for the gzip body, inflating it) takes under a second idle, longer on a busy machine.
	it('stops reading a chunked body at the size limit', { timeout: 30_000 }, async () => {
		const result = await loadExternalTimeline(`${origin}/huge.json`, origin);
		expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/huge\.json: the dataset is larger than the 26214400 bytes allowed/)]);
		// The server was stopped near the limit, not read to its 200 MB (socket buffers hold a few MB more).
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(sent['/huge.json']).toBeLessThan(MAX_DATASET_BYTES + (16 << 20));
	});

	it('reads a body of exactly the size limit', { timeout: 30_000 }, async () => {
		const result = await loadExternalTimeline(`${origin}/at-limit.json`, origin);
		const problems = result.ok ? [] : result.problems;
		// Read to the end and parsed: what is wrong is the content, not the size.
		expect(problems).toContainEqual(expect.stringMatching(/at-limit\.json, field "format": /));
		expect(problems.filter((problem) => /bytes/.test(problem))).toEqual([]);
	});

	it('reads a character split between two chunks of the body', async () => {
		const result = await loadExternalTimeline(`${origin}/split-character.json`, origin);
		expect(result.ok && result.timeline.article.title).toBe('Split… character');
	});

	it('counts the decompressed bytes of a gzip body and stops at the limit', { timeout: 30_000 }, async () => {
		const result = await loadExternalTimeline(`${origin}/bomb.json`, origin);
		expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/bomb\.json: the dataset is larger than the 26214400 bytes allowed/)]);
	});

	it('says when the server cannot be reached', async () => {
		const result = await loadExternalTimeline('http://127.0.0.1:9/none.json', origin);
		expect(result.ok ? [] : result.problems[0]).toMatch(/could not be fetched/);
	});
});

/** src/app.html's first script, run as a page at `href` would run it, with the real fetch; what it started, and its requests. */
function runPageScript(href: string) {
	const [script] = [...readFileSync(new URL('../../app.html', import.meta.url), 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	const root = { classList: { add() {} }, dataset: {} as Record<string, string> };
	const requests: [string, RequestInit][] = [];
	const page: Record<string, unknown> = {
		location: new URL(href),
		document: { documentElement: root },
		localStorage: { getItem: () => null },
		URL,
		URLSearchParams,
		AbortController,
		performance,
		fetch: (url: URL, init: RequestInit) => (requests.push([String(url), init]), fetch(url, init)),
		// Its watch for the modules the page names is the browser's to run (tests/e2e/embed.spec.ts).
		MutationObserver: class {
			observe() {}
			disconnect() {}
		}
	};
	page.window = page;
	runInNewContext(script!, page);
	return { started: page.sourcelineDownload as StartedDownload | undefined, requests, marked: 'hostedDataset' in root.dataset };
}

describe('a download begun by the page before the loader runs (src/app.html)', () => {
	const embedOf = (data: string) => `https://sourceline.test/embed/xi-visit-russia-2023?theme=dark&data=${encodeURIComponent(data)}`;

	it('is the loader’s own request, and the loader takes it over instead of asking again', async () => {
		// The server answers JSON only to a client that asks for JSON, as the loader's request does.
		const before = requested['/negotiated.json'] ?? 0;
		const page = runPageScript(embedOf(`${origin}/negotiated.json`));
		expect(page.marked).toBe(true);
		expect(page.requests.map(([url]) => url)).toEqual([`${origin}/negotiated.json`]);
		let ownRequests = 0;
		const result = await loadExternalTimeline(`${origin}/negotiated.json`, origin, { started: page.started, fetch: (...args) => (ownRequests++, fetch(...args)) });
		expect(result.ok && result.timeline.id).toBe('hosted-copy');
		expect(ownRequests).toBe(0);
		expect(requested['/negotiated.json']! - before).toBe(1);
		// The same options as the loader's own request, but for the signal, which is each download's own.
		const own: RequestInit[] = [];
		await loadExternalTimeline(`${origin}/good.json`, origin, { fetch: (url, init) => (own.push(init!), fetch(url, init)) });
		const [, early] = page.requests[0]!;
		const { signal: _early, ...earlyInit } = early;
		const { signal: _own, ...ownInit } = own[0]!;
		expect(earlyInit).toEqual(ownInit);
		expect(early.signal).toBe(page.started!.abort.signal);
	});

	it('keeps every check: a redirect to another site and a page are refused as from the loader’s own request', async () => {
		for (const [path, message] of [
			['/redirect-away.json', /redirect-away\.json: the server redirected to http:\/\/127\.0\.0\.1:\d+\/good\.json, another site/],
			['/page.html', /page\.html: the server sent text\/html, not JSON/],
			['/huge.json', /huge\.json: the dataset is larger than the 26214400 bytes allowed/]
		] as const) {
			const { started } = runPageScript(embedOf(`${origin}${path}`));
			const result = await loadExternalTimeline(`${origin}${path}`, origin, { started, fetch: () => Promise.reject(new Error('asked again')) });
			expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(message)]);
		}
	});

	it('counts the time limit from the page’s request, and stops that download at it', { timeout: 10_000 }, async () => {
		const { started } = runPageScript(embedOf(`${origin}/stall.json`));
		// As if the page's modules had taken the whole limit to arrive.
		const result = await loadExternalTimeline(`${origin}/stall.json`, origin, { started: { ...started!, startedAt: started!.startedAt - 5_000 }, timeLimitMs: 5_000 });
		expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/stall\.json: did not arrive within 5 s/)]);
		expect(started!.abort.signal.aborted).toBe(true);
	});

	it('is stopped, not used, when the loader is asked for another address or refuses the address', async () => {
		const { started } = runPageScript(embedOf(`${origin}/stall.json`));
		const result = await loadExternalTimeline(`${origin}/good.json`, origin, { started });
		expect(result.ok && result.timeline.id).toBe('hosted-copy');
		expect(started!.abort.signal.aborted).toBe(true);
		const second = runPageScript(embedOf(`${origin}/stall.json`));
		expect(await loadExternalTimeline('ftp://example.org/a.json', origin, { started: second.started })).toEqual({ ok: false, problems: ['the data URL must be an http(s) address'] });
		expect(second.started!.abort.signal.aborted).toBe(true);
	});

	it.each([
		['a page that is not an embed', `https://sourceline.test/timelines/xi?data=${encodeURIComponent('https://example.org/a.json')}`, false],
		['an embed without data=', 'https://sourceline.test/embed/xi-visit-russia-2023?theme=dark', false],
		['an address that is not http(s)', embedOfStatic('javascript:alert(1)'), true],
		['an address longer than the loader takes', embedOfStatic(`https://example.org/${'a'.repeat(2000)}.json`), true],
		['an address that is not one', embedOfStatic('http://['), true]
	])('requests nothing for %s', (_name, href, marked) => {
		const page = runPageScript(href);
		expect(page.requests).toEqual([]);
		expect(page.started).toBeUndefined();
		expect(page.marked).toBe(marked);
	});
});

function embedOfStatic(data: string) {
	return `https://sourceline.test/embed/xi-visit-russia-2023?data=${encodeURIComponent(data)}`;
}
