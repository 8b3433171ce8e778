/**
 * A calendar day prints as itself in every time zone, for every day from 0001-01-01 to 9999-12-31, including
 * the zones that skipped or repeated whole days. Node applies a change of `process.env.TZ` at once. Every day's
 * printed words are compared with an independent arithmetic conversion.
 *
 * The unit runner (scripts/test-unit.js) runs the suite under three zones; each run checks its own zone, and the
 * zones that skipped days are checked once, in the UTC run (or a run without TZ). The work is fixed and
 * CPU-bound (about a second a zone on an idle core), so the tests get a timeout that a busy machine cannot reach.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { dayFromYmd } from './calendar-day.ts';
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

const originalZone = process.env.TZ;
afterAll(() => {
	if (originalZone === undefined) delete process.env.TZ;
	else process.env.TZ = originalZone;
});

describe.each(ZONES)('every day from 0001-01-01 to 9999-12-31 in %s', (zone) => {
	it('prints as its own day, month and year', () => {
		process.env.TZ = zone;
		const wrong: string[] = [];
		for (let day = FIRST; day <= LAST && wrong.length < 5; day++) {
			const [year, month, dayOfMonth] = civil(day);
			const printed = formatDay(day);
			if (printed !== `${dayOfMonth} ${MONTHS[month - 1]} ${year}`) wrong.push(`${year}-${month}-${dayOfMonth} prints as ${printed}`);
		}
		expect(wrong).toEqual([]);
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
