import { describe, expect, it } from 'vitest';
import { foundExpressions as found } from '../../../tests/fixtures/found-expressions.ts';

// Published on Thursday 14 November 2024 (see `found`).

describe('parse-calendar: ISO dates are four digits, then one or two and one or two, joined by hyphens', () => {
	it.each<[string, string[]]>([
		['Filed on 2024-06-12.', ['2024-06-12 → 2024-06-12']],
		// Month and day may go unpadded, under the same rules.
		['Filed on 2024-6-12.', ['2024-6-12 → 2024-06-12']],
		['Filed on 2024-06-2.', ['2024-06-2 → 2024-06-02']],
		['Filed on 2024-6-2.', ['2024-6-2 → 2024-06-02']],
		['Build v2024-6-12 shipped.', []],
		['Ticket 2024-6-12-4 was closed.', []],
		['Release 1.2024-6-12 shipped.', []],
		['It was filed on 2023-2-29.', []],
		['It was filed on 2024-13-1.', []],
		['It was filed on 2024-0-12.', []],
		['It was filed on 2024-6-0.', []],
		['It was filed on 2024-6- 12.', []],
		// A code, a phone number or an ordinal is no year.
		['Build v2024-06-12 shipped.', []],
		['Call 555-12-10 now.', []],
		['Lot 19th-06-12 is shut.', []],
		// Both separators are hyphens, glued on both sides.
		['It was filed on 2024/06-12.', []],
		['It was filed on 2024-06/12.', []],
		['It was filed on 2024- 06-12.', []],
		['It was filed on 2024-06- 12.', []],
		// Month and day are one or two plain digits each.
		['It was filed on 2024-006-12.', []],
		['It was filed on 2024-06-012.', []],
		['It was filed on 2024-1s-12.', []],
		['It was filed on 2024-06-1s.', []],
		// Nothing glued after it, and a day that exists.
		['Ticket 2024-06-12-0042 was closed.', []],
		['It was filed on 2023-02-29.', []]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('parse-calendar: numeric dates, month first with slashes and day first with dots', () => {
	it.each<[string, string[]]>([
		// A number over 12 is the day, whatever the separator; otherwise the separator decides, and the date is uncertain.
		['A letter dated 15/07/2024.', ['15/07/2024 → 2024-07-15']],
		['A letter dated 07.15.2024.', ['07.15.2024 → 2024-07-15']],
		['A letter dated 03.04.2024.', ['03.04.2024 → 2024-04-03?']],
		['A letter dated 12/07/2024.', ['12/07/2024 → 2024-12-07?']],
		['A letter dated 07/12/2024.', ['07/12/2024 → 2024-07-12?']],
		['A letter dated 07.12.2024.', ['07.12.2024 → 2024-12-07?']],
		// The same number twice reads the same either way.
		['A letter dated 05/05/2024.', ['05/05/2024 → 2024-05-05']],
		['A letter dated 02/30/2024.', []],
		// A two-digit year leaves the century unknown.
		['A letter dated 07/15/24.', []],
		// One or two digits, glued, one kind of separator, a plain four-digit year, nothing glued after.
		['Form 012/10/2024 was filed.', []],
		['Form 10/012/2024 was filed.', []],
		['Form 1s/10/2024 was filed.', []],
		['Form 10/1s/2024 was filed.', []],
		['Form 07/15/19th was filed.', []],
		['Ref. A7/12/2024 was filed.', []],
		['Form 07 /15/2024 was filed.', []],
		['Form 07/ 15/2024 was filed.', []],
		['Form 07/15/ 2024 was filed.', []],
		['Form 07/15.2024 was filed.', []],
		['Form 07/15/2024/3 was filed.', []],
		// A text that ends on a number.
		['See chapter 12', []]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('parse-calendar: a day and a month in words', () => {
	it.each<[string, string[]]>([
		// "the" goes with an ordinal day only.
		['It began on the 24 February 2022.', ['24 February 2022 → 2022-02-24']],
		['It began on 24 Feb. 2022.', ['24 Feb. 2022 → 2022-02-24']],
		// A number glued to a percent sign is a share, not a day.
		['In March 12% of the staff left.', ['March → 2024-03']],
		['The deadline was April 31.', []],
		// A day its year does not have leaves the month of that year, as "29 February 2023" does.
		['It was signed on February 29, 2023.', ['February 29, 2023 → 2023-02']],
		['It was signed on February 29, 2024.', ['February 29, 2024 → 2024-02-29']],
		// … but only a day: a year after another word is not the month's.
		['In March about 2000 people left.', ['March → 2024-03']],
		// "last year", "this year", "next year" after a day or a month is its year, counted from publication …
		['He pleaded guilty on 9 December last year.', ['9 December last year → 2023-12-09']],
		['It rose in March last year and fell in May of this year.', ['March last year → 2023-03', 'May of this year → 2024-05']],
		['It was signed on December 9 last year.', ['December 9 last year → 2023-12-09']],
		['The plant opens on 2 January next year.', ['2 January next year → 2025-01-02']],
		// … but "last year’s" names something of that year.
		['On 2 January last year’s winner spoke.', ['2 January → 2024-01-02', 'last year → 2023']],
		// Two days of one month joined by a dash or a slash are a range, in order, of days the month has.
		['The storm hit on the night of 15–16 October 1987.', ['15–16 October 1987 → 1987-10-15/1987-10-16']],
		['The summit will be held on 12/13 August.', ['12/13 August → 2025-08-12/2025-08-13']],
		['It ran on 1-3 March last year.', ['1-3 March last year → 2023-03-01/2023-03-03']],
		['On 16–15 October it rained.', []],
		['On 30–31 February it rained.', []],
		['Rovers won 2-1 March 3.', ['March 3 → 2024-03-03']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('parse-calendar: months with a year, yearly months and months alone', () => {
	it.each<[string, string[]]>([
		['It was signed in Feb 2022.', ['Feb 2022 → 2022-02']],
		['It was signed in February, 2022.', ['February, 2022 → 2022-02']],
		// "in" joins a year that directly follows, as "of" does; after a comma the year is a phrase of its own.
		['It closed in March in 2021.', ['March in 2021 → 2021-03']],
		['It closed March in 2021.', ['March in 2021 → 2021-03']],
		['It closed in March, in 2021.', ['March → 2024-03', '2021 → 2021']],
		['It closed in March in the year 2021.', ['March → 2024-03', '2021 → 2021']],
		// … and only after a month's full name: "Jan" is also a name.
		['He confided in Jan in 2021.', ['2021 → 2021']],
		['The fair is held each March.', ['each March → 2025-03']],
		['The fair is held in March of every year.', ['March of every year → 2025-03']],
		['The fair is held in March of each year.', ['March of each year → 2025-03']],
		// Only "of each year" or "of every year" makes the month yearly.
		['It is held in March in each year.', ['March → 2025-03']],
		['It opened in 1862. In March of that year it burned.', ['1862 → 1862', 'March → 1862-03', 'that year → 1862']],
		// An abbreviation is a month only with a day or a year: "Jan" is also a name.
		['Tickets go to every Jan in the club.', []],
		['He confided in Jan.', []],
		// A month alone needs a cue: "May" is also a verb, "March" a walk.
		['May I ask a question?', []],
		['They joined the March for Life.', []]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('parse-calendar: a month that opens a paragraph', () => {
	it.each<[string, string[]]>([
		// A date may begin a paragraph, as after a heading …
		['Intro.\n\nMarch 2024 was calm.', ['March 2024 → 2024-03']],
		['Intro.\n\nMarch 3, 2024 was calm.', ['March 3, 2024 → 2024-03-03']],
		['Heading\n\nFeb. 24, 2022 began it.', ['Feb. 24, 2022 → 2022-02-24']],
		['Intro.\n\nFebruary of each year is busy.', ['February of each year → 2025-02']],
		['Intro.\n\nEvery March it floods.', ['Every March → 2025-03']],
		// … but nothing joins it across the break, and a bare month still needs a cue in its own paragraph.
		['It was 3\n\nMarch 2024 then.', ['March 2024 → 2024-03']],
		['The talks ended on Tuesday\n\nMarch 3, 2020 was calm.', ['Tuesday → 2024-11-12', 'March 3, 2020 → 2020-03-03']],
		['The talks ended on Tuesday,\n\nMarch 3, 2020 was calm.', ['Tuesday → 2024-11-12', 'March 3, 2020 → 2020-03-03']],
		['The market ran from March to\n\nJune 2024 was calm.', ['from March → 2024-03/..', 'June 2024 → 2024-06']],
		['It ran between May and\n\nJune 2024 was calm.', ['May → 2024-05', 'June 2024 → 2024-06']],
		['We met in\n\nMarch.', []],
		['Every\n\nMarch it floods.', []],
		['Intro.\n\nMarch was calm.', []]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('parse-calendar: days named for a fixed date', () => {
	it.each<[string, string[]]>([
		// A day written without its year, read as "26 December" would be (published Thursday 14 November 2024).
		['Rovers won 4–0 on Boxing Day.', ['Boxing Day → 2023-12-26']],
		["The shop will open on New Year's Day.", ["New Year's Day → 2025-01-01"]],
		['It snowed on Christmas Day 2020 and on Christmas Eve last year.', ['Christmas Day 2020 → 2020-12-25', 'Christmas Eve last year → 2023-12-24']],
		['On Valentine’s Day, 2019, they wed.', ['Valentine’s Day, 2019 → 2019-02-14']],
		['Christmas Day was quiet.\n\nNew Year’s Eve was not.', ['Christmas Day → 2023-12-25', 'New Year’s Eve → 2023-12-31']],
		// Capitals make the name; a capitalised word after it makes a longer one.
		['christmas day came and went.', []],
		['The Boxing Day Test was played.', []],
		['Christmas\n\nDay came.', []]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('parse-calendar: seasons', () => {
	it.each<[string, string[]]>([
		['It will open in spring.', ['spring → 2025-21']],
		// Without a year: after "the", or a strong or weak cue.
		['Nobody forgot the spring, when the dams broke.', ['the spring → 2024-21']],
		['Prices rose in winter and spring, as expected.', ['winter → 2023-24', 'spring → 2024-21']],
		['Intro\n\nSummer 2019 was hot.', ['Summer 2019 → 2019-22']],
		['Intro\n\nThe summer of 2019 was hot.', ['The summer of 2019 → 2019-22']],
		// A capitalised season without a year is a name ("the Arab Spring").
		['They met in the Spring, as planned.', []],
		['They left in the\n\nspring.', []],
		['They left in\n\nspring.', []]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('parse-calendar: weekdays, and the names and sets that are not one day', () => {
	it.each<[string, string[]]>([
		['Monday was quiet.', ['Monday → 2024-11-11']],
		['It opened on Tuesday, March 3, 2020.', ['Tuesday, March 3, 2020 → 2020-03-03']],
		['It opened on Tuesday 3 March 2020.', ['Tuesday 3 March 2020 → 2020-03-03']],
		['The vote was on Monday', ['Monday → 2024-11-11']],
		['They met on Monday and left.', ['Monday → 2024-11-11']],
		['The talks ended on Monday\n\nThe count followed.', ['Monday → 2024-11-11']],
		['It ended on Monday\n\nevening came.', ['Monday → 2024-11-11']],
		['They meet each Monday.', []],
		['see you on monday', []],
		// A capitalised word before a weekday makes a name ("Black Monday"), but not at a sentence's start.
		['It was a Black Monday for the markets.', []],
		['Late Friday, the talks ended.', ['Late Friday → 2024-11-08']],
		['It rained. Late Friday, the talks ended.', ['Late Friday → 2024-11-08']],
		['It rained.\n\nLate Friday, the talks ended.', ['Late Friday → 2024-11-08']],
		['Election Results\n\nLate Friday, the count ended.', ['Late Friday → 2024-11-08']],
		['Election Results\n\nMonday was quiet.', ['Monday → 2024-11-11']],
		['“Late Friday, the talks ended,” she said.', ['Late Friday → 2024-11-08']],
		['"Late Friday, the talks ended," she said.', ['Late Friday → 2024-11-08']],
		['‘Late Friday, the talks ended,’ she said.', ['Late Friday → 2024-11-08']],
		['It rained! Late Friday, the talks ended.', ['Late Friday → 2024-11-08']],
		['Did it rain? Late Friday, the talks ended.', ['Late Friday → 2024-11-08']],
		// A day's own name is a name wherever it stands, at a text's, a sentence's or a paragraph's start too.
		['Good Friday is a holiday.', []],
		['Black Friday sales rose.', []],
		['Ash Wednesday fell early.', []],
		['Super Tuesday decided it.', []],
		['Palm Sunday was calm.', []],
		['Easter Sunday was warm.', []],
		['Maundy Thursday was quiet.', []],
		['Cyber Monday sales rose.', []],
		['Holy Saturday was quiet.', []],
		['It rained. Good Friday is a holiday.', []],
		['Intro.\n\nGood Friday is a holiday.', []],
		['“Good Friday is a holiday,” she said.', []],
		['Shops shut on Good Friday.', []],
		['Sales peak next Black Friday.', []],
		['Friday is a holiday.', ['Friday → 2024-11-15']],
		// … nor a cue written in a title's capitals.
		['Talks Ended On Monday', ['Monday → 2024-11-11']],
		['Deal Due By Friday', ['By Friday → [..2024-11-15]']],
		['Talks Stalled Since Monday', ['Since Monday → 2024-11-11/..']],
		['Talks Will Stall Until Friday', ['Until Friday → ../2024-11-15']],
		['Talks Ran From Monday', ['From Monday → 2024-11-11/..']],
		['Talks Ended Last Monday', ['Last Monday → 2024-11-11']],
		['Talks Resume Next Monday', ['Next Monday → 2024-11-18']],
		['Talks Ended This Monday', ['This Monday → 2024-11-11']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('parse-calendar: years before a noun, and ranges of years in one piece', () => {
	it.each<[string, string[]]>([
		// After a weak cue a capitalised word keeps a year ("of 1919 Ireland"), unless they name a street: an address.
		['The president lives at 1600 Pennsylvania Avenue.', []],
		['He lives at 1900 Main St. in a flat.', []],
		['The story of 1919 Ireland is told.', ['1919 → 1919']],
		['In 2019 Oxford Street was busy.', ['2019 → 2019']],
		// A number before "Guineas" names a race or a sum; before other names it is still the year of an event.
		['He won the 2000 Guineas.', []],
		['She won the 1000 Guineas in 2019.', ['2019 → 2019']],
		['He sold it for 2000 guineas in 1790.', ['1790 → 1790']],
		['He went to the 2012 Olympics.', ['2012 → 2012']],
		['The 2000 Olympics were in Sydney.', ['2000 → 2000']],
		// After a determiner, a year is a date only before a word: not a count.
		['Of the 2000 (or so) who came, half left.', []],
		['Half of the 2000', []],
		['A look back at the 2024\n\nElection results', []],
		['The chronicle covers 1000–1050.', ['1000–1050 → 1000/1050']],
		['Records\n\n1968-1974 were hard years.', ['1968-1974 → 1968/1974']],
		// A two-digit end is the first year after the start that ends in those digits: it may cross a century, for a
		// span under ten years (a season, a fiscal year) and no other.
		['It was the 2019–20 season.', ['2019–20 → 2019/2020']],
		['It was the 1999–00 season.', ['1999–00 → 1999/2000']],
		['It was the 1999-00 season.', ['1999-00 → 1999/2000']],
		['The 1995/04 plan failed.', ['1995/04 → 1995/2004']],
		['Lot 1950-20 was sold.', []],
		['Lot 2019–18 was sold.', []],
		['Lot 1999-99 was sold.', []],
		['The 2999–00 plan failed.', []],
		['Build v1999-00 shipped.', []],
		['Call 1999-00-12 for details.', []],
		// Years less than a hundred apart, going forward: not counts or scores.
		['A crowd of 1000-2000 people came.', []],
		['A crowd of 1500-1600 people came.', []],
		['Lot 2020-20 was sold.', []],
		['Lot 2020-19 was sold.', []],
		// Four-digit years from 1000, standing alone, glued to the dash, nothing glued after.
		['Parts 12000-50 were recalled.', []],
		['Lot 1990-01999 was sold.', []],
		// Only years a lone year could be: up to 2999.
		['Models 5000-5050 were built.', []],
		['Models 2990-3010 were built.', []],
		['The plan runs 2950-2999.', ['2950-2999 → 2950/2999']],
		['Flight 0968-74 landed.', []],
		['Serial 01968-74 was lost.', []],
		['Build v2019-20 shipped.', []],
		['It ran 1968- 74, then stopped.', []],
		['Call 1968-74-12 for details.', []]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});
