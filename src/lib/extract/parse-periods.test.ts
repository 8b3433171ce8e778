import { describe, expect, it } from 'vitest';
import { foundExpressions as found } from '../../../tests/fixtures/found-expressions.ts';


describe('parse-periods: decades and centuries written in digits', () => {
	it.each<[string, string[]]>([
		['In the 1990s it grew.', ['the 1990s → [1990..1999]']],
		// "the 2000s" is the decade; a round hundred before 2000 is a century.
		['In the 2000s it grew.', ['the 2000s → [2000..2009]']],
		['In the 1900s it grew.', ['the 1900s → [1900..1999]']],
		['The 1990s were calm.', ['The 1990s → [1990..1999]']],
		['Sales of (1990s) models fell.', ['1990s → [1990..1999]']],
		// A decade is four digits and a round ten.
		['In the 1845s it grew.', []],
		['In the 990s it grew.', []],
		// Part of a code, not a decade.
		['Model-1990s cars.', []],
		['In the 30th century it grew.', ['the 30th century → [2901..3000]']],
		['In the 31st century it grew.', []],
		['In the 0th century it grew.', []],
		// A century needs an ordinal.
		['In the 19 century it grew.', []],
		['An 8th-century BC temple.', ['8th-century BC → [-0799..-0700]']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('parse-periods: centuries in words', () => {
	it.each<[string, string[]]>([
		['In the twentieth century it grew.', ['the twentieth century → [1901..2000]']],
		['In the twentieth\n\ncentury it grew.', []],
		['In the twentieth-\n\ncentury it grew.', []]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('parse-periods: quarters and halves', () => {
	it.each<[string, string[]]>([
		['Q1 sales rose.', ['Q1 → [2024-01..2024-03]']],
		['Q4 sales rose.', ['Q4 → [2024-10..2024-12]']],
		['Q0 sales rose.', []],
		['Q5 sales rose.', []],
		['Print it on A3 paper.', []],
		['In the 2nd quarter of 2023 it rose.', ['the 2nd quarter of 2023 → [2023-04..2023-06]']],
		['In the last quarter of 2023 it rose.', ['the last quarter of 2023 → [2023-10..2023-12]']],
		['In the final half of 2023 it rose.', ['the final half of 2023 → [2023-07..2023-12]']],
		// No such part: the year alone is left.
		['In the third half of 2023 it rose.', ['2023 → 2023']],
		['In the fifth quarter of 2023 it rose.', ['2023 → 2023']],
		['In the 0th quarter of 2023 it rose.', ['2023 → 2023']],
		['Sales fell in the other half of 2023.', ['2023 → 2023']],
		// Only an ordinal counts parts: not a plain number, not a decade-like "1s".
		['In the 2 quarter of 2023 it rose.', ['2023 → 2023']],
		['In the 1s half of 2023 it rose.', ['2023 → 2023']],
		['It posted a first-quarter 2024 loss.', ['first-quarter 2024 → [2024-01..2024-03]']],
		['It reported the first-quarter 2024 loss.', ['the first-quarter 2024 → [2024-01..2024-03]']],
		// Quarters in the plural are not one date.
		['Their Q2s were strong.', []],
		['Its first-half 2023 results were poor.', ['first-half 2023 → [2023-01..2023-06]']],
		['In the first half, 2023 it rose.', ['the first half, 2023 → [2023-01..2023-06]']],
		['The first half of 2023 was calm.', ['The first half of 2023 → [2023-01..2023-06]']],
		['The first\n\nquarter of 2024 was calm.', ['2024 → 2024']],
		// A fiscal quarter or half is the company's months, not the calendar's: no date.
		['Profit rose in its fiscal fourth quarter.', []],
		['Fiscal Q4 sales and financial first-half sales rose.', []],
		['In the fiscal second half it rose.', []],
		['Revenue in Q3 FY25 rose, and in Q4 fiscal 2025.', []],
		// A half written H1 or H2 needs its year ("H2" alone is hydrogen).
		['Revenue in H1 2025 rose.', ['H1 2025 → [2025-01..2025-06]']],
		['H2 2024 profit fell.', ['H2 2024 → [2024-07..2024-12]']],
		['H2 fuel cells sold well.', []],
		['In H3 2025 it rose.', []]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('parse-periods: a part of a year not written in digits (published Thursday 14 November 2024)', () => {
	it.each<[string, string[]]>([
		['In the first quarter of last year it rose.', ['the first quarter of last year → [2023-01..2023-03]']],
		['In the second half of next year it will rise.', ['the second half of next year → [2025-07..2025-12]']],
		['In the first half of this year it rose.', ['the first half of this year → [2024-01..2024-06]']],
		// A quarter alone is this year's latest (past tense); a half alone is not a date.
		['In the second quarter, it rose.', ['the second quarter → [2024-04..2024-06]']],
		['In the second half, it rose.', []],
		['A strong first quarter made the year.', ['first quarter → [2024-01..2024-03]']],
		['Sales fell in the first quarter,', ['the first quarter → [2024-01..2024-03]']],
		['In the first quarter of the match it rained.', []],
		['Sales peak in the first quarter of each year.', []]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('parse-periods: "the" and the text around it', () => {
	it.each<[string, string[]]>([
		['Ask the', []],
		// No expression runs on over a paragraph break, and one may open a paragraph.
		['It ended in the\n\n1990s.', ['1990s → [1990..1999]']],
		['Intro.\n\n1990s Europe was calm.', ['1990s → [1990..1999]']],
		['Intro.\n\nFirst-quarter 2024 sales rose.', ['First-quarter 2024 → [2024-01..2024-03]']],
		['It was the\n\ntwentieth century.', ['twentieth century → [1901..2000]']],
		['It was the\n\nfirst quarter of 2024.', ['first quarter of 2024 → [2024-01..2024-03]']]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});

describe('parse-periods: a week of a month is its days, the first to fourth seven or the last seven', () => {
	// Which of those days is not said: a one-of range. Published Thursday 14 November 2024.
	it.each<[string, string[]]>([
		['It opens in the first week of January.', ['the first week of January → [2025-01-01..2025-01-07]']],
		['It opened in the second week of March 2024.', ['the second week of March 2024 → [2024-03-08..2024-03-14]']],
		['It closed in the last week of June.', ['the last week of June → [2024-06-24..2024-06-30]']],
		['It will close in the final week of February 2028.', ['the final week of February 2028 → [2028-02-23..2028-02-29]']],
		['In the 2nd week of April 2025 it rained.', ['the 2nd week of April 2025 → [2025-04-08..2025-04-14]']],
		// A month has no fifth whole week; a week of something else is no date.
		['The fifth week of March 2024 was odd.', ['March 2024 → 2024-03']],
		['The first week of the trial was long.', []]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});
