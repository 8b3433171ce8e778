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
		['It began on 29 February.', ['29 February → 2024-02-29']],
		// Years before 1 AD are astronomical: 45 BC (-44) is a leap year, 44 BC (-43) and AD 1 are not.
		['Caesar died on 15 March 44 BC.', ['15 March 44 BC → -0043-03-15']],
		['It happened on 29 February 45 BC.', ['29 February 45 BC → -0044-02-29']],
		['It happened on 29 February 44 BC.', ['February 44 BC → -0043-02']],
		['It happened on 29 February AD 4.', ['29 February AD 4 → 0004-02-29']],
		['It happened on 29 February AD 1.', ['February AD 1 → 0001-02']],
		// A day has one or two digits and no decade's "s".
		['It began on 031 March 2021.', ['March 2021 → 2021-03']],
		['It began on 12s March 2021.', ['March 2021 → 2021-03']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('token readers: eras, and the edges of a number', () => {
	it.each<[string, string[]]>([
		// An era: capitals, or the dotted "A.D." and "B.C." (the last stop optional), with up to four digits from 1.
		['The abbey was founded in AD 1066.', ['AD 1066 → 1066']],
		['Augustus was born in AD 1.', ['AD 1 → 0001']],
		['Jesus was born around 1 BC.', ['around 1 BC → 0000~']],
		['It was AD 12345 then.', []],
		['People settled here in 12000 BC.', []],
		['The letters AD stand for anno domini.', []],
		['Caesar died in 44 A.C. in Rome.', []],
		['Augustus died in 14 B.D. in Nola.', []],
		['By AD 14,000 legionaries held the Rhine.', []],
		// An era makes a year a date without a cue before it.
		['Augustus died AD 14 in Nola.', ['AD 14 → 0014']],
		['Caesar died 44 BC in Rome.', ['44 BC → -0043']],
		['Its 2021 A/D converter was faster.', ['2021 → 2021']],
		['In 2021 D.C. passed a law.', ['2021 → 2021']],
		// Without an era, four digits 1000–2999 and nothing else.
		['It was built in 0999.', []],
		// A year is not glued to a word before it (but "mid-", "early-" and "late-" are part of the date) or after it.
		['The Euro-2020 cup was held in 2021.', ['2021 → 2021']],
		['Prices peak in early-2025.', ['early-2025 → 2025 early']],
		['Prices peak in late-2025.', ['late-2025 → 2025 late']],
		// An en dash typeset for the hyphen is the same join; an em dash breaks the sentence instead.
		['Costs will ease in mid–2025.', ['mid–2025 → 2025 mid']],
		['The draw is in mid-June.', ['mid-June → 2024-06 mid']],
		['The draw is in mid–June.', ['mid–June → 2024-06 mid']],
		['Costs will ease in mid—2025.', []],
		['It ended in 2021x.', []],
		['It ended in 2021 - a hard year.', ['2021 → 2021']],
		['-40 degrees were measured in 2021.', ['2021 → 2021']],
		// The text may end anywhere: after a year, a month, a day, or a relative date's last word.
		['It was built in 1066', ['1066 → 1066']],
		['It began in March', ['March → 2024-03']],
		['It began on the 3rd', []],
		['The talks ended three days after', ['three days after → 2024-11-17']],
		// … and a paragraph ends an expression as a stop does.
		['The talks ended three days after.', ['three days after → 2024-11-17']],
		['The talks ended three days after\n\nThe next round began.', ['three days after → 2024-11-17']],
		['The talks ended three days after the vote.', []]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});
