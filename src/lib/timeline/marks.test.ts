import { describe, expect, it } from 'vitest';
import { edtfBounds, parseEdtf } from '../dates/edtf.ts';
import { dayFromIso } from '../dates/calendar-day.ts';
import { markExtent } from './marks.ts';

const extent = (text: string) => {
	const date = parseEdtf(text);
	return markExtent({ date, range: edtfBounds(date) });
};
const day = dayFromIso;

describe('markExtent', () => {
	it.each([
		['2022-02-24', 'point', day('2022-02-24'), day('2022-02-25'), false, false],
		['2022-02-04/2022-02-20', 'bar', day('2022-02-04'), day('2022-02-21'), false, false],
		['2022-02', 'band', day('2022-02-01'), day('2022-03-01'), false, false],
		['2022-02~', 'band', day('2022-02-01'), day('2022-03-01'), true, false],
		['2023-21', 'band', day('2023-03-01'), day('2023-06-01'), false, false],
		['2020', 'band', day('2020-01-01'), day('2021-01-01'), false, false],
		['2022-02-24/..', 'band', day('2022-02-24'), null, false, false],
		['../2022-11', 'band', null, day('2022-12-01'), false, false],
		['2023-03?/..', 'band', day('2023-03-01'), null, false, true],
		['2022-02-24?', 'point', day('2022-02-24'), day('2022-02-25'), false, true],
		['2022-02-01/2022-03', 'band', day('2022-02-01'), day('2022-04-01'), false, false],
		['[2022-02-24..2023-02-03]', 'band', day('2022-02-24'), day('2023-02-04'), false, false],
		['[..2022-11]', 'band', null, day('2022-12-01'), false, false]
	])('%s → %s', (text, shape, start, end, approximate, uncertain) => {
		expect(extent(text)).toEqual({ shape, start, end, approximate, uncertain });
	});
});
