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
