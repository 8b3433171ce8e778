/**
 * A calendar day prints as itself in every time zone, for every day from 0001-01-01 to 9999-12-31, including
 * the zones that skipped or repeated whole days. Node applies a change of `process.env.TZ` at once. Every day's
 * fields (the ones date-fns reads) are compared with an independent arithmetic conversion; date-fns' `format`
 * itself runs on the day of each of the zone's offset changes and the day before, found by scanning.
 *
 * The unit runner (scripts/test-unit.js) runs the suite under three zones; each run checks its own zone, and the
 * zones that skipped days are checked once, in the UTC run (or a run without TZ). The work is fixed and
 * CPU-bound (about 0.7 s a zone on an idle core), so the tests get a timeout that a busy machine cannot reach.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import { dayFromYmd, dayToDisplayDate } from './calendar-day.ts';
import { formatDay } from './format.ts';

const SKIPPING_ZONES = [
	'Pacific/Kiritimati', // skipped 31 December 1994 (UTC−10 → UTC+14)
	'Pacific/Apia', // skipped 30 December 2011 (UTC−10 → UTC+14)
	'Pacific/Enderbury', // skipped 31 December 1994 (UTC−11 → UTC+13); now Pacific/Kanton
	'America/Sao_Paulo' // DST began at midnight until 2018: 00:00 did not exist on those days
];
const OWN_ZONE = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
const ZONES = process.env.TZ === undefined || OWN_ZONE === 'UTC' ? [OWN_ZONE, ...SKIPPING_ZONES.filter((zone) => zone !== OWN_ZONE)] : [OWN_ZONE];
const TIMEOUT_MS = 60_000;
const FIRST = dayFromYmd(1, 1, 1);
const LAST = dayFromYmd(9999, 12, 31);
const MS_PER_DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Year, month and day of a day number: Hinnant's civil_from_days, sharing no code with calendar-day.ts. */
function civil(day: number): [number, number, number] {
	const z = day + 719_468;
	const era = Math.floor(z / 146_097);
	const doe = z - era * 146_097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
/** 0 = Sunday; 1970-01-01 was a Thursday. */
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;

/** The days on which the zone's UTC offset at noon differs from the day before's. */
function offsetChanges(): number[] {
	const days: number[] = [];
	let previous = new Date(FIRST * MS_PER_DAY + MS_PER_DAY / 2).getTimezoneOffset();
	for (let day = FIRST + 1; day <= LAST; day++) {
		const offset = new Date(day * MS_PER_DAY + MS_PER_DAY / 2).getTimezoneOffset();
		if (offset !== previous) days.push(day);
		previous = offset;
	}
	return days;
}

const originalZone = process.env.TZ;
afterAll(() => {
	if (originalZone === undefined) delete process.env.TZ;
	else process.env.TZ = originalZone;
});

describe.each(ZONES)('every day from 0001-01-01 to 9999-12-31 in %s', (zone) => {
	it('has its own year, month, day and weekday as the fields date-fns reads', () => {
		process.env.TZ = zone;
		const wrong: string[] = [];
		for (let day = FIRST; day <= LAST && wrong.length < 5; day++) {
			const date = dayToDisplayDate(day);
			const [year, month, dayOfMonth] = civil(day);
			if (date.getFullYear() !== year || date.getMonth() + 1 !== month || date.getDate() !== dayOfMonth || date.getDay() !== weekday(day))
				wrong.push(`${year}-${month}-${dayOfMonth} reads ${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()} (weekday ${date.getDay()})`);
		}
		expect(wrong).toEqual([]);
	}, TIMEOUT_MS);

	it('prints as itself around every change of the zone’s offset', () => {
		process.env.TZ = zone;
		const changes = offsetChanges();
		if (zone !== 'UTC') expect(changes.length).toBeGreaterThan(0);
		const wrong: string[] = [];
		for (const change of [FIRST + 1, ...changes, LAST])
			for (const day of [change - 1, change]) {
				const [year, month, dayOfMonth] = civil(day);
				const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
				const printed = [formatDay(day), format(dayToDisplayDate(day), 'yyyy-MM-dd EEEE')];
				const expected = [`${dayOfMonth} ${MONTHS[month - 1]} ${year}`, `${iso} ${WEEKDAYS[weekday(day)]}`];
				if (printed.join() !== expected.join()) wrong.push(`${iso} prints as ${printed.join(' / ')}`);
			}
		expect(wrong.slice(0, 5)).toEqual([]);
	}, TIMEOUT_MS);
});

describe('the days these zones skipped', () => {
	it.each([
		['Pacific/Kiritimati', 1994, 12, 31],
		['Pacific/Enderbury', 1994, 12, 31],
		['Pacific/Apia', 2011, 12, 30]
	])('%s: %i-%i-%i', (zone, year, month, day) => {
		process.env.TZ = zone;
		expect(formatDay(dayFromYmd(year, month, day))).toBe(`${day} ${MONTHS[month - 1]} ${year}`);
	});
});
