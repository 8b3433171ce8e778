import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '../dates/calendar-day.ts';
import { type Tick, axisTicks } from './ticks.ts';
import type { TimeWindow } from './time-window.ts';

// The test command runs this file under several TZ values; a label drawn
// from a UTC instant would then read as the previous or next day or month.

/** From the start of `from` to the start of `to`. */
function between(from: string, to: string): TimeWindow {
	return { start: dayFromIso(from), end: dayFromIso(to) };
}

/** Ticks every `step` days, weeks (from Monday), months or years. */
interface Step {
	unit: 'day' | 'week' | 'month' | 'year';
	step: number;
}

/** The step ticks are at, read from their dates: the smallest gap between them, in the largest unit they share. */
function stepOf(ticks: readonly Tick[]): Step {
	const dates = ticks.map((tick) => isoFromDay(tick.day));
	const smallestGap = (values: number[]) => Math.min(...values.slice(1).map((value, i) => value - values[i]!));
	if (dates.every((date) => date.endsWith('-01-01'))) return { unit: 'year', step: smallestGap(dates.map((date) => Number(date.slice(0, 4)))) };
	if (dates.every((date) => date.endsWith('-01'))) {
		return { unit: 'month', step: smallestGap(dates.map((date) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)))) };
	}
	const days = smallestGap(ticks.map((tick) => tick.day));
	const mondays = ticks.every((tick) => new Date(`${isoFromDay(tick.day)}T00:00:00Z`).getUTCDay() === 1);
	return days === 7 && mondays ? { unit: 'week', step: 1 } : { unit: 'day', step: days };
}

describe('axisTicks: the step', () => {
	it.each<[string, string, number, number | undefined, Step]>([
		['2022-02-20', '2022-03-06', 1000, undefined, { unit: 'day', step: 1 }],
		['2022-01-20', '2022-02-17', 1000, undefined, { unit: 'day', step: 2 }],
		['2022-02-20', '2022-03-06', 1000, 150, { unit: 'week', step: 1 }],
		['2022-12-01', '2023-01-31', 1000, undefined, { unit: 'week', step: 1 }],
		['2022-01-15', '2023-01-15', 1000, undefined, { unit: 'month', step: 1 }],
		['2022-01-15', '2023-01-15', 300, undefined, { unit: 'month', step: 3 }],
		['2021-02-01', '2023-02-01', 1000, undefined, { unit: 'month', step: 3 }],
		['2019-01-01', '2023-01-01', 1000, undefined, { unit: 'month', step: 6 }],
		['2015-01-01', '2025-01-01', 1000, undefined, { unit: 'year', step: 1 }],
		['2000-01-01', '2020-01-01', 1000, undefined, { unit: 'year', step: 2 }],
		['1970-01-01', '2020-01-01', 1000, undefined, { unit: 'year', step: 5 }],
		['1900-01-01', '2000-01-01', 1000, undefined, { unit: 'year', step: 10 }],
		['1800-01-01', '2000-01-01', 1000, undefined, { unit: 'year', step: 20 }],
		['1700-01-01', '2000-01-01', 1000, undefined, { unit: 'year', step: 50 }],
		['1000-01-01', '2000-01-01', 1000, undefined, { unit: 'year', step: 100 }],
		// Too wide even for centuries: the coarsest step, crowded.
		['0001-01-01', '5000-01-01', 1000, undefined, { unit: 'year', step: 100 }]
	])('%s to %s at %dpx, %s px apart: %o', (from, to, width, minSpacingPx, step) => {
		expect(stepOf(axisTicks(between(from, to), width, minSpacingPx))).toStrictEqual(step);
	});
});

describe('axisTicks', () => {
	// Major ticks are marked "*".
	it.each<[string, string, string, number, string[]]>([
		['years', '2015-01-01', '2025-01-01', 1000, ['2015', '2016', '2017', '2018', '2019', '*2020', '2021', '2022', '2023', '2024', '2025']],
		['two-year steps in the first century', '0041-01-01', '0061-01-01', 1000, ['42', '44', '46', '48', '*50', '52', '54', '56', '58', '*60']],
		['centuries', '1000-01-01', '2000-01-01', 1000, ['*1000', '1100', '1200', '1300', '1400', '1500', '1600', '1700', '1800', '1900', '*2000']],
		['half years', '2019-01-01', '2023-01-01', 1000, ['*Jan 2019', 'Jul', '*Jan 2020', 'Jul', '*Jan 2021', 'Jul', '*Jan 2022', 'Jul', '*Jan 2023']],
		['quarters', '2021-02-01', '2023-02-01', 1000, ['Apr 2021', 'Jul', 'Oct', '*Jan 2022', 'Apr', 'Jul', 'Oct', '*Jan 2023']],
		[
			'months',
			'2022-01-15',
			'2023-01-15',
			1000,
			['Feb 2022', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', '*Jan 2023']
		],
		[
			'weeks from Monday',
			'2022-12-01',
			'2023-01-31',
			1000,
			['*5 Dec 2022', '12 Dec', '19 Dec', '26 Dec', '*2 Jan 2023', '9 Jan', '16 Jan', '23 Jan', '30 Jan']
		],
		[
			'every other day, skipping the 31st',
			'2022-01-20',
			'2022-02-17',
			1000,
			['21 Jan 2022', '23', '25', '27', '29', '*1 Feb', '3', '5', '7', '9', '11', '13', '15', '17']
		],
		[
			'days',
			'2022-02-20',
			'2022-03-06',
			1000,
			['20 Feb 2022', '21', '22', '23', '24', '25', '26', '27', '28', '*1 Mar', '2', '3', '4', '5', '6']
		],
		['days across a new year', '2022-12-28', '2023-01-04', 1000, ['28 Dec 2022', '29', '30', '31', '*1 Jan 2023', '2', '3', '4']]
	])('%s: %s to %s at %dpx', (_name, from, to, width, labels) => {
		const ticks = axisTicks(between(from, to), width);
		expect(ticks.map((tick) => (tick.major ? '*' : '') + tick.label)).toStrictEqual(labels);
	});

	it('puts each tick at the start of its day', () => {
		const start = dayFromIso('2022-02-20');
		const ticks = axisTicks({ start, end: start + 14 }, 1400);
		expect(ticks.map((tick) => tick.day)).toStrictEqual(Array.from({ length: 15 }, (_, index) => start + index));
		expect(ticks.map((tick) => tick.x)).toStrictEqual(Array.from({ length: 15 }, (_, index) => index * 100));
	});

	it.each<[string, TimeWindow, string[]]>([
		['no day starts within', { start: dayFromIso('2022-02-24') + 0.25, end: dayFromIso('2022-02-24') + 0.75 }, []],
		['one day starts within', { start: dayFromIso('2022-02-24') + 0.5, end: dayFromIso('2022-02-25') + 0.5 }, ['25 Feb 2022']]
	])('ticks a window narrower than a day where %s', (_name, window, labels) => {
		expect(axisTicks(window, 1000).map((tick) => tick.label)).toStrictEqual(labels);
	});

	it.each<[string, string, number, number]>([
		['2022-01-25', '2022-02-22', 1000, 70],
		['2024-02-10', '2024-03-09', 1000, 70],
		['2022-04-15', '2022-05-13', 1000, 70],
		['2022-01-10', '2022-03-20', 1000, 70],
		['2023-11-01', '2024-12-01', 777, 70],
		// 2.4px a day: average months would fit, but February would not.
		['2022-01-01', '2023-01-01', 876, 70],
		['2020-01-01', '2024-01-01', 1000, 40],
		['1901-01-01', '2001-01-01', 1000, 95]
	])('keeps ticks from %s to %s at %dpx at least %dpx apart', (from, to, width, minSpacingPx) => {
		const xs = axisTicks(between(from, to), width, minSpacingPx).map((tick) => tick.x);
		expect(xs.length).toBeGreaterThan(1);
		for (const [index, x] of xs.slice(1).entries()) {
			expect(x - xs[index]!).toBeGreaterThanOrEqual(minSpacingPx);
		}
	});
});
