import { describe, expect, it } from 'vitest';
import { UNASSIGNED, actorFor, actorsIn } from './actors.ts';

describe('actorsIn: the countries a sentence names, in order', () => {
	it.each<[string, string[]]>([
		['Putin signed an agreement with Xi to increase Russian gas exports to China.', ['RU', 'CN']],
		['Beijing and Moscow held talks; the Kremlin said so.', ['CN', 'RU']],
		['The U.S. and the UK warned Kyiv.', ['US', 'GB', 'UA']],
		['South Sudan and Sudan met in Côte d’Ivoire.', ['SS', 'SD', 'CI']],
		['Jordanian troops; Michael Jordan; Georgia on my mind.', ['JO']],
		['Let us meet the council in Millford.', [UNASSIGNED]],
		['The Chinese company Huawei builds networks for China.', ['CN']],
		// The longest name wins where a shorter one starts it: Guinea-Bissau is not Guinea, French Polynesia not France.
		['Guinea-Bissau voted; French Polynesia abstained.', ['GW', 'PF']]
	])('%s', (sentence, expected) => {
		expect(actorsIn(sentence)).toEqual(expected);
	});
});

describe('actorFor', () => {
	it('names a country by its short name, and the placeholder as a group to assign', () => {
		expect(actorFor('RU')).toEqual({ name: 'Russia', kind: 'country' });
		expect(actorFor('US')).toEqual({ name: 'United States', kind: 'country' });
		expect(actorFor(UNASSIGNED).kind).toBe('group');
	});
});
