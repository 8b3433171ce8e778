/**
 * Draft titles and ids. A title is the clause that holds the date, without the date and its preposition, without
 * a leading connective ("However,", "Here,"), capitalised and cut at a word to at most 90 characters: a start for
 * the person who will rewrite it, never more than the sentence says.
 */
const MAX_TITLE = 90;
const CONNECTIVE = /^(?:and|but|so|also|however|meanwhile|here|hence|likewise|thus|then|now|still|yet|indeed|moreover|despite this|for example|in addition)\b/i;
/** The words before a date that are not its own: a preposition, or "at least" and its signal ("since at least 2012"). */
const PREPOSITION = /(?:^|\s|[“"‘(])(?:in|on|at|during|of|for|from|to|around|about|(?:(?:since|until|till|from|by)\s+)?at\s+least)\s*$/i;

/** `date` is the expression's span inside `sentence`. */
export function draftTitle(sentence: string, date: { start: number; end: number }): string {
	const clause = clauseAround(sentence, date);
	const before = sentence.slice(clause.start, date.start).replace(PREPOSITION, ' ');
	// "This year’s season" loses the possessive with its year.
	const after = sentence.slice(date.end, clause.end).replace(/^[’']s\b/, '');
	// A date set off by commas ("The plan, in 2020, was approved") takes both commas with it.
	let title = `${before} ${after}`
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:!?])/g, '$1')
		.replace(/([“‘(])\s+/g, '$1')
		.replace(/,,/g, '')
		// … and a date that opened a quotation leaves the comma after it: "“Twenty years later, we are back.”"
		.replace(/^([“"‘(]+)\s*,\s*/, '$1');
	// Connectives one after another ("And yet,"): trimmed and taken off until nothing changes, commas with them.
	for (let previous = ''; previous !== title; ) [previous, title] = [title, trim(title).replace(CONNECTIVE, '')];
	// A quotation that opens or closes in another sentence loses its lone marks, then what they left at the end.
	title = trim(title.replace(/^[“”"‘’'(]+(?=[^“”"‘’']*$)|(?<=^[^“”"‘’']*)[“”"‘’')]+$/g, ''));
	if (title.length < 12) title = sentence.replace(/\s+/g, ' ').replace(/[.\s]+$/, '');
	return capitalise(shorten(title));
}

/** Without spaces, separators and dashes at either end, or a stop at the end. */
const trim = (title: string) => title.replace(/^[\s,;:–—-]+|[\s,;:.–—-]+$/g, '');

/** The part of the sentence between the separators (";", ":", a dash) around the date. */
function clauseAround(sentence: string, date: { start: number; end: number }) {
	const separators = [...sentence.matchAll(/;|:(?!\d)|\s[–—]\s/g)].map((m) => [m.index, m.index + m[0].length] as const);
	const start = Math.max(0, ...separators.filter(([, end]) => end <= date.start).map(([, end]) => end));
	const end = Math.min(sentence.length, ...separators.filter(([at]) => at >= date.end).map(([at]) => at));
	return { start, end };
}

function shorten(title: string): string {
	if (title.length <= MAX_TITLE) return title;
	// The last space within the 89 characters that leave room for the ellipsis: a word that ends there is whole.
	const space = title.lastIndexOf(' ', MAX_TITLE - 1);
	return `${title.slice(0, space > MAX_TITLE / 2 ? space : MAX_TITLE - 1).replace(/[\s,;:]+$/, '')}…`;
}

/** Upper-cases the first letter, after any opening quote. */
const capitalise = (s: string) => s.replace(/^([“"‘'(]*)(\p{Ll})/u, (_, quote: string, letter: string) => quote + letter.toUpperCase());

const STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'for', 'by', 'with', 'its', 'their', 'his', 'her', 's']);

/** A slug for an id: the title's first words in ASCII, at most 60 characters; "event" when nothing is left. */
export function slugFrom(title: string): string {
	const words = title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((w) => w !== '' && !STOP_WORDS.has(w))
		.slice(0, 6);
	let slug = '';
	for (const word of words) {
		const longer = slug ? `${slug}-${word}` : word;
		if (longer.length <= 60) slug = longer;
	}
	return slug || 'event';
}
