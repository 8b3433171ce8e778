/**
 * What the embed page's prerendered markup and its island (island.ts) agree on: where the embed is mounted, and the
 * built-in timeline, written into the page as JSON for the island to read.
 */

/** The element whose content is the prerendered embed, replaced by the mounted one. */
export const EMBED_ROOT_ID = 'sourceline-embed';

/** The `<script type="application/json">` that holds the built-in timeline. */
export const BUILT_IN_DATA_ID = 'sourceline-built-in';

/**
 * JSON for the inside of a `<script>` element: `<` is written as `\u003c` (the same value to JSON.parse), so no
 * text in the data can close the element or open a comment there.
 */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value).replaceAll('<', '\\u003c');
}
