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
		['“Since about 2005 it has lost mass every year.”', 'Since about 2005', '“It has lost mass every year.”']
	])('%s (%s)', (sentence, date, expected) => {
		expect(title(sentence, date)).toBe(expected);
	});

	it('cuts a long title at a word, with an ellipsis, to at most 90 characters', () => {
		const long = title(`In 2020 ${'the committee discussed the matter at length '.repeat(4)}and adjourned.`, '2020');
		expect(long.length).toBeLessThanOrEqual(90);
		expect(long.endsWith('…')).toBe(true);
		expect(long).toMatch(/^The committee discussed the matter at length the committee/);
	});
});

describe('slugFrom', () => {
	it.each<[string, string]>([
		['Putin acknowledges Xi’s concerns at a summit in Uzbekistan', 'putin-acknowledges-xi-concerns-summit-uzbekistan'],
		['Janáček’s Sinfonietta wins a prize', 'janacek-sinfonietta-wins-prize'],
		['“…”', 'event']
	])('%s → %s', (text, slug) => {
		expect(slugFrom(text)).toBe(slug);
	});
});
