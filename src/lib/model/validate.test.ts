import { describe, expect, it } from 'vitest';
import { readTimelineSource } from '../server/timelines.ts';
import { formatIssue, type ValidationIssue } from './issues.ts';
import { validateTimeline, validateTimelineSource, type TimelineSource } from './validate.ts';

const ID = 'xi-visit-russia-2023';
const FILE = `data/${ID}/events.json`;
const real = () => readTimelineSource(`data/${ID}`, ID).source;

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
		['bad id', (e) => (event(e, 'russia-invades-ukraine').id = 'Russia Invades'), { event: 'Russia Invades', field: 'id', message: 'must be a slug: lower-case letters, digits and single hyphens' }],
		['empty title', (e) => (event(e, 'gas-exports-2020').title = ''), { event: 'gas-exports-2020', field: 'title', message: 'must not be empty' }],
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
		['recorded source that is not a web address', (e) => ((event(e, 'sco-summit-uzbekistan').recorded as { source: string }).source = 'javascript:alert(1)'), { event: 'sco-summit-uzbekistan', field: 'recorded.source', message: 'must be an http(s) address' }],
		['qualifier on an exact day', (e) => (event(e, 'russia-invades-ukraine').qualifier = 'late'), { event: 'russia-invades-ukraine', field: 'qualifier', message: '"late" only applies to a single month, season or year, not to "2022-02-24"' }],
		['happened after publication', (e) => (event(e, 'gas-exports-2020').date = '2023-03'), { event: 'gas-exports-2020', field: 'status', message: 'is "happened" but 2023-03 begins after the article\'s publication date 2023-02-04' }],
		['anticipated before publication', (e) => (event(e, 'russian-gas-supplies-increase').date = '2022-12'), { event: 'russian-gas-supplies-increase', field: 'status', message: 'is "anticipated" but 2022-12 ends before the article\'s publication date 2023-02-04' }],
		['stated words from another event\'s passage', (e) => (stated(event(e, 'russia-invades-ukraine')).text = 'in 2020'), { event: 'russia-invades-ukraine', field: 'stated.text', message: '"in 2020" is not in any of this entry\'s passages: quote the article\'s words exactly, inside one passage' }],
		['stated words shortened with an ellipsis', (e) => (stated(event(e, 'russia-largest-oil-supplier')).text = 'since the outbreak of the war … has become'), { event: 'russia-largest-oil-supplier', field: 'stated.text' }],
		['stated words of an undatable reference outside its passages', (e) => (stated(undatable(e, 'china-careful-on-support')).text = 'For now'), { event: 'china-careful-on-support', field: 'stated.text' }],
		['quote not in the text', (e) => (passage(e, 'gas-exports-2020').exact = 'a quote the article never had'), { event: 'gas-exports-2020', field: 'passages.0' }],
		['end before start', (e) => Object.assign(passage(e, 'gas-exports-2020'), { start: 10, end: 5 }), { event: 'gas-exports-2020', field: 'passages.0', message: 'end (5) must be greater than start (10)' }],
		['empty passage', (e) => Object.assign(passage(e, 'gas-exports-2020'), { start: 10, end: 10 }), { event: 'gas-exports-2020', field: 'passages.0', message: 'end (10) must be greater than start (10)' }],
		['quote of white space only', (e) => (passage(e, 'gas-exports-2020').exact = ' \n '), { event: 'gas-exports-2020', field: 'passages.0.exact', message: 'must contain more than white space' }],
		['a 100,000-character prefix', (e) => (passage(e, 'gas-exports-2020').prefix = 'a'.repeat(100_000)), { event: 'gas-exports-2020', field: 'passages.0.prefix', message: 'must be at most 256 characters (32 are written)' }],
		['negative start', (e) => (passage(e, 'gas-exports-2020').start = -1), { event: 'gas-exports-2020', field: 'passages.0.start', message: 'must not be negative' }],
		['article URL that is not a web address', (_e, s) => ((s.meta.json as { url: string }).url = 'javascript:alert(1)'), { file: `data/${ID}/article.meta.json`, field: 'url', message: 'must be an http(s) address' }],
		['article language not a language tag', (_e, s) => ((s.meta.json as { language: string }).language = 'English'), { file: `data/${ID}/article.meta.json`, field: 'language', message: 'must be a BCP 47 language tag' }],
		['publication date not a date', (_e, s) => ((s.meta.json as { published: string }).published = '4 Feb 2023'), { file: `data/${ID}/article.meta.json`, field: 'published' }]
	])('%s', (_name, edit, expected) => {
		const result = validateTimelineSource(broken(edit));
		expect(result.ok).toBe(false);
		expect(errors(result.issues)).toContainEqual(expect.objectContaining({ file: FILE, severity: 'error', ...expected }));
	});

	it('re-anchors a passage whose text moved, and reports the move', () => {
		const source = broken((_e, s) => (s.text.content = "An editor’s note. " + s.text.content));
		const result = validateTimelineSource(source);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const moved = result.issues.filter((i) => i.severity === 'warning' && /moved from/.test(i.message));
		const passages = [...result.timeline.events, ...result.timeline.undatable].flatMap((e) => e.passages);
		expect(moved).toHaveLength(passages.length);
		for (const p of passages) expect(source.text.content!.slice(p.start, p.end)).toBe(p.exact);
		expect(moved[0]).toMatchObject({ file: FILE, field: 'passages.0' });
	});

	it('fails when an edit removed a quote', () => {
		const source = broken((_e, s) => (s.text.content = s.text.content!.replace('in November 2022 in Bali', 'in Bali')));
		const result = validateTimelineSource(source);
		expect(result.ok).toBe(false);
		expect(errors(result.issues)).toContainEqual(
			expect.objectContaining({ event: 'g20-summit-bali', field: 'passages.0', message: expect.stringContaining('not found') })
		);
	});

	it('keeps the message about a quote that occurs 500,000 times short', () => {
		const source = broken((e, s) => {
			s.text.content = 'a'.repeat(500_000);
			Object.assign(passage(e, 'gas-exports-2020'), { start: 600_000, end: 600_001, exact: 'a', prefix: '', suffix: '' });
		});
		const message = errors(validateTimelineSource(source).issues).find((i) => i.event === 'gas-exports-2020' && i.field === 'passages.0')!;
		expect(formatIssue(message)).toMatch(/quote "a" occurs more than 10,000 times in article\.txt \(at 0, 1, 2, 3, 4, …\), too often to re-anchor: lengthen it$/);
		expect(formatIssue(message).length).toBeLessThan(250);
	});

	it('formats an issue with its file, event and field', () => {
		expect(formatIssue({ severity: 'error', file: 'a.json', event: 'x', field: 'date', message: 'bad' })).toBe(
			'error: a.json, event "x", field "date": bad'
		);
	});

	it('cuts a message over 500 characters to 499 and an ellipsis, and keeps one of 500 whole', () => {
		const issue = (message: string) => formatIssue({ severity: 'error', file: 'a.json', message });
		expect(issue('m'.repeat(500))).toBe(`error: a.json: ${'m'.repeat(500)}`);
		expect(issue('m'.repeat(501))).toBe(`error: a.json: ${'m'.repeat(499)}…`);
	});

	it('names every invisible cause of moved passages: a byte-order mark and CRLF line ends', () => {
		const source = broken((_e, s) => (s.text.content = '\ufeff' + s.text.content!.replaceAll('\n', '\r\n')));
		const causes = validateTimelineSource(source).issues.filter((i) => i.file === source.text.file && i.severity === 'warning');
		expect(causes.map((i) => i.message)).toEqual([
			expect.stringMatching(/^starts with a byte-order mark \(U\+FEFF\), which counts as a character: save it as UTF-8 without one; it has CRLF line endings, each counted as two characters .*: the likely cause of the \d+ moved passage\(s\)$/)
		]);
	});

	it.each(['constructor', 'toString', '__proto__', 'prototype', 'hasOwnProperty'])('refuses "%s" as an actor, defined or not', (name) => {
		// `name in actors` is true for every object; the schema library also drops such keys from a record.
		const undefinedActor = validateTimelineSource(broken((e) => (event(e, 'gas-exports-2020').actors = ['RU', name])));
		expect(errors(undefinedActor.issues)).toContainEqual(expect.objectContaining({ event: 'gas-exports-2020', field: 'actors.1', message: `unknown actor "${name}": add it to "actors"` }));
		const defined = validateTimelineSource(
			broken((e) => {
				Object.defineProperty(e.actors, name, { value: { name: 'Tricky', kind: 'group' }, enumerable: true });
				event(e, 'gas-exports-2020').actors = ['RU', name];
			})
		);
		expect(defined.ok).toBe(false);
		expect(errors(defined.issues).map((i) => i.field)).toContain('actors.1');
		expect(errors(defined.issues)).toContainEqual({ severity: 'error', file: FILE, field: `actors.${name}`, message: 'is a name every JavaScript object already has: choose another id' });
	});

	it.each([
		['2023-02-30', 'day 30 is out of range (01–28 in 2023-02)'],
		['0000-01-01', 'year 0 is out of range (0001–9999)']
	])('refuses the publication date %s in a public dataset without throwing', (published, problem) => {
		const timeline = validateTimelineSource(real());
		if (!timeline.ok) throw new Error('invalid');
		const json = JSON.parse(JSON.stringify({ ...timeline.timeline, article: { ...timeline.timeline.article, published } }));
		const result = validateTimeline(json, 'hosted.json');
		expect(result.ok).toBe(false);
		expect(result.issues).toEqual([{ severity: 'error', file: 'hosted.json', field: 'article.published', message: `must be a real calendar date: ${problem}` }]);
	});

	it('checks the dates and quotes of a public dataset whose schema is broken too', () => {
		const timeline = validateTimelineSource(real());
		if (!timeline.ok) throw new Error('invalid');
		const json = JSON.parse(JSON.stringify(timeline.timeline));
		json.events[0].category = 'weather';
		json.events[1].date = '2021-02-29';
		json.events[2].passages[0].exact += ' and words never in the article';
		const fields = validateTimeline(json, 'hosted.json').issues.map((i) => `${i.event} ${i.field}`);
		expect(fields).toEqual([`${json.events[0].id} category`, `${json.events[1].id} date`, `${json.events[2].id} passages.0`]);
	});

	it('names the file of a public dataset that is not a timeline', () => {
		const result = validateTimeline({ format: 'something-else' }, 'https://example.org/t.json');
		expect(result.ok).toBe(false);
		expect(result.issues[0]).toMatchObject({ file: 'https://example.org/t.json', severity: 'error' });
	});
});

describe('status against the publication date, 2023-02-04', () => {
	// "happened" must have begun by the publication day; "anticipated" must be able to fall on or after it.
	it.each<[string, 'happened' | 'anticipated', string, boolean]>([
		['russia-invades-ukraine', 'happened', '2023-02-04', true],
		['russia-invades-ukraine', 'happened', '2023-02-05', false],
		['russia-invades-ukraine', 'happened', '2023-02', true],
		['russia-invades-ukraine', 'happened', '[2023-02-04..2023-03]', true],
		['russia-invades-ukraine', 'happened', '2023-02-05/..', false],
		['russia-invades-ukraine', 'happened', '../2024', true],
		['russian-gas-supplies-increase', 'anticipated', '2023-02-04', true],
		['russian-gas-supplies-increase', 'anticipated', '2023-02-03', false],
		['russian-gas-supplies-increase', 'anticipated', '2023-02', true],
		['russian-gas-supplies-increase', 'anticipated', '[..2023-02-04]', true],
		['russian-gas-supplies-increase', 'anticipated', '../2023-02-03', false],
		['russian-gas-supplies-increase', 'anticipated', '2020/..', true]
	])('%s %s on %s: valid %s', (id, status, date, valid) => {
		const result = validateTimelineSource(broken((e) => Object.assign(event(e, id), { status, date })));
		expect(errors(result.issues).map((i) => `${i.event} ${i.field}`)).toEqual(valid ? [] : [`${id} status`]);
		expect(result.ok).toBe(valid);
	});
});

describe('warnings', () => {
	const warnings = (source: TimelineSource) => validateTimelineSource(source).issues.filter((i) => i.severity === 'warning');

	it('names an actor that no entry names', () => {
		const source = broken((e) => (event(e, 'sco-summit-uzbekistan').actors = ['RU', 'CN']));
		expect(warnings(source)).toEqual([{ severity: 'warning', file: FILE, event: undefined, field: 'actors.UZ', message: 'is defined but no event names it' }]);
	});

	it('counts an actor named only by an undatable reference as used', () => {
		const source = broken((e) => {
			e.actors.XK = { name: 'Kosovo', kind: 'country' };
			e.undatable[0]!.actors = [...(e.undatable[0]!.actors as string[]), 'XK'];
		});
		expect(warnings(source)).toEqual([]);
	});

	it('says a recorded date equal to the date adds nothing, and is silent when they differ', () => {
		const same = broken((e) => ((event(e, 'sco-summit-uzbekistan').recorded as { date: string }).date = '2021-09'));
		expect(warnings(same)).toEqual([
			{
				severity: 'warning',
				file: FILE,
				event: 'sco-summit-uzbekistan',
				field: 'recorded.date',
				message: 'is the same as "date": a recorded date is only for where the record differs or is more precise'
			}
		]);
		const narrower = broken((e) => ((event(e, 'sco-summit-uzbekistan').recorded as { date: string }).date = '2021-09-15'));
		expect(warnings(narrower)).toEqual([]);
	});
});

describe('malformed data: every problem reported, nothing thrown', () => {
	const issuesOf = (edit: (e: Events, s: TimelineSource) => void) => validateTimelineSource(broken(edit)).issues.map(formatIssue);

	it.each<[string, (e: Events) => void, string[]]>([
		['a list of events that is null', (e) => ((e as { events: unknown }).events = null), [`error: ${FILE}, field "events": Invalid type: Expected Array but received null`]],
		['an entry that is null, named by its place', (e) => ((e.events as unknown[])[0] = null), [`error: ${FILE}, event "events[0]": Invalid type: Expected Object but received null`]]
	])('%s', (_name, edit, expected) => {
		// The actors the replaced entry named are then named by no one: those warnings are not what is tested here.
		expect(issuesOf(edit).filter((line) => !line.includes('no event names it'))).toStrictEqual(expected);
	});

	it('leaves fields of the wrong type to the schema: each reported once, and no check reads them', () => {
		const edit = (e: Events) =>
			Object.assign(event(e, 'gas-exports-2020'), {
				actors: [7],
				category: 7,
				recorded: { date: 7, note: 'n' },
				stated: { text: 7, date: 7 },
				date: 7,
				qualifier: 'late',
				passages: [7]
			});
		const at = (field: string, received: string) => `error: ${FILE}, event "gas-exports-2020", field "${field}": Invalid type: Expected ${received} but received 7`;
		expect(issuesOf(edit)).toStrictEqual([
			at('recorded.date', 'string'),
			at('category', 'string'),
			at('actors.0', 'string'),
			at('passages.0', 'Object'),
			at('date', 'string'),
			at('stated.text', 'string'),
			at('stated.date', 'string')
		]);
	});

	it('leaves lists that are not lists, and an undatable reference’s date, to the schema too', () => {
		const edit = (e: Events) => {
			event(e, 'gas-exports-2020').passages = 'x' as never;
			Object.assign(passage(e, 'sco-summit-uzbekistan'), { exact: 7 });
			Object.assign(event(e, 'russia-invades-ukraine'), { actors: 'RU', stated: { text: 7, date: '2022-02-24' }, qualifier: 7 });
			undatable(e, 'china-careful-on-support').date = '2020-13';
		};
		const at = (id: string, field: string, message: string) => `error: ${FILE}, event "${id}", field "${field}": ${message}`;
		expect(issuesOf(edit)).toStrictEqual([
			at('gas-exports-2020', 'passages', 'Invalid type: Expected Array but received "x"'),
			at('sco-summit-uzbekistan', 'passages.0.exact', 'Invalid type: Expected string but received 7'),
			at('russia-invades-ukraine', 'actors', 'Invalid type: Expected Array but received "RU"'),
			at('russia-invades-ukraine', 'qualifier', 'Invalid type: Expected ("early" | "mid" | "late") but received 7'),
			at('russia-invades-ukraine', 'stated.text', 'Invalid type: Expected string but received 7'),
			at('china-careful-on-support', 'date', 'unknown field "date": remove it or check its spelling')
		]);
	});

	it('parses the stated date as EDTF, as it does the date', () => {
		const edit = (e: Events) => ((event(e, 'gas-exports-2020').stated as { date: string }).date = '2020-13');
		expect(issuesOf(edit)).toStrictEqual([`error: ${FILE}, event "gas-exports-2020", field "stated.date": "2020-13" is not a valid EDTF date: month 13 is out of range (01–12)`]);
	});

	it('reports actors written as a list by the schema only, and checks no event against them', () => {
		expect(issuesOf((e) => ((e as { actors: unknown }).actors = ['RU', 'CN']))).toStrictEqual([
			`error: ${FILE}, field "actors.0": Invalid type: Expected Object but received "RU"`,
			`error: ${FILE}, field "actors.1": Invalid type: Expected Object but received "CN"`
		]);
	});

	it.each<[string, (e: Events) => void, Partial<ValidationIssue>]>([
		['an unknown actor', (e) => (event(e, 'gas-exports-2020').actors = ['RU', 'x'.repeat(100)]), { field: 'actors.1', message: `unknown actor "${'x'.repeat(80)}": add it to "actors"` }],
		[
			'an undeclared category',
			(e) => (event(e, 'gas-exports-2020').category = 'c'.repeat(100)),
			{ field: 'category', message: `"${'c'.repeat(80)}" is not one of the categories the file declares: add it to "categories"` }
		],
		[
			'stated words not in the passages',
			(e) => (stated(event(e, 'gas-exports-2020')).text = 's'.repeat(100)),
			{ field: 'stated.text', message: `"${'s'.repeat(80)}" is not in any of this entry's passages: quote the article's words exactly, inside one passage` }
		]
	])('quotes the first 80 characters of %s', (_name, edit, expected) => {
		expect(errors(validateTimelineSource(broken(edit)).issues)).toContainEqual({ severity: 'error', file: FILE, event: 'gas-exports-2020', ...expected });
	});
});

describe('drafts and invisible characters', () => {
	const warnings = (source: TimelineSource) => validateTimelineSource(source).issues.filter((i) => i.severity === 'warning');

	it('counts the drafted items still to review, events and undatable references alike', () => {
		const source = broken((e) => {
			event(e, 'gas-exports-2020').draft = true;
			e.undatable[0]!.draft = true;
		});
		expect(warnings(source)).toStrictEqual([
			{ severity: 'warning', file: FILE, event: undefined, field: undefined, message: '2 drafted item(s) not yet accepted: review each and remove its "draft": true' }
		]);
	});

	it('blames no invisible character when no passage moved', () => {
		// A CRLF after the last passage moves nothing.
		expect(warnings(broken((_e, s) => (s.text.content = `${s.text.content}\r\n`)))).toStrictEqual([]);
	});
});
