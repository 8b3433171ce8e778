/**
 * The index's search by title: a title matches when it holds every word of the query, ignoring case and accents
 * ("cafe" finds "Café"), in any order. The query is text the reader typed (or a link's `?q=`), only ever compared.
 */

/** Lower case, without accents, spaces collapsed: the form titles and queries are compared in. */
export function searchForm(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** Whether `title` holds every word of `query`; an empty query matches every title. */
export function matchesTitle(title: string, query: string): boolean {
	const words = searchForm(query).split(' ').filter(Boolean);
	const form = searchForm(title);
	return words.every((word) => form.includes(word));
}
