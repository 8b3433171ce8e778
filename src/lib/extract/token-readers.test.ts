import { describe, expect, it } from 'vitest';
import { foundExpressions as found } from '../../../tests/fixtures/found-expressions.ts';


describe('token readers: what a year, a day, a month and an era are', () => {
	it.each<[string, string[]]>([
		// A year stands alone: after a space, an opening bracket or quote, or "mid-"; not inside a code or a number.
		['It began on (3 March 2021).', ['3 March 2021 → 2021-03-03']],
		['It began on “3 March 2021”.', ['3 March 2021 → 2021-03-03']],
		['It began on x3 March 2021.', ['March 2021 → 2021-03']],
		['Prices peak in mid-2025.', ['mid-2025 → 2025 mid']],
		['The G2022 group met.', []],
		['The ratio 1/2022 is small.', []],
		// … and ends cleanly: not a quantity, a share, a score or a time.
		['It cost 2,000 euros in 2021.', ['2021 → 2021']],
		['It grew 4.5 times in 2021.', ['2021 → 2021']],
		['In 2021, 12% of 2000% was paid.', ['2021 → 2021']],
		['In 2021.5 of them left.', []],
		['It ended 2021-0 in 2020.', ['2020 → 2020']],
		['It ended in 2020/21.', ['2020/21 → 2020/2021']],
		['It ended in 2020/x.', []],
		['It ended in 2020: a year.', ['2020 → 2020']],
		['It ended in 2020:30.', []],
		['It ended in 2020.', ['2020 → 2020']],
		// Years 1000–2999 alone; any up to four digits with an era.
		['It was built in 1000.', ['1000 → 1000']],
		['It was built in 2999.', ['2999 → 2999']],
		['It was built in 999.', []],
		['It was built in 3000.', []],
		['Augustus died in AD 14.', ['AD 14 → 0014']],
		['Augustus died in A.D. 14.', ['A.D. 14 → 0014']],
		['Caesar died in 44 B.C. in Rome.', ['44 B.C. → -0043']],
		['Caesar died in 44 B.C in Rome.', ['44 B.C → -0043']],
		['Caesar died in 44 BC.', ['44 BC → -0043']],
		['Caesar died in 44 bc.', []],
		['Caesar died in 0 BC.', []],
		['No one was born in AD 0.', []],
		// Days 1–31, as numbers or ordinals; a month named with a capital, abbreviated only with a day or year.
		['It began on 31 March 2021.', ['31 March 2021 → 2021-03-31']],
		['It began on the 1st of March 2021.', ['the 1st of March 2021 → 2021-03-01']],
		['It began on 32 March 2021.', ['March 2021 → 2021-03']],
		['It began on 0 March 2021.', ['March 2021 → 2021-03']],
		['It began on 100 March 2021.', ['March 2021 → 2021-03']],
		['It began on Mar. 3, 2021.', ['Mar. 3, 2021 → 2021-03-03']],
		['It began on March. 3, 2021 or so.', ['March → 2024-03']],
		['It began on 3 march 2021.', []],
		// A day that does not exist in its year is no day; without a year, 29 February is a day.
		['It began on 29 February 2023.', ['February 2023 → 2023-02']],
		['It began on 29 February.', ['29 February → 2024-02-29']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});
