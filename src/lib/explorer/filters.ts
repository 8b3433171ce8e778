/**
 * The View panel's filters (categories, actors): which boxes are ticked, how a click changes them, and how a link
 * names them. The last box ticked stays ticked: with none, the link would name no filter and show everything.
 */
import type { ThemeColours } from '../model/palette.ts';

export interface Filter {
	key: string;
	label: string;
	count: number;
	shown: boolean;
	/** The only one ticked: it stays ticked. */
	last: boolean;
	/** A category's colours, for its swatch. */
	colour?: ThemeColours;
}

/** A filter's box for `key`: ticked while it is shown, held while it is the only one shown. */
export function filterBox(key: string, shown: ReadonlySet<string>): Pick<Filter, 'key' | 'shown' | 'last'> {
	return { key, shown: shown.has(key), last: shown.size === 1 && shown.has(key) };
}

/** The set with `key` ticked or unticked; the last one ticked stays (see `Filter.last`). */
export function toggled(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
	const next = new Set(set);
	if (!next.delete(key)) next.add(key);
	return next.size === 0 ? set : next;
}

/** A filter as a link names it: absent when everything is shown, else what is, in the timeline's order. */
export function linkFilter(shown: ReadonlySet<string>, all: readonly string[]): string[] | undefined {
	return shown.size === all.length ? undefined : all.filter((key) => shown.has(key));
}
