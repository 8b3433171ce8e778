import { describe, expect, it } from 'vitest';
import { overClaims, proposedEvents, rates, scoreExpressions, totalScore } from './evaluate.ts';

const span = (start: number, end: number, value: string, qualifier?: string) => ({ start, end, text: `${start}-${end}`, value, ...(qualifier ? { qualifier } : {}) });

describe('scoreExpressions', () => {
	it('counts relaxed and strict matches, right values, misses and spurious finds', () => {
		const gold = [span(0, 10, '2020'), span(20, 30, '2021-03', 'early'), span(40, 45, '2022')];
		const found = [span(0, 10, '2020'), span(18, 30, '2021-03'), span(50, 55, '2023')];
		const score = scoreExpressions(gold, found);
		expect([score.gold, score.found, score.relaxed, score.strict, score.valueRight]).toEqual([3, 3, 2, 1, 1]);
		expect(score.missed.map((m) => m.value)).toEqual(['2022']);
		expect(score.spurious.map((m) => m.value)).toEqual(['2023']);
		expect(score.wrongValues.map((w) => w.found.value)).toEqual(['2021-03']);
		const r = rates(score);
		expect([r.relaxedRecall, r.relaxedPrecision, r.strictRecall, r.valueAccuracy]).toEqual([2 / 3, 2 / 3, 1 / 3, 1 / 2]);
	});

	it('pairs each found expression with one gold expression only, preferring the exact span', () => {
		const score = scoreExpressions([span(0, 5, '2020'), span(6, 10, '2021')], [span(0, 10, '2020'), span(6, 10, '2021')]);
		expect([score.relaxed, score.strict]).toEqual([2, 1]);
	});

	it('adds scores up', () => {
		const a = scoreExpressions([span(0, 4, '2020')], [span(0, 4, '2020')]);
		const b = scoreExpressions([span(0, 4, '2020')], []);
		const total = totalScore([a, b]);
		expect([total.gold, total.found, total.relaxed, total.missed.length]).toEqual([2, 1, 1, 1]);
	});
});

describe('overClaims', () => {
	it.each<[string, string, boolean]>([
		['2022-02-28', '2022-02', true],
		['2023-03', '2023-21', true],
		['2024-11-07', '[2024-11-04..2024-11-10]', true],
		['2026', '[..2026]', true],
		['2022-02', '2022-02~', true],
		['2021', '2021?', true],
		['[2023-03..2023-05]', '2023-21', false],
		['2024-02', '2024-03', false],
		['2023-03', '2024-02', false],
		['[1950..1959]', '1950/..', true],
		['2022-02', '2022-02', false],
		['-0043', '-0043~', true]
	])('%s for gold %s: %s', (found, gold, expected) => {
		expect(overClaims(found, gold)).toBe(expected);
	});

	it('refuses text that is not the extractor’s EDTF', () => {
		expect(() => overClaims('spring 2023', '2023-21')).toThrow(/cannot compare/);
	});
});

describe('proposedEvents', () => {
	it('finds, per dataset event, a drafted event whose passage and date overlap it', () => {
		const dataset = [
			{ id: 'a', date: '2022-02', passages: [{ start: 0, end: 10 }] },
			{ id: 'b', date: '2022-02-24/..', passages: [{ start: 20, end: 30 }] },
			{ id: 'c', date: '2020', passages: [{ start: 40, end: 50 }] }
		];
		const drafted = [
			{ id: 'x', date: '2022-02-28', passages: [{ start: 5, end: 15 }] },
			{ id: 'y', date: '2023', passages: [{ start: 25, end: 35 }] },
			{ id: 'z', date: '2020', passages: [{ start: 60, end: 70 }] }
		];
		const found = proposedEvents(dataset, drafted);
		expect([...found].map(([id, d]) => [id, d?.id ?? null])).toEqual([
			['a', 'x'],
			['b', 'y'],
			['c', null]
		]);
	});
});
