import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayFromIso, dayFromYmd, type CalendarDay } from '../dates/calendar-day.ts';
import { eventViews } from '../model/event-view.ts';
import type { Timeline, TimelineEvent } from '../model/schema.ts';
import { readTimelines } from '../server/timelines.ts';
import { scrambledTimeline, TIME_ORDER } from '../../../tests/fixtures/time-order.ts';
import { calendarSpan, escapeText, foldLine, timelineToIcal } from './ical.ts';

const timeline = readTimelines().timelines.find((t) => t.id === 'xi-visit-russia-2023')!;

// Calendar apps read X-WR-CALNAME and X-WR-CALDESC as TEXT; ical.js leaves unknown properties escaped unless told.
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };
ICAL.design.icalendar.property['x-wr-caldesc'] = { defaultType: 'text' };

function parseIcal(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	expect(calendar.name).toBe('vcalendar');
	return { calendar, vevents: calendar.getAllSubcomponents('vevent') };
}

const text = (component: ICAL.Component, name: string): string => {
	const value = component.getFirstPropertyValue(name);
	expect(typeof value).toBe('string');
	return value as string;
};

/** A DATE value as a calendar day, from its year, month and day fields: no Date, so no time zone. */
function dateValue(component: ICAL.Component, name: string): CalendarDay {
	const property = component.getFirstProperty(name)!;
	expect(property.type).toBe('date');
	const time = property.getFirstValue() as ICAL.Time;
	expect(time.isDate).toBe(true);
	return dayFromYmd(time.year, time.month, time.day);
}

function withEvent(base: Timeline, changes: Partial<TimelineEvent>): Timeline {
	const [first] = base.events;
	return { ...base, events: [{ ...first!, ...changes }], undatable: [] };
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('escapeText (RFC 5545 TEXT)', () => {
	it.each([
		['plain', 'plain'],
		['a, b; c', 'a\\, b\\; c'],
		['back\\slash', 'back\\\\slash'],
		['one\ntwo', 'one\\ntwo'],
		['one\r\ntwo\rthree', 'one\\ntwo\\nthree'],
		['\\,', '\\\\\\,'],
		['“quotes” and "quotes"', '“quotes” and "quotes"']
	])('%j is written %j', (value, escaped) => {
		expect(escapeText(value)).toBe(escaped);
	});
});

describe('foldLine', () => {
	it.each<[name: string, line: string, lengths: number[]]>([
		['a short line', 'SUMMARY:short', [13]],
		['exactly 75 octets', 'X'.repeat(75), [75]],
		['76 octets', 'X'.repeat(76), [75, 2]],
		['200 octets', 'X'.repeat(200), [75, 75, 52]],
		// 74 ASCII octets, then "é" (2 octets) would make 76: it moves whole to the next line.
		['a two-octet character at the edge', `${'X'.repeat(74)}é`, [74, 3]],
		// "’" is 3 octets: 73 + 3 = 76, so it moves.
		['a three-octet character at the edge', `${'X'.repeat(73)}’Y`, [73, 5]],
		// An emoji is 4 octets and two UTF-16 code units: never split between its surrogates.
		['an emoji at the edge', `${'X'.repeat(72)}😀`, [72, 5]],
		['only emoji', '😀'.repeat(40), [72, 73, 17]],
		// The first code point of each UTF-8 length: U+0080 is 2 octets, U+0800 is 3, U+10000 is 4.
		['U+0080 at the edge', `${'X'.repeat(74)}\u0080`, [74, 3]],
		['U+0800 at the edge', `${'X'.repeat(73)}\u0800`, [73, 4]],
		['U+10000 at the edge', `${'X'.repeat(72)}\u{10000}`, [72, 5]],
		['U+007F, U+07FF and U+FFFF fill a line of 75 exactly', `${'X'.repeat(69)}\u007f\u07ff\uffff`, [75]]
	])('folds %s into lines of %j octets', (_, line, lengths) => {
		const folded = foldLine(line);
		const physical = folded.split('\r\n');
		expect(physical.map(octets)).toEqual(lengths);
		expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
		// Each physical line is whole characters: it survives a UTF-8 round trip unchanged.
		for (const part of physical) expect(new TextDecoder().decode(new TextEncoder().encode(part))).toBe(part);
		// Unfolding (RFC 5545: remove CRLF followed by one space) gives the line back.
		expect(folded.replaceAll('\r\n ', '')).toBe(line);
	});
});

describe('timelineToIcal on the built-in dataset', () => {
	const ics = timelineToIcal(timeline);
	const views = eventViews(timeline);
	let calendar: ICAL.Component;
	let vevents: ICAL.Component[] = [];
	beforeAll(() => {
		({ calendar, vevents } = parseIcal(ics));
	});

	it('is a VCALENDAR with the required properties', () => {
		expect(text(calendar, 'version')).toBe('2.0');
		expect(text(calendar, 'prodid')).toBe('-//Sourceline//Timeline//EN');
		expect(text(calendar, 'calscale')).toBe('GREGORIAN');
		expect(text(calendar, 'method')).toBe('PUBLISH');
		expect(text(calendar, 'x-wr-calname')).toBe(timeline.article.title);
		expect(text(calendar, 'x-wr-caldesc')).toBe(`The dated events in “${timeline.article.title}” by Nadia Helmy (Modern Diplomacy, 4 February 2023).`);
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
	});

	it('has CRLF line ends and no line longer than 75 octets', () => {
		const lines = ics.split('\r\n');
		expect(lines.pop()).toBe('');
		expect(lines.length).toBeGreaterThan(20 * 10);
		expect(lines.filter((line) => /[\r\n]/.test(line))).toEqual([]);
		expect(lines.filter((line) => octets(line) > 75)).toEqual([]);
	});

	it('has one VEVENT per event, and none for undatable entries', () => {
		expect(vevents.map((vevent) => text(vevent, 'uid')).sort()).toEqual(timeline.events.map((event) => `${event.id}@sourceline`).sort());
		for (const entry of timeline.undatable) expect(ics).not.toContain(`UID:${entry.id}@`);
	});

	it.each(views.map((view, i) => [view.event.id, view, i] as const))(
		'round-trips event %s',
		(_, view, index) => {
			const vevent = vevents[index]!;
			const { event, range } = view;
			// DTEND is exclusive: the day after the latest day. An open end shows one day, the known one.
			const first = range.earliest ?? range.latest!;
			const last = range.earliest === null || range.latest === null ? first : range.latest;
			expect([dateValue(vevent, 'dtstart'), dateValue(vevent, 'dtend')]).toEqual([first, last + 1]);
			expect(text(vevent, 'summary').replace(/^(?:\(\?\) )?(?:c\. )?/, '')).toBe(event.title);
			expect(vevent.getFirstProperty('categories')!.getValues()).toEqual([event.category]);
			expect(text(vevent, 'status')).toBe(event.status === 'anticipated' ? 'TENTATIVE' : 'CONFIRMED');
			expect(text(vevent, 'url')).toBe(timeline.article.url);
			expect(text(vevent, 'transp')).toBe('TRANSPARENT');
			const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
			expect([stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second, stamp.zone?.tzid]).toEqual(
				[2023, 2, 4, 0, 0, 0, 'UTC']
			);
			const description = text(vevent, 'description');
			expect(description.startsWith(`${event.summary}\n\nDate: ${view.label}.\n`)).toBe(true);
			expect(description).toContain(`The article says: “${event.stated.text}”`);
			for (const passage of event.passages) expect(description).toContain(`“${passage.exact}”`);
			if (view.recorded) expect(description).toContain(`Recorded date: ${view.recorded.label}. ${view.recorded.note}`);
		}
	);

	// Written out by hand from the data, so that a wrong bound or off-by-one in any time zone shows.
	it.each<[id: string, start: string, end: string, summaryPrefix: string, notes: string[]]>([
		['russia-invades-ukraine', '2022-02-24', '2022-02-25', '', []],
		['gas-exports-2020', '2020-01-01', '2021-01-01', '', ['Sometime in this window, not all of it.']],
		['china-parliament-sessions', '2023-02-01', '2023-03-01', '', ['Sometime in this window, not all of it.']],
		[
			'gas-deal-before-invasion',
			'2022-02-01',
			'2022-02-24',
			'c. ',
			['Sometime in this window, not all of it.', 'Approximate date.']
		],
		[
			'western-sanctions',
			'2022-02-24',
			'2022-02-25',
			'',
			['Open-ended: from 24 February 2022; the calendar shows its first day only.']
		],
		[
			'russian-nuclear-statement',
			'2022-11-30',
			'2022-12-01',
			'',
			['Open start: on or before November 2022; the calendar shows its last day only.']
		],
		[
			'xi-putin-video-call',
			'2022-02-24',
			'2023-02-04',
			'',
			['Sometime in this window, not all of it.']
		],
		[
			'us-state-department-comment',
			'2022-02-24',
			'2023-02-05',
			'',
			['Sometime in this window, not all of it.']
		],
		[
			'xi-visit-to-russia',
			'2023-02-01',
			'2023-02-02',
			'(?) ',
			['Open-ended: on or after February 2023 (?); the calendar shows its first day only.', 'Uncertain date.']
		],
		[
			'russian-gas-supplies-increase',
			'2023-02-01',
			'2023-02-02',
			'(?) ',
			['Open-ended: from February 2023 (?); the calendar shows its first day only.', 'Uncertain date.']
		]
	])('%s is all-day from %s to %s (exclusive)', (id, start, end, summaryPrefix, notes) => {
		const index = views.findIndex((view) => view.event.id === id);
		const vevent = vevents[index]!;
		expect([dateValue(vevent, 'dtstart'), dateValue(vevent, 'dtend')]).toEqual([dayFromIso(start), dayFromIso(end)]);
		expect(text(vevent, 'summary')).toBe(`${summaryPrefix}${views[index]!.event.title}`);
		const description = text(vevent, 'description');
		for (const note of notes) expect(description).toContain(note);
		if (notes.length === 0) expect(description).not.toMatch(/window|Open|Uncertain|Approximate/);
	});

	it('writes dates as DATE values, never as times that a time zone could move', () => {
		expect(ics).not.toMatch(/^DT(?:START|END)(?!;VALUE=DATE:\d{8}\r$)/m);
		expect(ics.match(/^DTSTART;VALUE=DATE:\d{8}\r$/gm)).toHaveLength(20);
		expect(ics.match(/^DTEND;VALUE=DATE:\d{8}\r$/gm)).toHaveLength(20);
	});

	it('says when an event was anticipated and when it recurs', () => {
		const sessions = vevents[views.findIndex((view) => view.event.id === 'china-parliament-sessions')]!;
		expect(text(sessions, 'description')).toContain('Anticipated as of the article’s publication (4 February 2023).');
		expect(text(sessions, 'description')).toContain('Recurs every year.');
	});

	it('is the same on every build', () => {
		expect(timelineToIcal(structuredClone(timeline))).toBe(ics);
	});
});

describe('timelineToIcal: time order', () => {
	it('lists the events by the rule, whatever their order in the file', () => {
		const { vevents } = parseIcal(timelineToIcal(scrambledTimeline(timeline)));
		expect(vevents.map((vevent) => text(vevent, 'uid'))).toEqual(TIME_ORDER.map((id) => `${id}@sourceline`));
	});
});

describe('timelineToIcal: what the calendar cannot show, said in the description', () => {
	const [first] = timeline.events;
	const passage = (exact: string) => ({ ...first!.passages[0]!, exact });
	const description = (changes: Partial<TimelineEvent>) => {
		const { vevents } = parseIcal(timelineToIcal(withEvent(timeline, { summary: 'They talked.', title: 'Talks', qualifier: undefined, recorded: undefined, ...changes })));
		return { summary: text(vevents[0]!, 'summary'), description: text(vevents[0]!, 'description') };
	};

	it('writes every fact of an event, in order', () => {
		const event = {
			date: '2022-02/2022-05',
			stated: { text: 'in the spring', date: '2022-02/2022-05' },
			status: 'anticipated' as const,
			recurrence: 'annual' as const,
			recorded: { date: '2022-03-15', note: 'On the record.' },
			passages: [passage('First words.'), passage('Second words.')]
		};
		expect(description(event)).toEqual({
			summary: 'Talks',
			description: [
				'They talked.',
				'',
				'Date: February–May 2022.',
				'The article says: “in the spring”.',
				'Recorded date: 15 March 2022. On the record.',
				'The ends are not known to the day; the calendar shows the widest span they allow.',
				'Anticipated as of the article’s publication (4 February 2023).',
				'Recurs every year.',
				'',
				'Passages:',
				'“First words.”',
				'“Second words.”'
			].join('\n')
		});
		expect(description({ ...event, status: 'happened', recurrence: undefined, recorded: undefined, passages: [passage('Only words.')] }).description).toBe(
			[
				'They talked.',
				'',
				'Date: February–May 2022.',
				'The article says: “in the spring”.',
				'The ends are not known to the day; the calendar shows the widest span they allow.',
				'',
				'Passage:',
				'“Only words.”'
			].join('\n')
		);
	});

	// The notes after "The article says", for a happened event without a recorded date.
	it.each<[date: string, summary: string, notes: string[]]>([
		['2022-02-24', 'Talks', []],
		['2022-02-24?', '(?) Talks', ['Uncertain date.']],
		['2022-02~', 'c. Talks', ['Sometime in this window, not all of it.', 'Approximate date.']],
		['2022-02-01/2022-05-31?', '(?) Talks', ['Uncertain date.']],
		['2022-02-01~/2022-05-31', 'c. Talks', ['Approximate date.']],
		['2022-02-01/2022-05', 'Talks', ['The ends are not known to the day; the calendar shows the widest span they allow.']],
		['[2022-02-01..2022-05-31]', 'Talks', ['Sometime in this window, not all of it.']],
		['[2022-02?..]', '(?) Talks', ['Open-ended: on or after February 2022 (?); the calendar shows its first day only.', 'Uncertain date.']],
		['../2022-05', 'Talks', ['Open start: until May 2022; the calendar shows its last day only.']],
		['2022-02-24/..', 'Talks', ['Open-ended: from 24 February 2022; the calendar shows its first day only.']]
	])('%s', (date, summary, notes) => {
		const written = description({ date, status: 'happened', recurrence: undefined, passages: [passage('Words.')] });
		expect(written.summary).toBe(summary);
		const facts = written.description.split('\n\n')[1]!.split('\n');
		expect(facts.slice(2)).toEqual(notes);
	});

	it('has no calendar span for a date open at both ends', () => {
		expect(() => calendarSpan({ range: { earliest: null, latest: null } })).toThrow(new RangeError('a date open at both ends has no place in a calendar'));
	});
});

describe('timelineToIcal with hostile content', () => {
	const hostile: [name: string, title: string][] = [
		['quotes, commas and semicolons', 'He said "no", then; \'yes\', twice'],
		['backslashes', 'C:\\path\\n is not a newline'],
		['line breaks', 'first line\nsecond line\r\nthird'],
		['a formula', '=cmd|" /C calc"!A0'],
		['HTML', '<script>alert("x")</script>'],
		['emoji outside the BMP', 'Flags 🇨🇳🇷🇺, a family 👨‍👩‍👧 and 𝄞'],
		['a long title', `${'Très long, “quoted”; text ’ 😀 '.repeat(30)}end`]
	];

	it.each(hostile)('round-trips a title and summary with %s through ical.js', (_, title) => {
		const ics = timelineToIcal(withEvent(timeline, { title, summary: title }));
		const { vevents } = parseIcal(ics);
		expect(vevents).toHaveLength(1);
		expect(text(vevents[0]!, 'summary')).toBe(title.replace(/\r\n?/g, '\n'));
		expect(text(vevents[0]!, 'description').startsWith(`${title.replace(/\r\n?/g, '\n')}\n\n`)).toBe(true);
		expect(ics.split('\r\n').filter((line) => octets(line) > 75)).toEqual([]);
	});

	it('keeps an article title with separators whole in X-WR-CALNAME', () => {
		const title = 'One; two, three\\four\nfive';
		const { calendar } = parseIcal(timelineToIcal({ ...timeline, article: { ...timeline.article, title } }));
		expect(text(calendar, 'x-wr-calname')).toBe(title);
	});
});
