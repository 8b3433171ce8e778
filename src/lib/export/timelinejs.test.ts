import { describe, expect, it } from 'vitest';
import { eventViews } from '../model/event-view.ts';
import type { Timeline, TimelineEvent } from '../model/schema.ts';
import { readTimelines } from '../server/timelines.ts';
import { escapeHtml } from '../sharing/escape-html.ts';
import { scrambledTimeline, TIME_ORDER } from '../../../tests/fixtures/time-order.ts';
import { timelineToTimelineJs, type TimelineJsDate, type TimelineJsFile } from './timelinejs.ts';

const timeline = readTimelines().timelines.find((t) => t.id === 'xi-visit-russia-2023')!;

/** Undoes the five escapes; a literal `<` or `>` left in the text would be markup. */
const unescapeHtml = (html: string): string =>
	html
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&amp;', '&');

/** As served: through JSON, so that only what survives serialisation is tested. */
const served = (t: Timeline): TimelineJsFile => JSON.parse(JSON.stringify(timelineToTimelineJs(t))) as TimelineJsFile;

function withEvent(base: Timeline, changes: Partial<TimelineEvent>): Timeline {
	const [first] = base.events;
	return { ...base, events: [{ ...first!, ...changes }], undatable: [] };
}

const categoryOfGroup = (group: string | undefined) => timeline.categories.find(({ label }) => label === group)?.id;

describe('timelineToTimelineJs on the built-in dataset', () => {
	const file = served(timeline);
	const views = eventViews(timeline);

	it('has a title slide with the article', () => {
		expect(unescapeHtml(file.title.text.headline)).toBe(timeline.article.title);
		expect(file.title.text.text).toContain(`<a href="${timeline.article.url}">`);
		expect(file.title.text.text).toContain('Nadia Helmy, Modern Diplomacy, 4 February 2023');
	});

	it('has one event per dated event, and none for undatable entries', () => {
		expect(file.events.map((event) => event.unique_id).sort()).toEqual(timeline.events.map((event) => event.id).sort());
		const ids = new Set(file.events.map((event) => event.unique_id));
		expect(timeline.undatable.filter((entry) => ids.has(entry.id))).toEqual([]);
	});

	it.each(views.map((view, i) => [view.event.id, view, i] as const))('round-trips event %s', (_, view, index) => {
		const out = file.events[index]!;
		const { event } = view;
		expect(unescapeHtml(out.text.headline)).toBe(event.title);
		expect(categoryOfGroup(out.group)).toBe(event.category);
		expect(out.display_date).toBe(escapeHtml(view.label));
		expect(out.text.text.startsWith(`<p>${escapeHtml(event.summary)}</p>`)).toBe(true);
		for (const passage of event.passages) {
			expect(out.text.text).toContain(`<blockquote>${escapeHtml(passage.exact).replaceAll('\n', '<br>')}</blockquote>`);
		}
		if (view.recorded) expect(out.text.text).toContain(escapeHtml(view.recorded.note));
		// Only the fields the date has, as whole numbers.
		for (const date of [out.start_date, out.end_date]) {
			if (date === undefined) continue;
			expect(Object.keys(date).every((key) => ['year', 'month', 'day'].includes(key))).toBe(true);
			expect(Object.values(date).every(Number.isInteger)).toBe(true);
		}
	});

	// Written out by hand from the data.
	it.each<[id: string, start: TimelineJsDate, end: TimelineJsDate | undefined, display: string]>([
		['russia-invades-ukraine', { year: 2022, month: 2, day: 24 }, undefined, '24 February 2022'],
		['gas-exports-2020', { year: 2020 }, undefined, '2020'],
		['china-parliament-sessions', { year: 2023, month: 2 }, undefined, 'February 2023'],
		[
			'gas-deal-before-invasion',
			{ year: 2022, month: 2 },
			{ year: 2022, month: 2, day: 23 },
			'between c. February 2022 and 23 February 2022'
		],
		['un-security-council-abstention', { year: 2022, month: 2 }, undefined, 'late February 2022'],
		['western-sanctions', { year: 2022, month: 2, day: 24 }, undefined, 'from 24 February 2022'],
		['russian-nuclear-statement', { year: 2022, month: 11 }, undefined, 'on or before November 2022'],
		[
			'xi-putin-video-call',
			{ year: 2022, month: 2, day: 24 },
			{ year: 2023, month: 2, day: 3 },
			'between 24 February 2022 and 3 February 2023'
		],
		[
			'us-state-department-comment',
			{ year: 2022, month: 2, day: 24 },
			{ year: 2023, month: 2, day: 4 },
			'between 24 February 2022 and 4 February 2023'
		],
		['xi-visit-to-russia', { year: 2023, month: 2 }, undefined, 'on or after February 2023 (?)'],
		['russian-gas-supplies-increase', { year: 2023, month: 2 }, undefined, 'from February 2023 (?)']
	])('%s starts %j and ends %j, shown as "%s"', (id, start, end, display) => {
		const out = file.events.find((event) => event.unique_id === id)!;
		expect(out.start_date).toStrictEqual(start);
		expect(out.end_date).toStrictEqual(end);
		expect(out.display_date).toBe(display);
	});

	it('says when an event was anticipated', () => {
		const anticipated = file.events.filter((event) => event.text.text.includes('Anticipated as of'));
		expect(anticipated.map((event) => event.unique_id).sort()).toEqual(
			timeline.events.filter((event) => event.status === 'anticipated').map((event) => event.id).sort()
		);
		expect(anticipated).toHaveLength(3);
	});
});

describe('timelineToTimelineJs: time order and text', () => {
	it('lists the events by the rule, whatever their order in the file', () => {
		expect(served(scrambledTimeline(timeline)).events.map((event) => event.unique_id)).toEqual(TIME_ORDER);
	});

	it('writes the summary, the passages, the recorded date and the anticipation, and nothing else', () => {
		const [first] = timeline.events;
		const event = {
			summary: 'They talked.',
			passages: [{ ...first!.passages[0]!, exact: 'First words.' }, { ...first!.passages[0]!, exact: 'Second words.' }],
			status: 'anticipated' as const,
			recorded: { date: '2022-03-15', note: 'On the record.' }
		};
		expect(served(withEvent(timeline, event)).events[0]!.text.text).toBe(
			'<p>They talked.</p><blockquote>First words.</blockquote><blockquote>Second words.</blockquote>' +
				'<p>Recorded date: 15 March 2022. On the record.</p><p>Anticipated as of the article’s publication (4 February 2023).</p>'
		);
		expect(served(withEvent(timeline, { ...event, status: 'happened', recorded: undefined })).events[0]!.text.text).toBe(
			'<p>They talked.</p><blockquote>First words.</blockquote><blockquote>Second words.</blockquote>'
		);
	});
});

describe('timelineToTimelineJs: dates at their own precision', () => {
	it.each<[date: string, start: TimelineJsDate, end: TimelineJsDate | undefined, display: string]>([
		['2023-21', { year: 2023, month: 3 }, { year: 2023, month: 5 }, 'spring 2023'],
		['2023-22', { year: 2023, month: 6 }, { year: 2023, month: 8 }, 'summer 2023'],
		['2023-23', { year: 2023, month: 9 }, { year: 2023, month: 11 }, 'autumn 2023'],
		['2022-24', { year: 2022, month: 12 }, { year: 2023, month: 2 }, 'winter 2022–23'],
		['2023-21?', { year: 2023, month: 3 }, { year: 2023, month: 5 }, 'spring 2023 (?)'],
		['2022-02', { year: 2022, month: 2 }, undefined, 'February 2022'],
		['2020~', { year: 2020 }, undefined, 'c. 2020'],
		['2022-02-04/2022-02-20', { year: 2022, month: 2, day: 4 }, { year: 2022, month: 2, day: 20 }, '4–20 February 2022'],
		['2022-02/2022-05', { year: 2022, month: 2 }, { year: 2022, month: 5 }, 'February–May 2022'],
		['2022-24/2023-23', { year: 2022, month: 12 }, { year: 2023, month: 11 }, 'winter 2022–23 – autumn 2023'],
		['2023-21/..', { year: 2023, month: 3 }, undefined, 'from spring 2023'],
		['../2022-24', { year: 2023, month: 2 }, undefined, 'until winter 2022–23'],
		['../2023', { year: 2023 }, undefined, 'until 2023'],
		['[2023-03..2023-05]', { year: 2023, month: 3 }, { year: 2023, month: 5 }, 'between March and May 2023']
	])('%s starts %j and ends %j, shown as "%s"', (date, start, end, display) => {
		const [event] = served(withEvent(timeline, { date, qualifier: undefined })).events;
		expect(event!.start_date).toStrictEqual(start);
		expect(event!.end_date).toStrictEqual(end);
		expect(event!.display_date).toBe(display);
	});
});

describe('timelineToTimelineJs with hostile content', () => {
	const hostile: [name: string, text: string][] = [
		['a script tag', '<script>alert("x")</script>'],
		['an image with an event handler', '<img src=x onerror=alert(1)>'],
		['quotes of both kinds', `He said "no" and 'yes'`],
		['an ampersand that looks like an entity', 'Fish &amp; chips & more'],
		['line breaks', 'first\nsecond'],
		['emoji outside the BMP', 'Flags 🇨🇳🇷🇺, a family 👨‍👩‍👧 and 𝄞'],
		['a formula', '=cmd|" /C calc"!A0']
	];

	it.each(hostile)('escapes %s in the headline, the text and the passages', (_, text) => {
		const [first] = timeline.events;
		const [event] = served(
			withEvent(timeline, {
				title: text,
				summary: text,
				passages: [{ ...first!.passages[0]!, exact: text }],
				recorded: { date: '2022-02-24', note: text }
			})
		).events;
		expect(unescapeHtml(event!.text.headline)).toBe(text);
		expect(event!.text.headline).not.toMatch(/[<>"']/);
		// The only markup is ours: paragraphs, block quotes and line breaks.
		const tags = event!.text.text.match(/<[^>]*>/g) ?? [];
		expect(tags.filter((tag) => !/^<\/?(?:p|blockquote|br)>$/.test(tag))).toEqual([]);
		const inner = event!.text.text.replace(/<\/?(?:p|blockquote|br)>/g, '');
		expect(inner).not.toMatch(/[<>"']/);
		expect(unescapeHtml(event!.text.text.replaceAll('<br>', '\n'))).toContain(`<p>${text}</p><blockquote>${text}</blockquote>`);
	});

	it('escapes the article title and URL on the title slide', () => {
		const file = served({
			...timeline,
			article: { ...timeline.article, title: '<b>Bold</b> & "quoted"', url: 'https://example.org/?a=1&b="2"' }
		});
		expect(file.title.text.headline).toBe('&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;');
		expect(file.title.text.text).toContain('<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">');
	});
});
