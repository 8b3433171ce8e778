import { describe, expect, it } from 'vitest';
import { draftTitle, slugFrom } from './titles.ts';

const title = (sentence: string, date: string) => {
	const start = sentence.indexOf(date);
	return draftTitle(sentence, { start, end: start + date.length });
};

describe('draftTitle', () => {
	it.each<[string, string, string]>([
		[
			'At a summit held in September 2021 in Uzbekistan, Putin acknowledged the concerns of his counterpart.',
			'September 2021',
			'At a summit held in Uzbekistan, Putin acknowledged the concerns of his counterpart'
		],
		['The first eight miles opened on 14 October 1815, and the company ran out of money.', '14 October 1815', 'The first eight miles opened, and the company ran out of money'],
		['However, in 2020 the company doubled its sales.', '2020', 'The company doubled its sales'],
		['Halvorsen has cut 140 jobs since March 2023; it closed a plant at the end of September.', 'since March 2023', 'Halvorsen has cut 140 jobs'],
		['Halvorsen has cut 140 jobs since March 2023; it closed a plant at the end of September.', 'the end of September', 'It closed a plant'],
		['“In 2010 we had 1,400 staff,” she said.', '2010', 'We had 1,400 staff,” she said'],
		['On 3 March 1936.', '3 March 1936', 'On 3 March 1936'],
		['This year’s season, from 4 September, uncovered a temple.', 'This year', 'Season, from 4 September, uncovered a temple'],
		['“Since about 2005 it has lost mass every year.”', 'Since about 2005', '“It has lost mass every year.”'],
		// The date's preposition goes however the words are spaced; the clause's own prepositions stay.
		['At a summit held in  September 2021 in Uzbekistan, Putin spoke.', 'September 2021', 'At a summit held in Uzbekistan, Putin spoke'],
		['The polls closed at 10:30 on 4 May 2021 in most towns.', '4 May 2021', 'The polls closed at 10:30 in most towns'],
		// Only a possessive right after the date goes with it.
		['In 2020 the company’s sales doubled.', '2020', 'The company’s sales doubled'],
		// A date set off by commas takes both with it; a comma or stop left at the end goes.
		['The plan, in 2020, was approved by the board.', '2020', 'The plan was approved by the board'],
		['Sales, in 2021, rose by a third.', '2021', 'Sales rose by a third'],
		['The bridge finally opened, in 2020.', '2020', 'The bridge finally opened'],
		['"Twenty years later, we are back."', 'Twenty years later', '"We are back."'],
		// "at least" before a date goes with it, with its signal.
		['He had suffered from depression since at least 2012.', '2012', 'He had suffered from depression'],
		['It will operate until at least the end of 2028, with an extension possible.', 'the end of 2028', 'It will operate, with an extension possible'],
		// Connectives with and without their comma, one after another.
		['Then in 2020 the company doubled its sales.', '2020', 'The company doubled its sales'],
		['Still, in 2020 the company doubled its sales.', '2020', 'The company doubled its sales'],
		['And yet in 2020 the company doubled its sales.', '2020', 'The company doubled its sales'],
		['For example: in 2020 the company doubled its sales.', '2020', 'The company doubled its sales'],
		['In 2020 Andersen sold the company.', '2020', 'Andersen sold the company'],
		['In 2020 Sofia Andersen sold the company.', '2020', 'Sofia Andersen sold the company'],
		// The clause is cut at ";", a spaced dash and a colon that is not a time's.
		['Sales fell; in 2020 the company doubled its revenue.', '2020', 'The company doubled its revenue'],
		['In 2020 the company doubled its revenue; costs rose.', '2020', 'The company doubled its revenue'],
		['The company cut 140 jobs in 2019 – a third of its staff.', '2019', 'The company cut 140 jobs'],
		['The company cut 140 jobs in 2019 — a third of its staff.', '2019', 'The company cut 140 jobs'],
		['Orders collapsed – September 2021 was the worst month on record.', 'September 2021', 'Was the worst month on record'],
		['Results: in 2020 the company doubled its revenue.', '2020', 'The company doubled its revenue'],
		// A quotation that opens or closes in another sentence loses its lone mark, and what it left at the end.
		['“Since about 2005 it has lost mass every year.', 'Since about 2005', 'It has lost mass every year'],
		['It has lost mass every year since about 2005.”', 'since about 2005', 'It has lost mass every year'],
		['It has lost mass every year since about 2005.’”', 'since about 2005', 'It has lost mass every year'],
		['“‘Since about 2005 it has lost mass every year.', 'Since about 2005', 'It has lost mass every year'],
		// Twelve characters are a title; eleven are not, and the whole sentence, spaced and without its stop, is.
		['In 2020 sales halved.', '2020', 'Sales halved'],
		['In 2020 sales rose.', '2020', 'In 2020 sales rose'],
		['On 3 March  1936.', '3 March  1936', 'On 3 March 1936'],
		['On 3 March 1936. ', '3 March 1936', 'On 3 March 1936']
	])('%s (%s)', (sentence, date, expected) => {
		expect(title(sentence, date)).toBe(expected);
	});

	it('cuts a long title at a word, with an ellipsis, to at most 90 characters', () => {
		const long = title(`In 2020 ${'the committee discussed the matter at length '.repeat(4)}and adjourned.`, '2020');
		// The 89th character ends "length": the word is whole, and kept.
		expect(long).toBe('The committee discussed the matter at length the committee discussed the matter at length…');
		expect(long.length).toBe(90);
		expect(of(`${words(88)}xy z`)).toBe(`Abcd ${words(79)}…`);
	});

	// Titles built to a length: `words(n)` is n characters of four-letter words ("abcd abcd ab").
	const words = (n: number) => 'abcd '.repeat(Math.ceil(n / 5)).slice(0, n);
	const of = (text: string) => title(`In 2020 ${text}.`, '2020');

	it('keeps a title of 90 characters whole and cuts one of 91', () => {
		expect(of(`${words(89)}x`)).toBe(`Abcd ${words(84)}x`);
		expect(of(`${words(90)}x`)).toBe(`Abcd ${words(84)}…`);
	});

	it('cuts before the 90th character and before the word that reaches it', () => {
		// Spaces at index 89 and 90: the word before them ends at 88 and is kept whole.
		expect(of(`${'x'.repeat(85)}abcd e f`)).toBe(`X${'x'.repeat(84)}abcd…`);
		expect(of(`${'x'.repeat(84)}abcd e f g`)).toBe(`X${'x'.repeat(83)}abcd…`);
	});

	it('cuts inside a word when the last space comes before half the length, without a comma left before the ellipsis', () => {
		// The last space before the cut at 45 (half of 90): the word is cut. At 46: the title is cut at the space.
		expect(of(`${'a'.repeat(45)} ${'b'.repeat(60)}`)).toBe(`A${'a'.repeat(44)} ${'b'.repeat(43)}…`);
		expect(of(`${'a'.repeat(46)} ${'b'.repeat(60)}`)).toBe(`A${'a'.repeat(45)}…`);
		expect(of(`${'a'.repeat(50)}, ${'b'.repeat(60)}`)).toBe(`A${'a'.repeat(49)}…`);
	});
});

describe('slugFrom', () => {
	it.each<[string, string]>([
		['Putin acknowledges Xi’s concerns at a summit in Uzbekistan', 'putin-acknowledges-xi-concerns-summit-uzbekistan'],
		['Janáček’s Sinfonietta wins a prize', 'janacek-sinfonietta-wins-prize'],
		['“…”', 'event'],
		['“Talks end”', 'talks-end'],
		// Each stop word goes.
		['The talks in Moscow on trade and energy', 'talks-moscow-trade-energy'],
		['A visit to an ally at the border', 'visit-ally-border'],
		['Talks of war for Kyiv by Moscow with its allies', 'talks-war-kyiv-moscow-allies'],
		['Their talks, his visit and her speech', 'talks-visit-speech'],
		['The ally’s talks', 'ally-talks'],
		// Six words at most, 60 characters at most, whole words only.
		['One two three four five six seven', 'one-two-three-four-five-six'],
		[`${'a'.repeat(30)} ${'b'.repeat(29)} c`, `${'a'.repeat(30)}-${'b'.repeat(29)}`],
		[`${'a'.repeat(30)} ${'b'.repeat(30)} c`, `${'a'.repeat(30)}-c`],
		['x'.repeat(60), 'x'.repeat(60)],
		[`${'x'.repeat(61)} talks`, 'talks']
	])('%s → %s', (text, slug) => {
		expect(slugFrom(text)).toBe(slug);
	});
});
