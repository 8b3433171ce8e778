import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar-day.ts';
import { readViewState, readWindow, sameQuery, windowDays, writeViewState, type ViewState } from './view-state.ts';

const context = {
	eventIds: new Set(['russia-invades-ukraine', 'gas-exports-2020']),
	categories: ['energy', 'military', 'diplomacy'],
	actors: ['CN', 'RU', 'UA']
};
const read = (query: string) => readViewState(new URLSearchParams(query), context);
const day = dayFromIso;

describe('readViewState', () => {
	const window = (from: string, to: string) => ({ window: { start: day(from), end: day(to) + 1 } });
	const CATEGORIES = 'not one of energy, military, diplomacy';
	const ACTORS = 'not one of CN, RU, UA';
	const x = (n: number) => 'x'.repeat(n);

	// Every value that names nothing or does not parse is dropped, with a warning that says which and why.
	it.each<[string, ViewState, string[]]>([
		['', {}, []],
		['event=russia-invades-ukraine', { event: 'russia-invades-ukraine' }, []],
		['from=2022-01-01&to=2022-12-31', window('2022-01-01', '2022-12-31'), []],
		['from=2022-01-01&to=2022-01-01', window('2022-01-01', '2022-01-01'), []],
		['lanes=actor', { lanes: 'actor' }, []],
		['lanes=category', { lanes: 'category' }, []],
		['categories=energy,military', { categories: ['energy', 'military'] }, []],
		['categories=energy,,military,', { categories: ['energy', 'military'] }, []],
		['categories=', {}, []],
		['event=nope', {}, ['ignored "event": no event has the id "nope"']],
		['event=<img src=x onerror=alert(1)>', {}, ['ignored "event": no event has the id "<img src=x onerror=alert(1)>"']],
		['from=2022-01-01', {}, ['ignored "from"/"to": both are needed']],
		['to=2022-01-01', {}, ['ignored "from"/"to": both are needed']],
		['from=2022-12-31&to=2022-01-01', {}, ['ignored "from"/"to": "to" (2022-01-01) is before "from" (2022-12-31)']],
		['from=2022-02-30&to=2022-03-01', {}, [expect.stringMatching(/^ignored "from"\/"to": .*2022-02-30.*day 30 is out of range/)]],
		['from=2022-03-01&to=yesterday', {}, [expect.stringMatching(/^ignored "from"\/"to": .*"yesterday"/)]],
		['lanes=<script>', {}, ['ignored "lanes": "<script>" is not "category" or "actor"']],
		['lanes=Actor', {}, ['ignored "lanes": "Actor" is not "category" or "actor"']],
		['categories=energy,weather', { categories: ['energy'] }, [`ignored category "weather": ${CATEGORIES}`]],
		['categories=weather,,rain', {}, [`ignored category "weather": ${CATEGORIES}`, `ignored category "rain": ${CATEGORIES}`]],
		['actors=UA,CN', { actors: ['UA', 'CN'] }, []],
		['actors=', {}, []],
		['actors=UA,XX', { actors: ['UA'] }, [`ignored actor "XX": ${ACTORS}`]],
		['actors=__proto__', {}, [`ignored actor "__proto__": ${ACTORS}`]],
		// A value is previewed by its first 60 characters; one over 2,000 is not looked at.
		[`event=${x(60)}`, {}, [`ignored "event": no event has the id "${x(60)}"`]],
		[`event=${x(61)}`, {}, [`ignored "event": no event has the id "${x(60)}…"`]],
		[`event=${x(2000)}`, {}, [`ignored "event": no event has the id "${x(60)}…"`]],
		[`event=${x(2001)}`, {}, ['ignored "event": longer than 2000 characters']],
		[`lanes=${x(2001)}&categories=${x(2001)}`, {}, ['ignored "lanes": longer than 2000 characters', 'ignored "categories": longer than 2000 characters']],
		[`from=${x(2001)}&to=2022-01-01`, {}, ['ignored "from": longer than 2000 characters', 'ignored "from"/"to": both are needed']]
	])('%s', (query, state, warnings) => {
		const result = read(query);
		expect(result.state).toEqual(state);
		expect(result.warnings).toEqual(warnings);
	});
});

describe('readWindow against the timeline', () => {
	// The timeline's whole view: 2020-01-01 to 2022-12-31, both included.
	const span = { start: day('2020-01-01'), end: day('2023-01-01') };
	const OUTSIDE = (from: string, to: string) => `${from} to ${to} is outside this timeline, which spans 2020-01-01 to 2022-12-31`;
	it.each<[string, string, unknown]>([
		['1000-01-01', '1000-01-02', OUTSIDE('1000-01-01', '1000-01-02')],
		['2019-01-01', '2019-12-31', OUTSIDE('2019-01-01', '2019-12-31')],
		['2023-01-01', '2023-02-01', OUTSIDE('2023-01-01', '2023-02-01')],
		['9000-01-01', '9999-12-31', OUTSIDE('9000-01-01', '9999-12-31')],
		// A day in common is enough: the view is then clamped to the timeline, as a zoom past its ends is.
		['2019-01-01', '2020-01-01', { start: day('2019-01-01'), end: day('2020-01-02') }],
		['2022-12-31', '2024-01-01', { start: day('2022-12-31'), end: day('2024-01-02') }],
		['0001-01-01', '9999-12-31', { start: day('0001-01-01'), end: day('9999-12-31') + 1 }]
	])('%s to %s', (from, to, expected) => {
		expect(readWindow(from, to, span)).toEqual(expected);
	});

	it('is named in the warning of a link', () => {
		const result = readViewState(new URLSearchParams('from=1000-01-01&to=1000-01-02'), { ...context, span });
		expect(result).toEqual({ state: {}, warnings: [`ignored "from"/"to": ${OUTSIDE('1000-01-01', '1000-01-02')}`] });
	});
});

describe('writeViewState', () => {
	it.each<[ViewState, string]>([
		[{}, ''],
		[{ event: 'gas-exports-2020' }, '?event=gas-exports-2020'],
		[{ window: { start: day('2022-01-01'), end: day('2023-01-01') } }, '?from=2022-01-01&to=2022-12-31'],
		[{ window: { start: day('2022-01-01') + 0.4, end: day('2022-01-10') + 0.2 } }, '?from=2022-01-01&to=2022-01-10'],
		[{ lanes: 'category' }, ''],
		[{ lanes: 'actor', categories: ['energy'] }, '?lanes=actor&categories=energy'],
		[{ categories: ['energy', 'military'] }, '?categories=energy%2Cmilitary'],
		[{ actors: ['UA', 'CN'] }, '?actors=UA%2CCN']
	])('%j → %s', (state, query) => {
		expect(writeViewState(state)).toBe(query);
	});

	it('replaces every parameter it owns, even those the new view leaves out', () => {
		const base = new URLSearchParams('event=old&from=2020-01-01&to=2020-12-31&lanes=actor&categories=energy&theme=dark');
		expect(writeViewState({}, base)).toBe('?theme=dark');
		expect(writeViewState({ lanes: 'category' }, base)).toBe('?theme=dark');
	});

	it('keeps parameters it does not own and round-trips its own', () => {
		const state: ViewState = { event: 'russia-invades-ukraine', window: { start: day('2021-06-01'), end: day('2022-06-01') } };
		const query = writeViewState(state, new URLSearchParams('theme=dark&event=old'));
		expect(query).toBe('?theme=dark&event=russia-invades-ukraine&from=2021-06-01&to=2022-05-31');
		expect(read(query.slice(1)).state).toEqual(state);
	});
});

describe('windowDays', () => {
	it.each<[number, number, string, string]>([
		[day('2022-01-01'), day('2023-01-01'), '2022-01-01', '2022-12-31'],
		[day('2022-01-01') + 1e-9, day('2023-01-01') + 1e-9, '2022-01-01', '2022-12-31'],
		[day('2022-01-01') - 1e-9, day('2023-01-01') - 1e-9, '2022-01-01', '2022-12-31'],
		[day('2022-02-24') + 0.25, day('2022-02-24') + 0.75, '2022-02-24', '2022-02-24'],
		[day('1969-12-31') + 0.5, day('1970-01-02') + 0.5, '1969-12-31', '1970-01-02']
	])('[%f, %f) → %s…%s', (start, end, from, to) => {
		expect(windowDays({ start, end })).toEqual({ from, to });
	});
});

describe('sameQuery', () => {
	it.each([
		['?data=/a/b.json', '?data=%2Fa%2Fb.json', true],
		['?event=x&lanes=actor', '?lanes=actor&event=x', true],
		['', '?', true],
		['?q=a+b', '?q=a%20b', true],
		['?event=x', '?event=y', false],
		['?event=x', '?event=x&lanes=actor', false],
		['?a=1&a=2', '?a=2&a=1', false]
	])('%s and %s: %s', (a, b, same) => {
		expect(sameQuery(a, b)).toBe(same);
	});
});
