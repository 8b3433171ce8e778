/**
 * The annotated corpus of `tests/fixtures/extract/` (see docs/extract-annotation.md), read for the eval and the
 * tests: each gold entry's span is found by searching its words, as a whole word, after the previous entry.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scored } from '../src/lib/extract/evaluate.ts';

export const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/fixtures/extract');

export interface CorpusArticle {
	name: string;
	/** `development`: the rules were written with it in view; `held-out`: annotated and kept apart from the rules. */
	set: 'development' | 'held-out';
	file: string;
	text: string;
	published: string;
	gold: Scored[];
}

interface GoldFile {
	article?: string;
	published: string;
	expressions: { text: string; value: string; qualifier?: string }[];
}

export function readCorpus(): CorpusArticle[] {
	const read = (folder: string, set: CorpusArticle['set']) =>
		readdirSync(folder)
			.filter((name) => name.endsWith('.gold.json'))
			.sort()
			.map((name) => readArticle(join(folder, name), set));
	return [...read(CORPUS, 'development'), ...read(join(CORPUS, 'held-out'), 'held-out')];
}

function readArticle(goldFile: string, set: CorpusArticle['set']): CorpusArticle {
	const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldFile;
	const file = gold.article ? resolve(dirname(goldFile), gold.article) : goldFile.replace(/\.gold\.json$/, '.txt');
	const text = readFileSync(file, 'utf8');
	let from = 0;
	const spans = gold.expressions.map((entry) => {
		const start = findWord(text, entry.text, from);
		if (start < 0) throw new Error(`${goldFile}: "${entry.text}" does not occur as a whole word after position ${from}`);
		from = start + entry.text.length;
		return { start, end: from, ...entry };
	});
	return { name: goldFile.slice(CORPUS.length + 1).replace(/\.gold\.json$/, ''), set, file, text, published: gold.published, gold: spans };
}

function findWord(text: string, words: string, from: number): number {
	for (let at = text.indexOf(words, from); at >= 0; at = text.indexOf(words, at + 1)) {
		const before = text[at - 1] ?? ' ';
		const after = text[at + words.length] ?? ' ';
		if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return at;
	}
	return -1;
}
