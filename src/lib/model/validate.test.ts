import { describe, expect, it } from 'vitest';
import { readTimelineSource } from '../server/timelines.ts';
import { formatIssue, validateTimeline, validateTimelineSource, type TimelineSource, type ValidationIssue } from './validate.ts';

const ID = 'xi-visit-russia-2023';
const FILE = `data/${ID}/events.json`;
const real = () => readTimelineSource(`data/${ID}`, ID);

type Events = {
	actors: Record<string, unknown>;
	events: Record<string, unknown>[];
	undatable: Record<string, unknown>[];
};

/** A copy of the real source with the events file changed by `edit`. */
function broken(edit: (events: Events, source: TimelineSource) => void): TimelineSource {
	const source = structuredClone(real());
	edit(source.events.json as Events, source);
	return source;
}
const event = (events: Events, id: string) => events.events.find((e) => e.id === id)!;
const undatable = (events: Events, id: string) => events.undatable.find((e) => e.id === id)!;
const stated = (entry: Record<string, unknown>) => entry.stated as { text: string };
const passage = (events: Events, id: string, i = 0) => (event(events, id).passages as Record<string, unknown>[])[i]!;

const errors = (issues: ValidationIssue[]) => issues.filter((i) => i.severity === 'error');

describe('the real dataset', () => {
	it('validates with no errors and no warnings', () => {
		const result = validateTimelineSource(real());
		expect(result.issues.map(formatIssue)).toEqual([]);
		expect(result.ok).toBe(true);
	});

	it('round-trips through the public format', () => {
		const result = validateTimelineSource(real());
		if (!result.ok) throw new Error('invalid');
		const again = validateTimeline(JSON.parse(JSON.stringify(result.timeline)), 'timeline.json');
		expect(again.ok && again.timeline).toEqual(result.timeline);
	});
});

describe('broken datasets', () => {
	it.each<[string, (e: Events, s: TimelineSource) => void, Partial<ValidationIssue>]>([
		['missing title', (e) => delete event(e, 'russia-invades-ukraine').title, { event: 'russia-invades-ukraine', field: 'title', message: 'is missing (expected "title")' }],
		['misspelt field', (e) => (event(e, 'russia-invades-ukraine').titel = 'x'), { event: 'russia-invades-ukraine', message: 'unknown field "titel": remove it or check its spelling' }],
		['bad id', (e) => (event(e, 'russia-invades-ukraine').id = 'Russia Invades'), { event: 'Russia Invades', field: 'id' }],
		['title with surrounding space', (e) => (event(e, 'gas-exports-2020').title = ' Gas'), { event: 'gas-exports-2020', field: 'title', message: 'must not start or end with white space' }],
		['unknown category', (e) => (event(e, 'gas-exports-2020').category = 'weather'), { event: 'gas-exports-2020', field: 'category' }],
		['no passages', (e) => (event(e, 'gas-exports-2020').passages = []), { event: 'gas-exports-2020', field: 'passages', message: 'must cite at least one passage' }],
		['duplicate id', (e) => (event(e, 'gas-exports-2020').id = 'russia-invades-ukraine'), { event: 'russia-invades-ukraine', field: 'id', message: 'duplicate id "russia-invades-ukraine"' }],
		['duplicate id across undatable', (e) => (e.undatable[0]!.id = 'gas-exports-2020'), { event: 'gas-exports-2020', field: 'id' }],
		['unknown actor', (e) => (event(e, 'gas-exports-2020').actors = ['RU', 'XX']), { event: 'gas-exports-2020', field: 'actors.1', message: 'unknown actor "XX": add it to "actors"' }],
		['unparsable date', (e) => (event(e, 'gas-exports-2020').date = '2020-13'), { event: 'gas-exports-2020', field: 'date' }],
		['impossible day', (e) => (event(e, 'gas-exports-2020').date = '2022-02-29'), { event: 'gas-exports-2020', field: 'date' }],
		['unordered interval', (e) => (event(e, 'xi-putin-video-call').date = '2023-02-03/2022-02-24'), { event: 'xi-putin-video-call', field: 'date' }],
		['bad stated date', (e) => ((event(e, 'gas-exports-2020').stated as { date: string }).date = 'in 2020'), { event: 'gas-exports-2020', field: 'stated.date' }],
		['bad recorded date', (e) => ((event(e, 'sco-summit-uzbekistan').recorded as { date: string }).date = '2022-09-31'), { event: 'sco-summit-uzbekistan', field: 'recorded.date' }],
		['qualifier on an exact day', (e) => (event(e, 'russia-invades-ukraine').qualifier = 'late'), { event: 'russia-invades-ukraine', field: 'qualifier' }],
		['happened after publication', (e) => (event(e, 'gas-exports-2020').date = '2023-03'), { event: 'gas-exports-2020', field: 'status', message: 'is "happened" but 2023-03 begins after the article\'s publication date 2023-02-04' }],
		['anticipated before publication', (e) => (event(e, 'russian-gas-supplies-increase').date = '2022-12'), { event: 'russian-gas-supplies-increase', field: 'status', message: 'is "anticipated" but 2022-12 ends before the article\'s publication date 2023-02-04' }],
		['stated words from another event\'s passage', (e) => (stated(event(e, 'russia-invades-ukraine')).text = 'in 2020'), { event: 'russia-invades-ukraine', field: 'stated.text', message: '"in 2020" is not in any of this entry\'s passages: quote the article\'s words exactly, inside one passage' }],
		['stated words shortened with an ellipsis', (e) => (stated(event(e, 'russia-largest-oil-supplier')).text = 'since the outbreak of the war … has become'), { event: 'russia-largest-oil-supplier', field: 'stated.text' }],
		['stated words of an undatable reference outside its passages', (e) => (stated(undatable(e, 'china-careful-on-support')).text = 'For now'), { event: 'china-careful-on-support', field: 'stated.text' }],
		['quote not in the text', (e) => (passage(e, 'gas-exports-2020').exact = 'a quote the article never had'), { event: 'gas-exports-2020', field: 'passages.0' }],
		['end before start', (e) => Object.assign(passage(e, 'gas-exports-2020'), { start: 10, end: 5 }), { event: 'gas-exports-2020', field: 'passages.0', message: 'end (5) must be greater than start (10)' }],
		['negative start', (e) => (passage(e, 'gas-exports-2020').start = -1), { event: 'gas-exports-2020', field: 'passages.0.start', message: 'must not be negative' }],
		['article URL that is not a web address', (_e, s) => ((s.meta.json as { url: string }).url = 'javascript:alert(1)'), { file: `data/${ID}/article.meta.json`, field: 'url', message: 'must be an http(s) address' }],
		['publication date not a date', (_e, s) => ((s.meta.json as { published: string }).published = '4 Feb 2023'), { file: `data/${ID}/article.meta.json`, field: 'published' }]
	])('%s', (_name, edit, expected) => {
		const result = validateTimelineSource(broken(edit));
		expect(result.ok).toBe(false);
		expect(errors(result.issues)).toContainEqual(expect.objectContaining({ file: FILE, severity: 'error', ...expected }));
	});

	it('re-anchors a passage whose text moved, and reports the move', () => {
		const source = broken((_e, s) => (s.text.content = 'An editor’s note. ' + s.text.content));
		const result = validateTimelineSource(source);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const moved = result.issues.filter((i) => i.severity === 'warning' && /moved from/.test(i.message));
		const passages = [...result.timeline.events, ...result.timeline.undatable].flatMap((e) => e.passages);
		expect(moved).toHaveLength(passages.length);
		for (const p of passages) expect(source.text.content.slice(p.start, p.end)).toBe(p.exact);
		expect(moved[0]).toMatchObject({ file: FILE, field: 'passages.0' });
	});

	it('fails when an edit removed a quote', () => {
		const source = broken((_e, s) => (s.text.content = s.text.content.replace('in November 2022 in Bali', 'in Bali')));
		const result = validateTimelineSource(source);
		expect(result.ok).toBe(false);
		expect(errors(result.issues)).toContainEqual(
			expect.objectContaining({ event: 'g20-summit-bali', field: 'passages.0', message: expect.stringContaining('not found') })
		);
	});

	it('formats an issue with its file, event and field', () => {
		expect(formatIssue({ severity: 'error', file: 'a.json', event: 'x', field: 'date', message: 'bad' })).toBe(
			'error: a.json, event "x", field "date": bad'
		);
	});

	it('names the file of a public dataset that is not a timeline', () => {
		const result = validateTimeline({ format: 'something-else' }, 'https://example.org/t.json');
		expect(result.ok).toBe(false);
		expect(result.issues[0]).toMatchObject({ file: 'https://example.org/t.json', severity: 'error' });
	});
});
