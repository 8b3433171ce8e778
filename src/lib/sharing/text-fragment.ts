/**
 * Links into the publisher's page at a passage, with a URL Text Fragment (`#:~:text=`), so "read in the original"
 * lands on the words themselves where the browser supports it (and on the page's top where it does not).
 * https://wicg.github.io/scroll-to-text-fragment/
 */

/** Words at each end of a long quote: enough to be unique in an article, short enough to survive small edits. */
const EDGE_WORDS = 5;

/** The directive's own syntax characters must be escaped inside its terms, beyond what encodeURIComponent does. */
const encodeTerm = (term: string): string => encodeURIComponent(term).replace(/-/g, '%2D');

/**
 * `text=start` for a short quote, `text=start,end` (a range) for a long one. White space, including the
 * article's no-break spaces, is written as single spaces: the browser matches rendered text, word by word.
 */
export function textDirective(exact: string): string {
	const words = exact.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) throw new RangeError('a text fragment needs at least one word');
	if (words.length <= EDGE_WORDS * 2) return `text=${encodeTerm(words.join(' '))}`;
	const start = words.slice(0, EDGE_WORDS).join(' ');
	const end = words.slice(-EDGE_WORDS).join(' ');
	return `text=${encodeTerm(start)},${encodeTerm(end)}`;
}

/** The article's URL with a text fragment for the passage (replacing any fragment the URL had). */
export function textFragmentUrl(url: string, exact: string): string {
	const base = url.split('#')[0]!;
	return `${base}#:~:${textDirective(exact)}`;
}
