import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readTimelines } from '../server/timelines.ts';
import { loadExternalTimeline, readDatasetUrl } from './external.ts';

// A real server on loopback plays the other site that hosts datasets.
const [builtIn] = readTimelines().timelines;
const good = JSON.stringify({ ...builtIn, id: 'hosted-copy' });
const hostileUrl = JSON.stringify({ ...builtIn, article: { ...builtIn!.article, url: 'javascript:alert(1)' } });
const hostilePassage = JSON.stringify({
	...builtIn,
	events: builtIn!.events.map((e, i) => (i === 0 ? { ...e, title: '<img src=x onerror=alert(1)>', passages: [{ ...e.passages[0]!, exact: 'not in the text' }] } : e))
});
const files: Record<string, [number, string]> = {
	'/good.json': [200, good],
	'/hostile-url.json': [200, hostileUrl],
	'/hostile-passage.json': [200, hostilePassage],
	'/broken.json': [200, '{"format": "sourceline-timeline", '],
	'/missing.json': [404, 'not found']
};
let server: Server;
let origin: string;
beforeAll(async () => {
	server = createServer((req, res) => {
		const [status, body] = files[req.url ?? ''] ?? [404, ''];
		res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('readDatasetUrl', () => {
	it.each([
		['https://example.org/t.json', 'https://example.org/t.json'],
		['/data/t.json', 'https://site.test/data/t.json'],
		['javascript:alert(1)', 'the data URL must be an http(s) address'],
		['data:application/json,{}', 'the data URL must be an http(s) address'],
		['http://[::1', 'the data URL is not a valid address'],
		['https://example.org/' + 'x'.repeat(3000), 'the data URL is longer than 2000 characters']
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

	it('says when the server cannot be reached', async () => {
		const result = await loadExternalTimeline('http://127.0.0.1:9/none.json', origin);
		expect(result.ok ? [] : result.problems[0]).toMatch(/could not be fetched/);
	});
});
