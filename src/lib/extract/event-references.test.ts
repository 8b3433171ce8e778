import { describe, expect, it } from 'vitest';
import { type DatedSentence, eventReferences } from './event-references.ts';
import { splitSentences } from './sentences.ts';
import { type Value, formatValue, parseValue } from './values.ts';

/** Each sentence's references, dated by `dates`: [words of the date, its value] in the earlier sentences. */
function references(text: string, dates: [string, string][]) {
	const sentences = splitSentences(text);
	const dated: DatedSentence[] = dates.map(([words, value]) => {
		const start = text.indexOf(words);
		return { sentence: sentences.find((s) => s.start <= start && start < s.end)!, start, value: parseValue(value) as Value };
	});
	const referencesIn = eventReferences(text, dated);
	return sentences.flatMap(referencesIn).map((r) => `${text.slice(r.start, r.end)} → ${formatValue(r.value)}`);
}

describe('eventReferences', () => {
	it.each<[string, [string, string][], string[]]>([
		[
			'Russia’s invasion of Ukraine began on February 24, 2022. Exports have risen since the outbreak of the war, and sanctions followed after the Ukraine war.',
			[['February 24, 2022', '2022-02-24']],
			['since the outbreak of the war → 2022-02-24?/..', 'after the Ukraine war → [2022-02-24?..]']
		],
		[
			'Xi signed a statement at the G-20 summit, in November 2022 in Bali. Xi met Biden on the sidelines of the G20 meetings, and talks helped.',
			[['November 2022', '2022-11']],
			['on the sidelines of the G20 meetings → 2022-11?']
		],
		[
			'The invasion began on 24 February 2022. Just before invading Ukraine, Putin signed a deal.',
			[['24 February 2022', '2022-02-24']],
			['before invading Ukraine → [..2022-02-24?]']
		],
		['The invasion began on 24 February 2022. Prices rose until the end of the war.', [['24 February 2022', '2022-02-24']], ['until the end of the war → ../2022-02-24?']],
		// A name must match by name: the first G-20 summit is not a later "summit".
		['A summit was held in February 2022. China signed during the G-20 summit.', [['February 2022', '2022-02']], []],
		// The naming word must be near the date in the earlier sentence.
		[
			'The visit of President Xi to Russia will be a declaration of the partnership announced between the two parties during the February 2022 summit. Gas will flow after that visit.',
			[['February 2022', '2022-02']],
			[]
		],
		['It rained on 3 May 2021. After that, it snowed.', [['3 May 2021', '2021-05-03']], []]
	])('%s', (text, dates, expected) => {
		expect(references(text, dates)).toEqual(expected);
	});
});

describe('eventReferences: kinds of event, signals and names', () => {
	const FAMILIES: [string, string[]][] = [
		['war', ['war', 'wars', 'invasion', 'invasions', 'invaders', 'conflict', 'conflicts', 'offensive', 'offensives', 'hostilities', 'fighting']],
		['summit', ['summit', 'summits', 'meeting', 'meetings', 'talks', 'conference', 'conferences']],
		['visit', ['visit', 'visits', 'visited', 'trip', 'trips']],
		['election', ['election', 'elections', 'vote', 'votes', 'voting', 'poll', 'polls', 'referendum', 'referendums', 'referenda']],
		['agreement', ['agreement', 'agreements', 'deal', 'deals', 'treaty', 'treaties', 'accord', 'accords']],
		['pandemic', ['pandemic', 'lockdown', 'lockdowns', 'covid']],
		['Olympics', ['Olympics', 'Olympic', 'games']]
	];
	const pairs = FAMILIES.flatMap(([named, words]) => words.map((word) => [named, word] as const));

	it.each(pairs)('the %s of 3 May 2021 is the “%s” a later sentence names', (named, word) => {
		expect(references(`The ${named} was on 3 May 2021. Prices rose after the ${word}.`, [['3 May 2021', '2021-05-03']])).toEqual([
			`after the ${word} → [2021-05-03?..]`
		]);
	});

	it.each<[string, string]>([
		['war', 'warning'],
		['war', 'postwar boom'],
		['summit', 'summitry'],
		['visit', 'visitors'],
		['visit', 'revisit'],
		['election', 'electioneering'],
		['agreement', 'disagreement'],
		['agreement', 'dealership'],
		['pandemic', 'postpandemic boom'],
		['Olympics', 'videogames'],
		['Olympics', 'gamesmanship']
	])('the %s is not “%s”', (named, word) => {
		expect(references(`The ${named} was on 3 May 2021. Prices rose after the ${word}.`, [['3 May 2021', '2021-05-03']])).toEqual([]);
	});

	it.each<[string, string]>([
		['following the summit', '[2021-05-03?..]'],
		['prior to the summit', '[..2021-05-03?]'],
		['ahead of the summit', '[..2021-05-03?]'],
		['until the summit', '../2021-05-03?'],
		['at the time of the summit', '2021-05-03?'],
		['on the sidelines of the summit', '2021-05-03?']
	])('reads “%s” as %s', (phrase, value) => {
		expect(references(`The summit was on 3 May 2021. Deals were signed ${phrase}.`, [['3 May 2021', '2021-05-03']])).toEqual([`${phrase} → ${value}`]);
	});

	it('dates through a span: its start, or the whole span for “during”', () => {
		const text = 'The war lasted from 2014 to 2022. Trade grew since the war. Trade grew during the war.';
		expect(references(text, [['from 2014 to 2022', '2014/2022']])).toEqual(['since the war → 2014?/..', 'during the war → 2014?/2022?']);
	});

	it.each<[string, string[]]>([
		// Names: a capital and a digit, or three capitals; hyphens do not count.
		['The COP28 talks were held in December 2023. Deals were signed during the COP-28 talks.', ['during the COP-28 talks → 2023-12?']],
		['The NATO summit was in July 2023. Deals were signed during the NATO summit.', ['during the NATO summit → 2023-07?']],
		['The NATO summit was in July 2023. Deals were signed during the OPEC summit.', []],
		['The COP28 talks were in July 2023. Deals were signed during the Cop28 talks.', ['during the Cop28 talks → 2023-07?']],
		// Neither a place nor an ordinal is a name: the kind of event links them.
		['The talks were in July 2023. Deals were signed during the Bali talks.', ['during the Bali talks → 2023-07?']],
		['The talks were in July 2023. Deals were signed during the 2nd talks.', ['during the 2nd talks → 2023-07?']],
		['The Nato summit was in July 2023. Deals were signed during the Nato meeting.', ['during the Nato meeting → 2023-07?']]
	])('%s', (text, expected) => {
		const date = /(December 2023|July 2023)/.exec(text)![0];
		expect(references(text, [[date, date.startsWith('July') ? '2023-07' : '2023-12']])).toEqual(expected);
	});

	it('needs the name within 80 characters of the date, counted from where the sentence first names it', () => {
		const near = (gap: number) => `The G20 ${'x'.repeat(gap)} on 3 May 2021. Deals followed after the G20 summit.`;
		// "G20" starts at 4, "3 May 2021" at 4 + 4 + gap + 4: 80 apart when gap is 72.
		expect(references(near(72), [['3 May 2021', '2021-05-03']])).toEqual(['after the G20 summit → [2021-05-03?..]']);
		expect(references(near(73), [['3 May 2021', '2021-05-03']])).toEqual([]);
		const twice = `The G20 ${'x'.repeat(80)} and the G20 met on 3 May 2021. Deals followed after the G20 summit.`;
		expect(references(twice, [['3 May 2021', '2021-05-03']])).toEqual([]);
	});
});
