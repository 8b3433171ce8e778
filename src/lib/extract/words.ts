/** Word classes the parsers use to decide whether a number or a season word is a date, or something else. */

/** Words after which a bare year is a date ("in 2020", "since 2014", "by 2027"). */
export const YEAR_CUES: ReadonlySet<string> = new Set([
	'in',
	'since',
	'by',
	'until',
	'till',
	'before',
	'after',
	'from',
	'to',
	'during',
	'through',
	'throughout',
	'for',
	'circa',
	'early',
	'mid',
	'late',
	'between',
	'year'
]);

/**
 * Words after which a bare year is a date only when no noun follows it ("about 2005," but not "about 2000
 * people"), and after which a full month name is a date ("on June 3", "at the end of June", "or July").
 */
export const WEAK_YEAR_CUES: ReadonlySet<string> = new Set(['of', 'around', 'about', 'approximately', 'roughly', 'and', 'on', 'at', 'or']);

/** Determiners before a year that modifies a noun: "its 2025 supply", "the 2022 World Cup". */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'a']);

/**
 * Function words that may follow a date and start the rest of the clause. A season or year followed by any other
 * word is more likely an adjective or a quantity ("the spring collection", "about 2000 people").
 */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
	'and',
	'or',
	'but',
	'when',
	'while',
	'as',
	'with',
	'to',
	'in',
	'on',
	'at',
	'for',
	'from',
	'after',
	'before',
	'until',
	'since',
	'by',
	'the',
	'a',
	'an',
	'it',
	'its',
	'he',
	'she',
	'they',
	'we',
	'i',
	'you',
	'this',
	'that',
	'there',
	'which',
	'who',
	'will',
	'would',
	'could',
	'should',
	'may',
	'might',
	'can',
	'is',
	'was',
	'were',
	'are',
	'had',
	'has',
	'have',
	'did',
	'then',
	'again',
	'also',
	'alone',
	'onwards',
	'onward'
]);
