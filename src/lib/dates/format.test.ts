import { setDefaultOptions } from 'date-fns';
import { de } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from './calendar-day.ts';
import { type Qualifier, parseEdtf } from './edtf.ts';
import { formatDay, formatDayRange, formatEdtf, precisionLabel } from './format.ts';

// The test command runs this file under several TZ values, where a day drawn
// from a UTC instant would print as the previous or next calendar day.
describe('formatDay', () => {
	it.each([
		['2022-02-24', '24 February 2022'],
		['2022-02-01', '1 February 2022'],
		['1970-01-01', '1 January 1970'],
		['1969-12-31', '31 December 1969'],
		['2024-02-29', '29 February 2024'],
		['1066-10-14', '14 October 1066'],
		['0050-06-15', '15 June 50']
	])('%s is "%s"', (iso, text) => {
		expect(formatDay(dayFromIso(iso))).toBe(text);
	});
});

describe('formatEdtf', () => {
	it.each<[string, Qualifier | undefined, string]>([
		['2022-02-24', undefined, '24 February 2022'],
		['2022-02-01', undefined, '1 February 2022'],
		['2022-02', undefined, 'February 2022'],
		['2020', undefined, '2020'],
		['2023-21', undefined, 'spring 2023'],
		['2023-22', undefined, 'summer 2023'],
		['2023-23', undefined, 'autumn 2023'],
		['2022-24', undefined, 'winter 2022–23'],
		['2009-24', undefined, 'winter 2009–10'],
		['2000-24', undefined, 'winter 2000–01'],
		['1999-24', undefined, 'winter 1999–2000'],
		// qualifiers
		['2023-21', 'early', 'early spring 2023'],
		['2020', 'late', 'late 2020'],
		['2022-02', 'mid', 'mid-February 2022'],
		['2020', 'mid', 'mid-2020'],
		['2022-24', 'late', 'late winter 2022–23'],
		['2022-02-24', 'early', 'early 24 February 2022'],
		// approximate and uncertain
		['2022-02~', undefined, 'c. February 2022'],
		['2023-21?', undefined, 'spring 2023 (?)'],
		['2020%', undefined, 'c. 2020 (?)'],
		['2022-02-24~', undefined, 'c. 24 February 2022'],
		['2020%', 'early', 'c. early 2020 (?)'],
		// intervals: shared words are written once
		['2022-02-04/2022-02-20', undefined, '4–20 February 2022'],
		['2022-11-30/2022-12-02', undefined, '30 November – 2 December 2022'],
		['2022-03-04/2022-05-04', undefined, '4 March – 4 May 2022'],
		['2022-12-30/2023-01-03', undefined, '30 December 2022 – 3 January 2023'],
		['2021-02-04/2022-02-04', undefined, '4 February 2021 – 4 February 2022'],
		['2022-02-24/2022-02-24', undefined, '24 February 2022'],
		['2022-02/2022-05', undefined, 'February–May 2022'],
		['2022-02/2023-02', undefined, 'February 2022 – February 2023'],
		['2020/2022', undefined, '2020–2022'],
		['2023-21/2023-23', undefined, 'spring–autumn 2023'],
		['2022-24/2023-24', undefined, 'winter 2022–23 – winter 2023–24'],
		// mixed precisions never share words
		['2022-02/2023-21', undefined, 'February 2022 – spring 2023'],
		// a phrase and a single word: spaced, since the dash joins the phrase, not its last word
		['2022-02/2023', undefined, 'February 2022 – 2023'],
		['2022-02/2022-03-15', undefined, 'February 2022 – 15 March 2022'],
		['2022-24/2023-21', undefined, 'winter 2022–23 – spring 2023'],
		// marked ends are written whole, so "c." and "(?)" cover one end only
		['2022-02-04~/2022-02-20', undefined, 'c. 4 February 2022 – 20 February 2022'],
		['2020/2022?', undefined, '2020 – 2022 (?)'],
		// open ends
		['2022-02-24/..', undefined, 'from 24 February 2022'],
		['../2023-02-03', undefined, 'until 3 February 2023'],
		['2020~/..', undefined, 'from c. 2020'],
		['../2023-21', undefined, 'until spring 2023'],
		// one day somewhere in a range
		['[2022-02-24..2023-02-03]', undefined, 'between 24 February 2022 and 3 February 2023'],
		['[2023-03..2023-05]', undefined, 'between March and May 2023'],
		['[..2022-11]', undefined, 'on or before November 2022'],
		['[2023-03?..]', undefined, 'on or after March 2023 (?)']
	])('%s %s is "%s"', (text, qualifier, expected) => {
		expect(formatEdtf(parseEdtf(text), qualifier)).toBe(expected);
	});

	it.each<[string, Qualifier]>([
		['2020/2022', 'early'],
		['2022-02-24/..', 'mid']
	])('refuses to qualify the interval %s as %s', (text, qualifier) => {
		expect(() => formatEdtf(parseEdtf(text), qualifier)).toThrow(
			new RangeError(`qualifier "${qualifier}" cannot describe the interval "${text}"`)
		);
	});
});

describe('the language', () => {
	it('is English whatever date-fns locale is set as the default elsewhere', () => {
		setDefaultOptions({ locale: de });
		try {
			expect(formatDay(dayFromIso('2022-03-24'))).toBe('24 March 2022');
			expect(formatEdtf(parseEdtf('2022-03/2022-05'))).toBe('March–May 2022');
		} finally {
			setDefaultOptions({ locale: undefined });
		}
	});
});

describe('formatDayRange', () => {
	it.each([
		['2022-02-04', '2022-02-20', '4–20 February 2022'],
		['2022-11-30', '2022-12-02', '30 November – 2 December 2022'],
		['2022-12-30', '2023-01-03', '30 December 2022 – 3 January 2023'],
		['2022-02-24', '2022-02-24', '24 February 2022'],
		['2022-02-24', null, 'from 24 February 2022'],
		[null, '2023-02-03', 'until 3 February 2023'],
		[null, null, 'any date']
	])('%s to %s is "%s"', (earliest, latest, text) => {
		const day = (iso: string | null) => (iso === null ? null : dayFromIso(iso));
		expect(formatDayRange({ earliest: day(earliest), latest: day(latest) })).toBe(text);
	});
});

describe('precisionLabel', () => {
	it.each([
		['2022-02-24', 'exact day'],
		['2022-02-24~', 'day'],
		['2022-02-24?', 'day'],
		['2022-02', 'month'],
		['2022-02?', 'month'],
		['2023-21', 'season'],
		['2020', 'year'],
		['2022-02-04/2022-02-20', 'range'],
		['2022-02-24/..', 'open-ended range'],
		['../2023', 'open-ended range'],
		['[2022..2023]', 'one day in a range']
	])('%s is "%s"', (text, label) => {
		expect(precisionLabel(parseEdtf(text))).toBe(label);
	});
});
