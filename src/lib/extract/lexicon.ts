/** The English words time expressions are made of, keyed by their lower-case form. */
import type { Qualifier, Season } from '../dates/edtf.ts';

const MONTH_NAMES = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/** Full month names: 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(MONTH_NAMES.map((name, i) => [name, i + 1]));

/** Abbreviated month names ("Feb", "Sept"), used only with a day or a year: alone, "Mar" or "Jun" are too often other words. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
	...MONTH_NAMES.map((name, i) => [name.slice(0, 3), i + 1] as const),
	['sept', 9]
]);

/** ISO weekdays: Monday 1 … Sunday 7. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
	['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((name, i) => [name, i + 1])
);

/** Days whose name holds a weekday ("Good Friday"): a name wherever it stands, never that weekday near a date. */
export const NAMED_DAYS: ReadonlySet<string> = new Set([
	'ash wednesday',
	'black friday',
	'black monday',
	'cyber monday',
	'easter monday',
	'easter sunday',
	'good friday',
	'holy saturday',
	'holy thursday',
	'maundy thursday',
	'palm sunday',
	'shrove tuesday',
	'super tuesday',
	'whit monday',
	'whit sunday'
]);

/**
 * Days named for a fixed date, capitalised, as their words are written (apostrophes straight): "on Boxing Day" is
 * 26 December, read as a day written without its year.
 */
export const FIXED_DAYS: ReadonlyMap<string, { month: number; day: number }> = new Map([
	['new year\'s day', { month: 1, day: 1 }],
	['valentine\'s day', { month: 2, day: 14 }],
	['halloween', { month: 10, day: 31 }],
	['christmas eve', { month: 12, day: 24 }],
	['christmas day', { month: 12, day: 25 }],
	['boxing day', { month: 12, day: 26 }],
	['new year\'s eve', { month: 12, day: 31 }]
]);

/** The last word of a street's name: "at 1600 Pennsylvania Avenue" is an address, not the year 1600. */
export const STREET_WORDS: ReadonlySet<string> = new Set(
	'street st avenue ave road rd boulevard blvd lane drive terrace crescent highway'.split(' ')
);

/**
 * Words a number before them is part of, never a year: "the 2000 Guineas" (a race), "1000 guineas" (a sum). Listed,
 * as street words are, since "the 2000 Guineas" and "the 2000 Olympics" differ only in what the noun names.
 */
export const NUMBERED_NAMES: ReadonlySet<string> = new Set(['guineas']);

/** Northern meteorological seasons, as the EDTF season codes. */
export const SEASONS: ReadonlyMap<string, Season> = new Map([
	['spring', 21],
	['summer', 22],
	['autumn', 23],
	['fall', 23],
	['winter', 24]
]);

/** Parts of a day that may follow a weekday or "this": the value stays the day. */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

const NUMBER_WORDS = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** The tens written as words ("twenty" 20), which join a unit word with a hyphen ("twenty-five"). */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map(TENS.map((word, i) => [word, (i + 2) * 10] as const));

/**
 * Counts written as one word ("two months later", "twenty years later"); "a" is one ("an" goes before no unit: day,
 * week, month, year).
 */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([['a', 1], ...NUMBER_WORDS.map((word, i) => [word, i + 1] as const), ...TENS_WORDS]);

const ORDINAL_WORDS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth'
];

/**
 * Ordinals written as words, for centuries and quarters ("the nineteenth century", "the third quarter"); the
 * tokens split "twenty-first" at its hyphen, so parse-periods.ts puts it together.
 */
export const ORDINALS: ReadonlyMap<string, number> = new Map(ORDINAL_WORDS.map((word, i) => [word, i + 1]));

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'year';

/** Calendar units, singular and plural. */
export const UNITS: ReadonlyMap<string, Unit> = new Map([
	['day', 'day'],
	['days', 'day'],
	['week', 'week'],
	['weeks', 'week'],
	['weekend', 'weekend'],
	['month', 'month'],
	['months', 'month'],
	['year', 'year'],
	['years', 'year']
]);

/** Signals that turn a date into an interval or a one-of range. */
export type Signal = 'since' | 'until' | 'before' | 'after' | 'by' | 'from' | 'between';

export const SIGNALS: ReadonlyMap<string, Signal> = new Map([
	['since', 'since'],
	['until', 'until'],
	['till', 'until'],
	['before', 'before'],
	['after', 'after'],
	['by', 'by'],
	['from', 'from'],
	['between', 'between']
]);

/** Words that make a date approximate; they never widen it. */
export const APPROXIMATE_WORDS: ReadonlySet<string> = new Set(['around', 'about', 'circa', 'c', 'ca', 'approximately', 'roughly']);

/**
 * Words after which "about" names a topic, not an approximation: "thought about 1 May", "nothing about Saturday",
 * "a book about 1968". Thinking, speaking and telling, in the forms news uses, and what one can say nothing about.
 */
export const ABOUT_AS_TOPIC_AFTER: ReadonlySet<string> = new Set(
	(
		'think thinks thinking thought talk talks talking talked speak speaks speaking spoke ask asks asking asked ' +
		'worry worries worrying worried know knows knew known forget forgets forgot forgotten care cares cared hear ' +
		'hears heard read reads write writes writing wrote written learn learns learned learnt wonder wondered ' +
		'remember remembered dream dreamed dreamt complain complained argue argued joke joked tell tells told ' +
		'nothing anything something everything much little more question questions story stories book books film ' +
		'films report reports'
	).split(' ')
);

/** "early 2020", "mid-June", and the nouns of "the end of February". */
export const QUALIFIER_WORDS: ReadonlyMap<string, Qualifier> = new Map([
	['early', 'early'],
	['mid', 'mid'],
	['late', 'late'],
	['beginning', 'early'],
	['start', 'early'],
	['middle', 'mid'],
	['end', 'late']
]);

/** Eras after a year ("44 BC", "1200 BCE") or around it ("AD 14", "79 CE"). */
export const ERAS: ReadonlyMap<string, 'bc' | 'ad'> = new Map([
	['bc', 'bc'],
	['bce', 'bc'],
	['ad', 'ad'],
	['ce', 'ad']
]);
