import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, readEmbedOptions, type EmbedOptions } from './options.ts';

describe('readEmbedOptions', () => {
	it.each<[string, Partial<EmbedOptions>, number]>([
		['', {}, 0],
		['theme=dark', { theme: 'dark' }, 0],
		['theme=light&passages=popover&controls=off', { theme: 'light', passages: 'popover', controls: false }, 0],
		['passages=none', { passages: 'none' }, 0],
		['controls=on', { controls: true }, 0],
		['theme=<script>alert(1)</script>', {}, 1],
		['theme=DARK', {}, 1],
		['passages=sidebar&controls=maybe', {}, 2],
		[`theme=${'x'.repeat(10_000)}`, {}, 1],
		['event=anything&from=2022-01-01', {}, 0]
	])('%s', (query, expected, warnings) => {
		const result = readEmbedOptions(new URLSearchParams(query));
		expect(result.options).toEqual({ ...DEFAULT_EMBED_OPTIONS, ...expected });
		expect(result.warnings).toHaveLength(warnings);
	});

	it('keeps its warnings short whatever the value', () => {
		const { warnings } = readEmbedOptions(new URLSearchParams(`theme=${'y'.repeat(10_000)}`));
		expect(warnings[0]!.length).toBeLessThan(120);
	});
});
