import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { isoFromDay } from '../dates/calendar-day.ts';
import { eventViews } from '../model/event-view.ts';
import type { Timeline, TimelineEvent } from '../model/schema.ts';
import { readTimelines } from '../server/timelines.ts';
import { scrambledTimeline, TIME_ORDER } from '../../../tests/fixtures/time-order.ts';
import {
	ACTOR_SEPARATOR,
	CSV_COLUMNS,
	PASSAGE_SEPARATOR,
	csvField,
	guardCsvField,
	timelineToCsv,
	unguardCsvField
} from './csv.ts';

const timeline = readTimelines().timelines.find((t) => t.id === 'xi-visit-russia-2023')!;

/** Parses with papaparse, strictly: CRLF only, no parse errors, every row as long as the header. */
function parseCsv(csv: string): Record<string, string>[] {
	const result = Papa.parse<string[]>(csv, { newline: '\r\n', skipEmptyLines: false });
	expect(result.errors).toEqual([]);
	const rows = result.data;
	// The file ends in CRLF, which papaparse reads as one last empty row.
	expect(rows.at(-1)).toEqual(['']);
	const [header, ...records] = rows.slice(0, -1);
	expect(header).toEqual([...CSV_COLUMNS]);
	return records.map((record) => {
		expect(record).toHaveLength(CSV_COLUMNS.length);
		return Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, unguardCsvField(record[i]!)]));
	});
}

function withEvent(base: Timeline, changes: Partial<TimelineEvent>): Timeline {
	const [first] = base.events;
	return { ...base, events: [{ ...first!, ...changes }], undatable: [] };
}

describe('csvField (RFC 4180)', () => {
	it.each([
		['plain', 'plain'],
		['', ''],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['"', '""""'],
		['line\nbreak', '"line\nbreak"'],
		['line\r\nbreak', '"line\r\nbreak"'],
		['carriage\rreturn', '"carriage\rreturn"'],
		['a;b', '"a;b"'],
		['a\tb', '"a\tb"'],
		['Xi’s “borderless” partnership', 'Xi’s “borderless” partnership'],
		['m³ 🇨🇳', 'm³ 🇨🇳']
	])('%j is written %j', (value, field) => {
		expect(csvField(value)).toBe(field);
	});
});

describe('formula injection guard', () => {
	it.each([
		['=cmd|"/c calc"!A1', "'=cmd|\"/c calc\"!A1"],
		['+1', "'+1"],
		['-1', "'-1"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tstarts with a tab', "'\tstarts with a tab"],
		['\rstarts with CR', "'\rstarts with CR"],
		// Already-guarded-looking values get one more apostrophe, so that the guard can always be undone.
		["'=not a formula", "''=not a formula"],
		// Harmless starts are left alone.
		['a=b', 'a=b'],
		["'Tis", "'Tis"],
		['2022-02-24', '2022-02-24'],
		['[..2022-11]', '[..2022-11]'],
		['../2023', '../2023'],
		// After a separator of any locale, or a line break, a spreadsheet may start a new cell.
		["Talks;=cmd|' /C calc'!A0", "Talks;'=cmd|' /C calc'!A0"],
		['a,+1', "a,'+1"],
		['a\t@SUM(A1)', "a\t'@SUM(A1)"],
		['first line\n-2', "first line\n'-2"],
		["a;'=b", "a;''=b"],
		['\t=x', "'\t'=x"],
		['a; =b', 'a; =b'],
		['pro-Russian, anti-war', 'pro-Russian, anti-war']
	])('%j is guarded as %j, and unguards back', (value, guarded) => {
		expect(guardCsvField(value)).toBe(guarded);
		expect(unguardCsvField(guarded)).toBe(value);
	});

	it('undoes itself on any text of separators, formula characters and apostrophes', () => {
		const alphabet = ['=', '+', '-', '@', '\t', '\r', '\n', ',', ';', "'", 'a', ' '];
		let seed = 11;
		const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
		for (let i = 0; i < 2000; i++) {
			const value = Array.from({ length: random(12) }, () => alphabet[random(alphabet.length)]).join('');
			const guarded = guardCsvField(value);
			expect(unguardCsvField(guarded), JSON.stringify(value)).toBe(value);
			// No cell a spreadsheet could cut from it, with any of those separators, starts like a formula.
			for (const cell of guarded.split(/[,;\t\r\n]/).slice(1)) expect(cell, JSON.stringify(guarded)).not.toMatch(/^[=+\-@]/);
			expect(guarded, JSON.stringify(value)).not.toMatch(/^[=+\-@\t\r]/);
		}
	});

	it('quotes after guarding, so a guarded field with a comma stays one field', () => {
		expect(csvField('=1,2')).toBe(`"'=1,2"`);
	});
});

describe('timelineToCsv on the built-in dataset', () => {
	const csv = timelineToCsv(timeline);
	const views = eventViews(timeline);
	let rows: Record<string, string>[] = [];
	beforeAll(() => {
		rows = parseCsv(csv);
	});

	it('is UTF-8 text without a byte-order mark, with CRLF line ends only', () => {
		expect(csv.charCodeAt(0)).not.toBe(0xfeff);
		expect(csv.startsWith('kind,id,title,summary,date,date_label,earliest,latest,')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		// Outside quoted fields every line break is CRLF: drop the quoted fields, then look for a lone LF or CR.
		const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
		expect(unquoted).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
	});

	it('has one row per event, then one per undatable entry in file order', () => {
		expect(rows.map((row) => row.kind)).toEqual([...timeline.events.map(() => 'event'), ...timeline.undatable.map(() => 'undatable')]);
		expect(rows.filter((row) => row.kind === 'event').map((row) => row.id).sort()).toEqual(timeline.events.map((event) => event.id).sort());
		expect(rows.filter((row) => row.kind === 'undatable').map((row) => row.id)).toEqual(timeline.undatable.map((entry) => entry.id));
	});

	it('writes an undatable entry with empty date columns, and its recorded date', () => {
		const entry = timeline.undatable.find((e) => e.id === 'joint-military-exercises')!;
		expect(rows.find((r) => r.id === entry.id)).toEqual({
			kind: 'undatable',
			id: 'joint-military-exercises',
			title: entry.title,
			summary: entry.summary,
			category: entry.category,
			date: '',
			date_label: '',
			earliest: '',
			latest: '',
			stated_text: entry.stated.text,
			stated_date: '',
			recorded_date: '2022-12-21/2022-12-27',
			recorded_label: '21–27 December 2022',
			recorded_note: entry.recorded!.note,
			status: '',
			recurrence: '',
			actors: entry.actors.join(';'),
			passages: entry.passages.map((p) => p.exact).join(' … '),
			reason: entry.reason
		});
	});

	it.each(views.map((view) => [view.event.id, view] as const))('round-trips event %s', (id, view) => {
		const { event } = view;
		const row = rows.find((r) => r.id === id)!;
		expect(row).toStrictEqual({
			kind: 'event',
			id: event.id,
			title: event.title,
			summary: event.summary,
			date: event.date,
			date_label: view.label,
			earliest: view.range.earliest === null ? '' : isoFromDay(view.range.earliest),
			latest: view.range.latest === null ? '' : isoFromDay(view.range.latest),
			stated_text: event.stated.text,
			stated_date: event.stated.date,
			recorded_date: event.recorded?.date ?? '',
			recorded_label: view.recorded?.label ?? '',
			recorded_note: event.recorded?.note ?? '',
			status: event.status,
			recurrence: event.recurrence ?? '',
			category: event.category,
			actors: event.actors.join(';'),
			passages: event.passages.map((p) => p.exact).join(' … '),
			reason: ''
		});
		expect(row.actors!.split(ACTOR_SEPARATOR)).toEqual(event.actors);
	});

	it.each(timeline.undatable.map((entry) => [entry.id, entry] as const))('round-trips undatable %s', (id, entry) => {
		const row = rows.find((r) => r.id === id)!;
		expect(row).toMatchObject({
			kind: 'undatable',
			title: entry.title,
			summary: entry.summary,
			date: '',
			earliest: '',
			latest: '',
			stated_text: entry.stated.text,
			recorded_date: entry.recorded?.date ?? '',
			status: '',
			category: entry.category,
			actors: entry.actors.join(';'),
			reason: entry.reason
		});
	});

	it('writes open ends as empty bounds', () => {
		const row = (id: string) => rows.find((r) => r.id === id)!;
		expect([row('western-sanctions').earliest, row('western-sanctions').latest]).toEqual(['2022-02-24', '']);
		expect([row('russian-nuclear-statement').earliest, row('russian-nuclear-statement').latest]).toEqual([
			'',
			'2022-11-30'
		]);
		expect([row('china-parliament-sessions').earliest, row('china-parliament-sessions').latest]).toEqual([
			'2023-02-01',
			'2023-02-28'
		]);
	});

	it('splits passages back on the separator where no quote contains it', () => {
		const multi = timeline.events.filter((event) => event.passages.length > 1);
		expect(multi.length).toBeGreaterThan(0);
		for (const event of multi) {
			if (event.passages.some((p) => p.exact.includes(PASSAGE_SEPARATOR))) continue;
			expect(rows.find((r) => r.id === event.id)!.passages!.split(PASSAGE_SEPARATOR)).toEqual(
				event.passages.map((p) => p.exact)
			);
		}
	});
});

describe('timelineToCsv: time order', () => {
	it('lists the events by the rule, whatever their order in the file', () => {
		const rows = parseCsv(timelineToCsv(scrambledTimeline(timeline)));
		expect(rows.map((row) => row.id)).toEqual(TIME_ORDER);
	});
});

describe('timelineToCsv with hostile content', () => {
	const hostile: [name: string, title: string][] = [
		['quotes and commas', 'He said "no", then "yes", twice'],
		['line breaks', 'first line\nsecond line\r\nthird\rfourth'],
		['a formula', '=HYPERLINK("http://evil.example","click")'],
		['a plus', '+cmd|\' /C calc\'!A0'],
		['a minus', '-2+3'],
		['an at', '@SUM(1,2)'],
		['a tab', '\t=1'],
		['HTML', '<script>alert("x")</script>'],
		['emoji outside the BMP', 'Flags 🇨🇳🇷🇺, a family 👨‍👩‍👧 and 𝄞'],
		['a long title', `${'Very long, "quoted"; text '.repeat(40)}end`]
	];

	it.each(hostile)('round-trips a title with %s through papaparse', (_, title) => {
		const rows = parseCsv(timelineToCsv(withEvent(timeline, { title, summary: title })));
		expect(rows).toHaveLength(1);
		expect(rows[0]!.title).toBe(title);
		expect(rows[0]!.summary).toBe(title);
	});

	it.each(hostile)('no cell with %s starts like a formula', (_, title) => {
		const csv = timelineToCsv(withEvent(timeline, { title, summary: title }));
		const cells = Papa.parse<string[]>(csv, { newline: '\r\n' }).data.flat();
		expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
	});

	it('guards a hostile passage and actor id too', () => {
		const [first] = timeline.events;
		const csv = timelineToCsv(
			withEvent(timeline, {
				actors: ['-x', 'CN'],
				passages: [{ ...first!.passages[0]!, exact: '=1+1' }]
			})
		);
		expect(csv).toContain(`,"'-x;CN",'=1+1,`);
		const [row] = parseCsv(csv);
		expect([row!.actors, row!.passages]).toEqual(['-x;CN', '=1+1']);
	});
});
