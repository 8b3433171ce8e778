import { describe, expect, it } from 'vitest';
import { foundExpressions as found } from '../../../tests/fixtures/found-expressions.ts';


describe('the lexicon, word by word', () => {
	it.each<[string, string[]]>([
		// Month abbreviations, "Sept" as well as "Sep"
		['It began on Sept. 3, 2021.', ['Sept. 3, 2021 → 2021-09-03']],
		['It began on Sep. 3, 2021.', ['Sep. 3, 2021 → 2021-09-03']],
		// Seasons, "fall" as "autumn"
		['It opened in the fall of 2021.', ['the fall of 2021 → 2021-23']],
		['It opened in autumn 2021.', ['autumn 2021 → 2021-23']],
		// Signals
		['It was closed till 2016.', ['till 2016 → ../2016']],
		['It was closed until 2016.', ['until 2016 → ../2016']],
		// Approximate words, abbreviated or not
		['The hall was built c. 1850.', ['c. 1850 → 1850~']],
		['The hall was built ca. 1850.', ['ca. 1850 → 1850~']],
		['The hall was built approximately 1850.', ['approximately 1850 → 1850~']],
		['The hall was built roughly 1850, they say.', ['roughly 1850 → 1850~']],
		// Qualifier nouns
		['It closed at the start of 2021.', ['the start of 2021 → 2021 early']],
		['It closed in the middle of 2021.', ['the middle of 2021 → 2021 mid']],
		['It closed at the beginning of 2021.', ['the beginning of 2021 → 2021 early']],
		// Eras
		['Caesar died in 44 BCE.', ['44 BCE → -0043']],
		['Pompeii was buried in 79 CE.', ['79 CE → 0079']],
		// Ordinal centuries, up to the twenty-first
		['It was built in the twenty-first century.', ['the twenty-first century → [2001..2100]']],
		['It was built in the twenty-second century.', ['the twenty-second century → [2101..2200]']],
		['A BC date: the twenty-ninth century BC.', ['the twenty-ninth century BC → [-2899..-2800]']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	it.each<[string, number]>([
		['one', 1],
		['two', 2],
		['three', 3],
		['four', 4],
		['five', 5],
		['six', 6],
		['seven', 7],
		['eight', 8],
		['nine', 9],
		['ten', 10],
		['eleven', 11],
		['twelve', 12],
		['thirteen', 13],
		['nineteen', 19],
		['twenty', 20],
		['ninety', 90],
		// A tens word joins a unit word with a hyphen.
		['twenty-five', 25],
		['forty-one', 41],
		['Ninety-nine', 99]
	])('counts “%s years later” as %i', (word, count) => {
		expect(found(`The mill opened in 1900, and ${word} years later it closed.`)).toEqual(['1900 → 1900', `${word} years later → ${1900 + count}`]);
	});

	it.each<[string, string, string]>([
		['a day later', 'a day later', '1900-03-04'],
		['three days later', 'three days later', '1900-03-06'],
		['a year later', 'a year later', '1901']
	])('takes the units: %s', (phrase, text, value) => {
		expect(found(`The mill opened on 3 March 1900, and ${phrase} it closed.`)).toEqual(['3 March 1900 → 1900-03-03', `${text} → ${value}`]);
	});

	it.each<[string, string]>([
		['first', '[0001..0100]'],
		['second', '[0101..0200]'],
		['third', '[0201..0300]'],
		['fourth', '[0301..0400]'],
		['fifth', '[0401..0500]'],
		['sixth', '[0501..0600]'],
		['seventh', '[0601..0700]'],
		['eighth', '[0701..0800]'],
		['ninth', '[0801..0900]'],
		['tenth', '[0901..1000]'],
		['eleventh', '[1001..1100]'],
		['twelfth', '[1101..1200]'],
		['thirteenth', '[1201..1300]'],
		['fourteenth', '[1301..1400]'],
		['fifteenth', '[1401..1500]'],
		['sixteenth', '[1501..1600]'],
		['seventeenth', '[1601..1700]'],
		['eighteenth', '[1701..1800]'],
		['nineteenth', '[1801..1900]'],
		['twentieth', '[1901..2000]']
	])('reads “the %s century” as %s', (ordinal, value) => {
		expect(found(`It was built in the ${ordinal} century.`)).toEqual([`the ${ordinal} century → ${value}`]);
	});

	it.each<[string, string]>([
		['Monday', '2024-11-11'],
		['Tuesday', '2024-11-12'],
		['Wednesday', '2024-11-13'],
		['Thursday', '2024-11-14'],
		['Friday', '2024-11-08'],
		['Saturday', '2024-11-09'],
		['Sunday', '2024-11-10']
	])('dates “on %s” in the past tense to the last one by Thursday 14 November 2024: %s', (weekday, value) => {
		expect(found(`It happened on ${weekday}.`)).toEqual([`${weekday} → ${value}`]);
	});
});
