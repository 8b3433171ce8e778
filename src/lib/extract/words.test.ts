// The word classes of words.ts, each word doing its job through findMentions, the function that reads them.
import { describe, expect, it } from 'vitest';
import { findMentions } from './find.ts';

/** Each mention's words, `~` when approximate, `+` when it modifies a noun ("its 2025 supply"). */
const read = (text: string) =>
	findMentions(text).map((m) => `${text.slice(m.start, m.end)}${m.approximate ? '~' : ''}${m.modifier ? '+' : ''}`);

describe('YEAR_CUES: after these words a bare year is a date, even before a noun', () => {
	it.each<[string, string[]]>([
		['Talks were postponed to 2027 amid protests.', ['2027']],
		['Prices fell during 2009 and rose again.', ['2009']],
		['The mine operated through 1987 without a strike.', ['1987']],
		['Rationing lasted throughout 1947 in Britain.', ['1947']],
		['The plan sets targets for 2030 emissions.', ['2030']],
		['Census year 1901 counted 400 households.', ['1901']],
		['Sales in 2019 rose.', ['2019']]
	])('%s', (text, expected) => {
		expect(read(text)).toEqual(expected);
	});

	it.each<[string]>([['Flight 2027 was postponed.'], ['They sold 1450 tickets.'], ['Gate 1947 closed.'], ['Fund 2030 rose.']])(
		'%s: the same year after another word is no date',
		(text) => {
			expect(read(text)).toEqual([]);
		}
	);

	it('takes "circa" as a cue too: a year after it is an approximate date even before a noun', () => {
		expect(read('A chapel built circa 1450 stood here.')).toEqual(['circa 1450~']);
		expect(read('A chapel built about 1450 stood here.')).toEqual([]);
	});
});

describe('WEAK_YEAR_CUES: after these words a year is a date when no noun follows, and a full month name is a date', () => {
	it.each<[string, string[]]>([
		['The records stop at 1945, when the archive burned.', ['1945']],
		['The report focuses on 2019, when prices fell.', ['2019']],
		['The fair moved in 2019 or 2020.', ['2019', '2020']],
		['The fair moved in May or June.', ['May', 'June']],
		['The fair moved in May and June.', ['May', 'June']],
		['The fair grew between 2018 and 2020.', ['between 2018 and 2020']],
		['It was the spring of 2019.', ['the spring of 2019']]
	])('%s', (text, expected) => {
		expect(read(text)).toEqual(expected);
	});

	it.each<[string]>([['Output held at 2019 levels.'], ['The report focuses on 2019 figures.'], ['A choice of 2019 models.']])(
		'%s: a year before a noun is no date',
		(text) => {
			expect(read(text)).toEqual([]);
		}
	);
});

describe('DETERMINERS: a year between one and a noun is a date that modifies the noun', () => {
	it.each<[string, string]>([
		['the', 'They won the 2022 World Cup.'],
		['its', 'The firm sold its 2025 supply.'],
		['their', 'They released their 2019 report.'],
		['his', 'He signed his 2011 book.'],
		['her', 'She signed her 2011 book.'],
		['our', 'We kept our 2024 plan.'],
		['this', 'Nobody read this 2024 plan.'],
		['that', 'Nobody read that 2024 plan.'],
		['a', 'They cited a 2019 report.']
	])('%s: %s', (_, text) => {
		const year = /\d{4}/.exec(text)![0];
		expect(read(text)).toEqual([`${year}+`]);
	});

	it('reads no year after another word before a noun', () => {
		expect(read('They cited some 2019 report.')).toEqual([]);
		expect(read('They cited an 2019 report.')).toEqual([]);
	});
});

describe('CLAUSE_WORDS: a bare season followed by one of these is a date, followed by another word it is not', () => {
	it.each<[string, string]>([
		['and', 'It floods in the spring and dries by July.'],
		['or', 'It floods in the spring or after a storm.'],
		['but', 'It floods in the spring but dries by July.'],
		['when', 'It floods in the spring when the snow melts.'],
		['while', 'It floods in the spring while the river rises.'],
		['as', 'It floods in the spring as the snow melts.'],
		['with', 'It floods in the spring with the snowmelt.'],
		['to', 'The ferry runs in the spring to the islands.'],
		['in', 'It floods in the spring in most years.'],
		['on', 'It floods in the spring on the lower road.'],
		['at', 'Lambs are born in the spring at the farm.'],
		['for', 'The road closes in the spring for repairs.'],
		['from', 'Birds return in the spring from Africa.'],
		['after', 'It reopens in the spring after repairs.'],
		['before', 'It closes in the spring before the floods.'],
		['until', 'It stays shut in the spring until the floods pass.'],
		['since', 'It has flooded in the spring since the dam broke.'],
		['by', 'It is repaired in the spring by volunteers.'],
		['the', 'In the spring the road floods.'],
		['a', 'In the spring a ferry runs.'],
		['an', 'In the spring an old ferry runs.'],
		['it', 'In the spring it floods.'],
		['its', 'In the spring its banks flood.'],
		['he', 'In the spring he left.'],
		['she', 'In the spring she left.'],
		['they', 'In the spring they left.'],
		['we', 'In the spring we left.'],
		['i', 'In the spring I left.'],
		['you', 'In the spring you can swim.'],
		['this', 'In the spring this road floods.'],
		['that', 'In the spring that road floods.'],
		['there', 'In the spring there are floods.'],
		['which', 'It was the spring which brought the floods.'],
		['who', 'Guests arriving in the spring who book early pay less.'],
		['will', 'The vote in the spring will decide it.'],
		['would', 'The vote in the spring would decide it.'],
		['could', 'The vote in the spring could decide it.'],
		['should', 'The vote in the spring should decide it.'],
		['may', 'The vote in the spring may decide it.'],
		['might', 'The vote in the spring might decide it.'],
		['can', 'The vote in the spring can decide it.'],
		['is', 'The vote in the spring is close.'],
		['was', 'The vote in the spring was close.'],
		['were', 'The votes in the spring were close.'],
		['are', 'The votes in the spring are close.'],
		['had', 'The thaw in the spring had begun.'],
		['has', 'The thaw in the spring has begun.'],
		['have', 'The thaws in the spring have begun.'],
		['did', 'The floods in the spring did damage.'],
		['then', 'It floods in the spring then dries.'],
		['again', 'It flooded in the spring again.'],
		['also', 'The road in the spring also floods.'],
		['alone', 'In the spring alone 40 homes flooded.'],
		['onwards', 'From the spring onwards the road was shut.'],
		['onward', 'From the spring onward the road was shut.']
	])('%s: %s', (word, text) => {
		const spans = read(text);
		expect(spans[0], word).toMatch(/^(?:From )?the spring$/);
	});

	it.each<[string]>([['The spring collection sold out.'], ['In the spring rains the road floods.'], ['They walked to the spring of the river.']])(
		'%s: no date',
		(text) => {
			expect(read(text)).toEqual([]);
		}
	);
});
