// Every custom property a style sheet reads (`var(--name)` without a fallback) is set somewhere: in a style sheet,
// a component's <style>, or a `style:--name` directive. A token removed from global.css otherwise fails silently:
// the property falls back to its inherited value and, for a colour, the text simply loses its meaning.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
	.filter((name) => /\.(css|svelte|html)$/.test(name))
	.map((name) => ({ name, text: readFileSync(join(SRC, name), 'utf8') }));

/** The tokens read without a fallback, and the tokens set, in a style sheet's or a component's text. */
function tokens(text: string): { read: string[]; set: string[] } {
	return {
		read: [...text.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)].map((match) => match[1]!),
		set: [...text.matchAll(/(?:^|[\s;{]|style:)(--[\w-]+)\s*[:=]/g)].map((match) => match[1]!)
	};
}

describe('style tokens', () => {
	it.each([
		['a.b { color: var(--ink); }', ['--ink'], []],
		[':root { --ink: #000; }', [], ['--ink']],
		['p { color: var(--ink, red); }', [], []],
		['<p style:--ink={c}>', [], ['--ink']],
		['.x { --c: light-dark(var(--a), var(--b)); }', ['--a', '--b'], ['--c']]
	])('reads and sets in %s', (text, read, set) => {
		expect(tokens(text)).toEqual({ read, set });
	});

	it('reads only tokens that are set somewhere in src/', () => {
		const set = new Set(files.flatMap(({ text }) => tokens(text).set));
		const unset = files.flatMap(({ name, text }) => tokens(text).read.filter((token) => !set.has(token)).map((token) => `${name}: ${token}`));
		expect(files.length).toBeGreaterThan(20);
		expect([...new Set(unset)]).toEqual([]);
	});
});
