import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../dates/calendar-day.ts';
import { readViewState, windowDays, writeViewState, type ViewState } from './view-state.ts';

const context = {
	eventIds: new Set(['russia-invades-ukraine', 'gas-exports-2020']),
	categories: ['energy', 'military', 'diplomacy'],
	actors: ['CN', 'RU', 'UA']
};
const read = (query: string) => readViewState(new URLSearchParams(query), context);
const day = dayFromIso;

describe('readViewState', () => {
	it.each<[string, ViewState, number]>([
		['', {}, 0],
		['event=russia-invades-ukraine', { event: 'russia-invades-ukraine' }, 0],
		['from=2022-01-01&to=2022-12-31', { window: { start: day('2022-01-01'), end: day('2023-01-01') } }, 0],
		['from=2022-01-01&to=2022-01-01', { window: { start: day('2022-01-01'), end: day('2022-01-02') } }, 0],
		['lanes=actor', { lanes: 'actor' }, 0],
		['categories=energy,military', { categories: ['energy', 'military'] }, 0],
		['event=nope', {}, 1],
		['event=<img src=x onerror=alert(1)>', {}, 1],
		['from=2022-01-01', {}, 1],
		['from=2022-12-31&to=2022-01-01', {}, 1],
		['from=2022-02-30&to=2022-03-01', {}, 1],
		['from=yesterday&to=today', {}, 1],
		['lanes=<script>', {}, 1],
		['categories=energy,weather', { categories: ['energy'] }, 1],
		['categories=weather', {}, 1],
		['actors=UA,CN', { actors: ['UA', 'CN'] }, 0],
		['actors=UA,XX', { actors: ['UA'] }, 1],
		['actors=__proto__', {}, 1],
		[`event=${'x'.repeat(5000)}`, {}, 1]
	])('%s', (query, state, warnings) => {
		const result = read(query);
		expect(result.state).toEqual(state);
		expect(result.warnings).toHaveLength(warnings);
	});

	it('says what it ignored and why, with a short preview of the value', () => {
		const { warnings } = read(`event=${'y'.repeat(100)}`);
		expect(warnings[0]).toMatch(/^ignored "event": no event has the id "y{60}…"$/);
		expect(read('actors=XX').warnings).toEqual(['ignored actor "XX": not one of CN, RU, UA']);
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
		[{ actors: ['UA', 'CN'] }, '?actors=UA%2CCN']
	])('%j → %s', (state, query) => {
		expect(writeViewState(state)).toBe(query);
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
