/**
 * Scores found expressions against a hand-written gold list, as TempEval-3 does: a relaxed match overlaps a gold
 * span, a strict one has exactly its start and end; value accuracy counts matched spans whose value and qualifier
 * are both right. An over-claim is a matched value that says more than the gold: narrower by more than the months'
 * own differences (10%: a 28-day February against a 31-day month), or without the gold's ~ or ? mark.
 */
import { edtfBounds, parseEdtf } from '../dates/edtf.ts';
import { type Value, parseValue, valueDays } from './values.ts';

export interface Scored {
	start: number;
	end: number;
	text: string;
	value: string;
	qualifier?: string;
}

export interface OverClaim {
	gold: Scored;
	found: Scored;
}

export interface Score {
	gold: number;
	found: number;
	relaxed: number;
	strict: number;
	/** Matched (relaxed) spans with the right value and qualifier. */
	valueRight: number;
	overClaims: OverClaim[];
	/** Gold expressions nothing overlapped, and found ones that overlap no gold expression. */
	missed: Scored[];
	spurious: Scored[];
	wrongValues: OverClaim[];
}

const overlaps = (a: Scored, b: Scored) => a.start < b.end && b.start < a.end;

export function scoreExpressions(gold: readonly Scored[], found: readonly Scored[]): Score {
	const used = new Set<number>();
	const pairs: [Scored, Scored][] = [];
	const missed: Scored[] = [];
	for (const g of gold) {
		const candidates = found.map((f, i) => [f, i] as const).filter(([f, i]) => !used.has(i) && overlaps(f, g));
		const chosen = candidates.find(([f]) => f.start === g.start && f.end === g.end) ?? candidates[0];
		if (chosen === undefined) missed.push(g);
		else {
			used.add(chosen[1]);
			pairs.push([g, chosen[0]]);
		}
	}
	const right = pairs.filter(([g, f]) => g.value === f.value && (g.qualifier ?? '') === (f.qualifier ?? ''));
	return {
		gold: gold.length,
		found: found.length,
		relaxed: pairs.length,
		strict: pairs.filter(([g, f]) => g.start === f.start && g.end === f.end).length,
		valueRight: right.length,
		overClaims: pairs.filter(([g, f]) => overClaims(f.value, g.value)).map(([g, f]) => ({ gold: g, found: f })),
		missed,
		spurious: found.filter((_, i) => !used.has(i)),
		wrongValues: pairs.filter((pair) => !right.includes(pair)).map(([g, f]) => ({ gold: g, found: f }))
	};
}

/** Whether `found` claims more precision than `gold` (both in the extractor's EDTF). */
export function overClaims(found: string, gold: string): boolean {
	const [f, g] = [parseValue(found), parseValue(gold)];
	if (f === null || g === null) throw new Error(`cannot compare "${found}" with "${gold}": not EDTF the extractor writes`);
	return width(f) < width(g) * 0.9 || (marked(g, 'approximate') && !marked(f, 'approximate')) || (marked(g, 'uncertain') && !marked(f, 'uncertain'));
}

function width(value: Value): number {
	const { first, last } = valueDays(value);
	return first === null || last === null ? Infinity : last - first + 1;
}

const marked = (value: Value, mark: 'approximate' | 'uncertain') =>
	(value.kind === 'point' ? [value.point] : [value.start, value.end]).some((p) => p?.[mark] === true);

/** Sums of several scores, for the whole corpus. */
export function totalScore(scores: readonly Score[]): Score {
	const sum = (key: 'gold' | 'found' | 'relaxed' | 'strict' | 'valueRight') => scores.reduce((n, s) => n + s[key], 0);
	return {
		gold: sum('gold'),
		found: sum('found'),
		relaxed: sum('relaxed'),
		strict: sum('strict'),
		valueRight: sum('valueRight'),
		overClaims: scores.flatMap((s) => s.overClaims),
		missed: scores.flatMap((s) => s.missed),
		spurious: scores.flatMap((s) => s.spurious),
		wrongValues: scores.flatMap((s) => s.wrongValues)
	};
}

/** Recall, precision and value accuracy as fractions (0 when there is nothing to divide by). */
export function rates(score: Score) {
	const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
	return {
		relaxedRecall: ratio(score.relaxed, score.gold),
		relaxedPrecision: ratio(score.relaxed, score.found),
		strictRecall: ratio(score.strict, score.gold),
		strictPrecision: ratio(score.strict, score.found),
		valueAccuracy: ratio(score.valueRight, score.relaxed)
	};
}

interface Dated {
	id: string;
	date: string;
	passages: readonly { start: number; end: number }[];
}

/**
 * Which events of a finished dataset a draft proposes: a drafted event whose passage overlaps one of the event's
 * passages and whose date overlaps the event's date (both in the app's format). Returns, per dataset event, the
 * drafted event that proposes it, or null.
 */
export function proposedEvents(dataset: readonly Dated[], drafted: readonly Dated[]): Map<string, Dated | null> {
	const bounds = (date: string) => {
		const { earliest, latest } = edtfBounds(parseEdtf(date));
		return [earliest ?? -Infinity, latest ?? Infinity] as const;
	};
	const overlapping = (a: readonly { start: number; end: number }[], b: readonly { start: number; end: number }[]) =>
		a.some((p) => b.some((q) => p.start < q.end && q.start < p.end));
	return new Map(
		dataset.map((event) => {
			const [first, last] = bounds(event.date);
			const proposal = drafted.find((d) => {
				const [f, l] = bounds(d.date);
				return overlapping(d.passages, event.passages) && f <= last && first <= l;
			});
			return [event.id, proposal ?? null];
		})
	);
}
