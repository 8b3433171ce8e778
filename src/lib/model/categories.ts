/**
 * A dataset's categories as the pages draw them: in the order declared, each with its label and its colour in
 * both themes: its own `colour` (one for both themes, or one per theme), else the palette's colour at its place.
 * Validation has checked the colours and that every category past the palette names its own.
 */
import { CATEGORY_PALETTE, type ThemeColours } from './palette.ts';
import type { Category } from './schema.ts';

export interface CategoryView {
	id: string;
	label: string;
	colour: ThemeColours;
}

/** The colour a category declares, for each theme; undefined when it declares none. */
export function declaredColours(colour: Category['colour']): ThemeColours | undefined {
	return typeof colour === 'string' ? { light: colour, dark: colour } : colour;
}

export function categoryViews(categories: readonly Category[]): CategoryView[] {
	return categories.map(({ id, label, colour }, index) => ({
		id,
		label,
		colour: declaredColours(colour) ?? CATEGORY_PALETTE[index % CATEGORY_PALETTE.length]!
	}));
}
