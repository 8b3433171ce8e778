/** How many times each key occurs, counted in one pass: for filters' counts and lanes' sizes. */
export function countBy<K>(keys: Iterable<K>): Map<K, number> {
	const counts = new Map<K, number>();
	for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
	return counts;
}
