import { describe, expect, it } from 'vitest';
import { vagueReference } from './undatable.ts';

describe('vagueReference', () => {
	it.each<[string, string | null, RegExp | null]>([
		['Beijing has so far been careful not to provide support.', 'so far', /up to the time of writing/],
		['For now, China assures Western countries it sells no weapons.', 'For now', /at the time of writing/],
		['It has grown in recent times, and so far it holds.', 'in recent times', /before the time of writing/],
		['That hegemony has acquired an ugly form in recent times.', 'in recent times', /before the time of writing/],
		['Putin spoke of developing it in the future.', 'in the future', /after the time of writing/],
		['The visit will show how close relations are.', null, null],
		['Prices are high at present.', 'at present', /at the time of writing/],
		['Prices are high at the present time.', 'at the present time', /at the time of writing/],
		['Trade has grown in recent time.', 'in recent time', /before the time of writing/],
		// The first in the sentence, whichever kind it is.
		['So far, prices have risen recently.', 'So far', /up to the time of writing/]
	])('%s', (sentence, words, reason) => {
		const found = vagueReference(sentence);
		expect(found && sentence.slice(found.start, found.end)).toBe(words);
		if (reason) expect(found!.reason).toMatch(reason);
	});
});
