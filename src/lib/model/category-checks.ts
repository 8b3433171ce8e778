/**
 * The checks on a dataset's `categories` that the schema cannot express: ids and labels that tell categories
 * apart, a colour for every category past the palette's, and colours a dataset names that marks can be seen in:
 * 3:1 against every background of the theme they are for (`palette.ts`).
 */
import { HEX_COLOUR } from './colour.ts';
import { CATEGORY_PALETTE, MARK_CONTRAST, THEMES, markContrastShortfall, type ThemeName } from './palette.ts';
import { asRecord } from './record.ts';

const ADVICE: Record<ThemeName, string> = { light: 'choose a darker colour', dark: 'choose a lighter colour' };

/**
 * Reports each problem as (field, message), the field a path in the file (`categories.3.colour.light`). Returns the
 * ids declared, or undefined when `categories` is not a list (the schema says so).
 */
export function checkCategories(categories: unknown, report: (field: string, message: string) => void): ReadonlySet<string> | undefined {
	if (!Array.isArray(categories)) return undefined;
	const ids = new Set<string>();
	const labels = new Set<string>();
	categories.forEach((raw, index) => {
		const category = asRecord(raw);
		if (!category) return;
		const at = `categories.${index}`;
		const id = typeof category.id === 'string' ? category.id : undefined;
		const named = id === undefined ? `category ${index + 1}` : `category "${id.slice(0, 80)}"`;
		if (id !== undefined) {
			if (ids.has(id)) report(`${at}.id`, `duplicate category id "${id.slice(0, 80)}"`);
			ids.add(id);
		}
		if (typeof category.label === 'string') {
			const label = category.label.trim().toLowerCase();
			if (labels.has(label)) report(`${at}.label`, `"${category.label.slice(0, 80)}" labels another category too: readers could not tell them apart`);
			labels.add(label);
		}
		const colour = category.colour;
		if (colour === undefined) {
			if (index >= CATEGORY_PALETTE.length)
				report(`${at}.colour`, `is needed: ${named} is number ${index + 1}, and the palette has ${CATEGORY_PALETTE.length} colours`);
			return;
		}
		const perTheme = asRecord(colour);
		for (const theme of THEMES) {
			const value = perTheme ? perTheme[theme] : colour;
			// A malformed colour is the schema's to report.
			if (typeof value !== 'string' || !HEX_COLOUR.test(value)) continue;
			const shortfall = markContrastShortfall(value, theme);
			if (!shortfall) continue;
			const { background, ratio } = shortfall;
			report(
				perTheme ? `${at}.colour.${theme}` : `${at}.colour`,
				`${named}: ${value} has a contrast of ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1 against the ${theme} theme's ${background.name} (${background[theme]}); ` +
					`marks need at least ${MARK_CONTRAST}:1: ${ADVICE[theme]}` +
					(perTheme ? '' : ', or give one for each theme: { "light": "#rrggbb", "dark": "#rrggbb" }')
			);
		}
	});
	return ids;
}
