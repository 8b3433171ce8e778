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

	it('prefers the found expression with exactly the gold span, over one that only starts or ends with it', () => {
		const found = [span(0, 10, '2021'), span(6, 12, '2021'), span(6, 10, '2021')];
		const score = scoreExpressions([span(6, 10, '2021')], found);
		expect(score.strict).toBe(1);
		expect(score.spurious).toEqual([found[0], found[1]]);
	});

	it('pairs only spans that share a character: touching ones are a miss and a spurious find', () => {
		for (const found of [span(5, 10, '2020'), span(0, 5, '2020'), span(12, 15, '2020')]) {
			const gold = found.start === 0 ? span(5, 10, '2020') : span(0, 5, '2020');
			const score = scoreExpressions([gold], [found]);
			expect([score.relaxed, score.missed, score.spurious]).toEqual([0, [gold], [found]]);
		}
	});

	it('counts a value right only when the value and the qualifier both match', () => {
		const gold = [span(0, 4, '2022'), span(10, 20, '2021', 'late'), span(30, 40, '2020', 'early')];
		const found = [span(0, 4, '2023'), span(10, 20, '2021', 'early'), span(30, 40, '2020', 'early')];
		const score = scoreExpressions(gold, found);
		expect(score.valueRight).toBe(1);
		expect(score.wrongValues).toEqual([
			{ gold: gold[0], found: found[0] },
			{ gold: gold[1], found: found[1] }
		]);
	});

	it('lists the over-claims: a matched value narrower than the gold, or without its mark', () => {
		const gold = [span(0, 8, '2022-02'), span(10, 20, '2023'), span(30, 40, '2021~')];
		const found = [span(0, 8, '2022-02-28'), span(10, 20, '2023'), span(30, 40, '2021')];
		expect(scoreExpressions(gold, found).overClaims).toEqual([
			{ gold: gold[0], found: found[0] },
			{ gold: gold[2], found: found[2] }
		]);
	});

	it('adds scores up', () => {
		const a = scoreExpressions([span(0, 4, '2020'), span(10, 14, '2021')], [span(0, 4, '2020'), span(10, 12, '2022-03-01')]);
		const b = scoreExpressions([span(0, 4, '2020')], [span(6, 8, '2019')]);
		const total = totalScore([a, b]);
		expect([total.gold, total.found, total.relaxed, total.strict, total.valueRight, total.missed.length]).toEqual([3, 3, 2, 1, 1, 1]);
		expect(total.overClaims).toEqual(a.overClaims);
		expect(total.overClaims).toHaveLength(1);
		expect(total.wrongValues).toEqual(a.wrongValues);
		expect(total.spurious).toEqual([span(6, 8, '2019')]);
	});

	it('rates nothing as 0, not as a division by zero', () => {
		expect(rates(scoreExpressions([], []))).toEqual({ relaxedRecall: 0, relaxedPrecision: 0, strictRecall: 0, strictPrecision: 0, valueAccuracy: 0 });
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
		['-0043', '-0043~', true],
		['2021?', '2021?', false],
		// A span is marked when either end is.
		['2022-02-24/..', '2022-02-24?/..', true],
		['2022-02-24?/..', '2022-02-24?/..', false]
	])('%s for gold %s: %s', (found, gold, expected) => {
		expect(overClaims(found, gold)).toBe(expected);
	});

	it('refuses text that is not the extractor’s EDTF', () => {
		expect(() => overClaims('spring 2023', '2023-21')).toThrow(/cannot compare/);
		expect(() => overClaims('2023-21', 'spring 2023')).toThrow(/cannot compare "2023-21" with "spring 2023"/);
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

	it('needs a passage and a day in common: touching passages or dates a day apart are not the same event', () => {
		const dataset = [{ id: 'feb', date: '2022-02', passages: [{ start: 0, end: 10 }] }];
		const proposes = (date: string, passages: { start: number; end: number }[]) => proposedEvents(dataset, [{ id: 'd', date, passages }]).get('feb')?.id ?? null;
		expect(proposes('2022-02-01', [{ start: 9, end: 12 }])).toBe('d');
		expect(proposes('2022-02-28', [{ start: 20, end: 30 }, { start: 0, end: 2 }])).toBe('d');
		expect(proposes('2022-01-31', [{ start: 0, end: 10 }])).toBeNull();
		expect(proposes('2022-03-01', [{ start: 0, end: 10 }])).toBeNull();
		expect(proposes('2022-02-10', [{ start: 10, end: 20 }])).toBeNull();
		expect(proposedEvents([{ id: 'late', date: '2022-02', passages: [{ start: 10, end: 20 }] }], [{ id: 'd', date: '2022-02', passages: [{ start: 0, end: 10 }] }]).get('late')).toBeNull();
	});
});
