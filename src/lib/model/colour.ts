/**
 * Colours as the format writes them (`#rrggbb` or `#rgb`) and WCAG 2's contrast between two of them: relative
 * luminance of sRGB, and the ratio (L1 + 0.05) / (L2 + 0.05), from 1 (none) to 21 (black on white).
 */

/** A colour the format accepts: `#` and three or six hexadecimal digits, either case. */
export const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

/** The red, green and blue channels (0–255) of a colour matching HEX_COLOUR. */
export function channels(hex: string): [number, number, number] {
	if (!HEX_COLOUR.test(hex)) throw new RangeError(`not a #rrggbb or #rgb colour: ${JSON.stringify(hex)}`);
	const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1);
	return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = channels(hex).map((channel) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, the same whichever colour is given first. */
export function contrastRatio(a: string, b: string): number {
	const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (lighter + 0.05) / (darker + 0.05);
}
