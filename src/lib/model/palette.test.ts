import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrastRatio } from './colour.ts';
import { CATEGORY_PALETTE, MARK_BACKGROUNDS, MARK_CONTRAST, THEMES, markContrastShortfall } from './palette.ts';

/** `--name: light-dark(#light, #dark);` tokens of the page's style sheet. */
function themeTokens(): Map<string, { light: string; dark: string }> {
	const css = readFileSync('src/lib/styles/global.css', 'utf8');
	const tokens = new Map<string, { light: string; dark: string }>();
	for (const [, name, light, dark] of css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]+),\s*(#[0-9a-f]+)\)/gi)) tokens.set(name!, { light: light!, dark: dark! });
	return tokens;
}

describe('the backgrounds marks are drawn on', () => {
	it('are those of the page’s style sheet', () => {
		const tokens = themeTokens();
		for (const background of MARK_BACKGROUNDS)
			for (const theme of THEMES) expect(tokens.get(background.token)?.[theme], `${background.token} (${theme})`).toBe(background[theme]);
	});
});

describe('the category palette', () => {
	it('has twelve colours, no two alike in either theme', () => {
		expect(CATEGORY_PALETTE).toHaveLength(12);
		for (const theme of THEMES) expect(new Set(CATEGORY_PALETTE.map((colour) => colour[theme].toLowerCase())).size).toBe(12);
	});

	it('gives every mark at least 4.3:1 against every background of its theme (3:1 is needed)', () => {
		for (const colour of CATEGORY_PALETTE)
			for (const theme of THEMES) {
				expect(markContrastShortfall(colour[theme], theme), `${colour[theme]} (${theme})`).toBeNull();
				for (const background of MARK_BACKGROUNDS)
					expect(contrastRatio(colour[theme], background[theme]), `${colour[theme]} on ${background[theme]}`).toBeGreaterThanOrEqual(4.3);
			}
	});
});

describe('markContrastShortfall', () => {
	it.each<[string, 'light' | 'dark']>([
		['#ffff00', 'light'],
		['#cccccc', 'light'],
		['#000000', 'dark'],
		['#555555', 'dark']
	])('names the background %s is weakest against in the %s theme, with the ratio', (colour, theme) => {
		const ratios = MARK_BACKGROUNDS.map((background) => [background, contrastRatio(colour, background[theme])] as const);
		const [weakest, ratio] = ratios.reduce((a, b) => (b[1] < a[1] ? b : a));
		expect(ratio).toBeLessThan(MARK_CONTRAST);
		expect(markContrastShortfall(colour, theme)).toEqual({ theme, background: weakest, ratio });
	});

	it('passes a colour at 3:1 or more against every background of the theme', () => {
		expect(MARK_CONTRAST).toBe(3);
		expect(markContrastShortfall('#000000', 'light')).toBeNull();
		expect(markContrastShortfall('#ffffff', 'dark')).toBeNull();
		// #767676 is 4.54:1 on white and 3.1:1 on the dark theme's highlight (#1f2a44); #ffffff fails every light background.
		expect(markContrastShortfall('#767676', 'light')).toBeNull();
		expect(markContrastShortfall('#767676', 'dark')).toBeNull();
		expect(markContrastShortfall('#ffffff', 'light')).not.toBeNull();
	});
});
