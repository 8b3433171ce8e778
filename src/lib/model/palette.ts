/**
 * The colours of categories: the palette a dataset's categories take by position, the backgrounds of both themes
 * that marks are drawn on (the page, panels, the future side of "As of", a selected mark's highlight; the same
 * values as `src/lib/styles/global.css`, which a test compares), and the contrast a mark needs against them.
 * Category colours are only ever drawn as marks and swatches, never as text: WCAG's 3:1 for graphics applies.
 */
import { contrastRatio } from './colour.ts';

export type ThemeName = 'light' | 'dark';
export const THEMES: readonly ThemeName[] = ['light', 'dark'];

/** A colour for each theme. */
export type ThemeColours = Record<ThemeName, string>;

/** WCAG 2.1 success criterion 1.4.11 (non-text contrast): graphical objects need 3:1 against what is next to them. */
export const MARK_CONTRAST = 3;

export interface MarkBackground extends ThemeColours {
	/** The theme token global.css defines it as. */
	token: string;
	/** What it is, in words for messages. */
	name: string;
}

/** What marks and swatches are drawn on, as global.css defines it. */
export const MARK_BACKGROUNDS: readonly MarkBackground[] = [
	{ token: '--bg', name: 'page background', light: '#ffffff', dark: '#14161a' },
	{ token: '--surface', name: 'panel background', light: '#f4f5f7', dark: '#1d2026' },
	{ token: '--future', name: 'shading of the future', light: '#f3f1fa', dark: '#1c1a26' },
	{ token: '--target', name: 'highlight of a selected mark', light: '#e8efff', dark: '#1f2a44' }
];

/**
 * Twelve colours, in the order categories take them: the first eight are those of the format's first version, so
 * its files keep their colours. Each reaches at least 4.3:1 on every background above, more than marks need.
 */
export const CATEGORY_PALETTE: readonly ThemeColours[] = [
	{ light: '#1d4ed8', dark: '#7aa2ff' }, // blue
	{ light: '#b91c1c', dark: '#f87171' }, // red
	{ light: '#b45309', dark: '#fbbf24' }, // amber
	{ light: '#047857', dark: '#34d399' }, // green
	{ light: '#7e22ce', dark: '#c084fc' }, // purple
	{ light: '#0e7490', dark: '#22d3ee' }, // cyan
	{ light: '#be185d', dark: '#f472b6' }, // pink
	{ light: '#4d7c0f', dark: '#a3e635' }, // lime
	{ light: '#92400e', dark: '#d6a06a' }, // brown
	{ light: '#475569', dark: '#a8b3c4' }, // slate
	{ light: '#4338ca', dark: '#a39aff' }, // indigo
	{ light: '#a21caf', dark: '#f0abfc' } // fuchsia
];

export interface ContrastShortfall {
	theme: ThemeName;
	background: MarkBackground;
	ratio: number;
}

/** Where a mark of `colour` in `theme` falls short of MARK_CONTRAST: the background it is weakest against, or null. */
export function markContrastShortfall(colour: string, theme: ThemeName): ContrastShortfall | null {
	let worst: ContrastShortfall | null = null;
	for (const background of MARK_BACKGROUNDS) {
		const ratio = contrastRatio(colour, background[theme]);
		if (ratio < MARK_CONTRAST && (worst === null || ratio < worst.ratio)) worst = { theme, background, ratio };
	}
	return worst;
}
