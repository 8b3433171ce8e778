import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, readEmbedOptions, type EmbedOptions } from './options.ts';

describe('readEmbedOptions', () => {
	const theme = (value: string) => `ignored "theme": ${value} is not one of auto, light, dark`;
	const passages = (value: string) => `ignored "passages": ${value} is not one of panel, popover, none`;
	const controls = (value: string) => `ignored "controls": ${value} is not one of on, off`;

	// Only a whole known value counts: part of one, a longer word, another case or nothing is ignored and said.
	it.each<[string, Partial<EmbedOptions>, string[]]>([
		['', {}, []],
		['theme=dark', { theme: 'dark' }, []],
		['theme=light&passages=popover&controls=off', { theme: 'light', passages: 'popover', controls: false }, []],
		['theme=auto&passages=panel', {}, []],
		['passages=none', { passages: 'none' }, []],
		['controls=on', { controls: true }, []],
		['theme=dar', {}, [theme('"dar"')]],
		['theme=', {}, [theme('""')]],
		['theme=darkk', {}, [theme('"darkk"')]],
		['theme=light,dark', {}, [theme('"light,dark"')]],
		['theme=<script>alert(1)</script>', {}, [theme('"<script>alert(1)</script>"')]],
		['theme=DARK', {}, [theme('"DARK"')]],
		['passages=pop&controls=of', {}, [passages('"pop"'), controls('"of"')]],
		['passages=sidebar&controls=maybe', {}, [passages('"sidebar"'), controls('"maybe"')]],
		['controls=&theme=dark', { theme: 'dark' }, [controls('""')]],
		[`theme=${'x'.repeat(10_000)}`, {}, [theme(`"${'x'.repeat(40)}…"`)]],
		[`theme=${'x'.repeat(40)}`, {}, [theme(`"${'x'.repeat(40)}"`)]],
		['event=anything&from=2022-01-01', {}, []]
	])('%s', (query, expected, warnings) => {
		const result = readEmbedOptions(new URLSearchParams(query));
		expect(result.options).toEqual({ ...DEFAULT_EMBED_OPTIONS, ...expected });
		expect(result.warnings).toEqual(warnings);
	});

	it('starts from the documented defaults: the system theme, the article panel, the controls', () => {
		expect(DEFAULT_EMBED_OPTIONS).toEqual({ theme: 'auto', passages: 'panel', controls: true });
	});
});
