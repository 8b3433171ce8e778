import { describe, expect, it } from 'vitest';
import { channels, contrastRatio, relativeLuminance } from './colour.ts';

describe('contrastRatio', () => {
	// Reference values as published (WebAIM's contrast checker, the WCAG understanding documents), to two decimals.
	it.each<[string, string, number]>([
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#777777', '#ffffff', 4.48],
		['#767676', '#ffffff', 4.54],
		['#ff0000', '#ffffff', 4.0],
		['#0000ff', '#ffffff', 8.59],
		['#008000', '#ffffff', 5.14],
		['#fff', '#000', 21],
		['#0000FF', '#FFF', 8.59]
	])('%s against %s is %d:1', (a, b, ratio) => {
		expect(Math.round(contrastRatio(a, b) * 100) / 100).toBe(ratio);
		expect(contrastRatio(b, a)).toBe(contrastRatio(a, b));
	});
});

describe('relativeLuminance', () => {
	it.each<[string, number]>([
		['#000000', 0],
		['#ffffff', 1],
		['#808080', 0.2159]
	])('%s is %d', (hex, luminance) => expect(relativeLuminance(hex)).toBeCloseTo(luminance, 4));
});

describe('channels', () => {
	it('reads six and three digits, in either case', () => {
		expect(channels('#1d4ED8')).toEqual([0x1d, 0x4e, 0xd8]);
		expect(channels('#abc')).toEqual([0xaa, 0xbb, 0xcc]);
	});

	it.each(['1d4ed8', '#1d4ed', '#ggg', 'red', '#1d4ed8ff', ' #fff'])('refuses %j', (text) => {
		expect(() => channels(text)).toThrow(RangeError);
	});
});
