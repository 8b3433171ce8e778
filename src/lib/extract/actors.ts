/**
 * Actors for a draft, by one small rule until a person reviews them: the countries a sentence names (by name,
 * demonym or seat of government, from `countries.ts`), in order of first mention; a sentence naming none gets the
 * placeholder `unassigned`, so every drafted item has the actor the format requires and the gap stays visible.
 */
import type { Actor } from '../model/schema.ts';
import { COUNTRY_ROWS } from './countries.ts';

export const UNASSIGNED = 'unassigned';
const UNASSIGNED_ACTOR: Actor = { name: 'Unassigned (draft: name the actors)', kind: 'group' };

const byWords = new Map<string, string>();
const names = new Map<string, string>();
for (const row of COUNTRY_ROWS) {
	const [code, name, words] = row.split('|') as [string, string, string];
	names.set(code, name);
	for (const word of words.split(';')) byWords.set(word, code);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest first, so "South Sudan" wins over "Sudan"; case-sensitive, so "US" is not "us".
const PATTERN = new RegExp(
	`(?<![\\p{L}\\d])(?:${[...byWords.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\d])`,
	'gu'
);

/** The actor keys a sentence names, in order of first mention; `unassigned` when it names none. */
export function actorsIn(sentence: string): string[] {
	const keys = new Set<string>();
	for (const [word] of sentence.matchAll(PATTERN)) keys.add(byWords.get(word)!);
	return keys.size === 0 ? [UNASSIGNED] : [...keys];
}

/** The `actors` entry for a key `actorsIn` returned. */
export function actorFor(key: string): Actor {
	const name = names.get(key);
	return name === undefined ? UNASSIGNED_ACTOR : { name, kind: 'country' };
}
