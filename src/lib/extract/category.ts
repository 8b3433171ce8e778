/**
 * A category for each drafted item, by keywords, from the categories of the format's first version
 * (`model/vocabulary.ts`), and the categories the draft declares: those its items use, in that list's order. A
 * sentence that matches no keyword takes the article's most common category; an article that matches none takes
 * the list's first. The reviewer renames, adds or merges categories in the draft's `categories`.
 */
import type { Category } from '../model/schema.ts';
import { FORMAT_1_CATEGORIES, type Format1Category } from '../model/vocabulary.ts';

const CATEGORIES = FORMAT_1_CATEGORIES.map((category) => category.id);

const KEYWORDS: Readonly<Record<Format1Category, RegExp>> = {
	diplomacy: /\b(?:visits?|visited|talks|meetings?|met|calls?|diplomat\w*|ambassadors?|envoys?|relations|partnership|treaty|declaration|counterpart|foreign minist\w*)\b/gi,
	military: /\b(?:wars?|invasion|invad\w*|troops|army|armies|military|missiles?|weapons?|attacks?|navy|naval|soldiers|defen[cs]e|nuclear|bomb\w*|ceasefire|conflict|maneuvers|manoeuvres|exercises)\b/gi,
	energy: /\b(?:gas|oil|pipelines?|energy|electricity|power stations?|power plants?|coal|solar|wind farms?|hydrocarbons|fuel|LNG)\b/gi,
	economy: /\b(?:trade|econom\w*|markets?|shares|revenue|sales|profits?|prices?|inflation|budgets?|tax|taxes|banks?|invest\w*|jobs|compan(?:y|ies)|firms?|currency|financ\w*|costs?|funds?|loans?|tolls|cargo|recall\w*)\b/gi,
	sanctions: /\b(?:sanction\w*|embargo\w*)\b/gi,
	// Case matters for the acronyms (not "un", "eu"), not for the words that open a sentence or a name.
	multilateral: /\b(?:[Ss]ummits?|G-?20|G-?7|SCO|BRICS|United Nations|UN|Security Council|NATO|European Union|EU|WTO|IMF|World Bank|OPEC|ASEAN|[Rr]esolution)\b/g,
	'domestic-politics': /\b(?:parliament\w*|elections?|council\w*|government|ministers?|vot(?:e|es|ed|ing)|referendum|laws?|bills?|courts?|mayors?|part(?:y|ies)|congress|senate|legislat\w*|regulators?)\b/gi,
	sport: /\b(?:matches|league|championships?|tournaments?|cup|olympic\w*|marathons?|races?|goals|teams?|clubs?|players|coach\w*|medals?|trophy|stadium|runners)\b/gi
};

/** The category of each sentence, in the order given. */
export function draftCategories(sentences: readonly string[]): Format1Category[] {
	const best = sentences.map((sentence) => {
		let chosen: Format1Category | null = null;
		let most = 0;
		for (const category of CATEGORIES) {
			const count = sentence.match(KEYWORDS[category])?.length ?? 0;
			if (count > most) [chosen, most] = [category, count];
		}
		return chosen;
	});
	const counts = new Map<Format1Category, number>();
	for (const category of best) if (category !== null) counts.set(category, (counts.get(category) ?? 0) + 1);
	const common = [...counts].sort((a, b) => b[1] - a[1] || CATEGORIES.indexOf(a[0]) - CATEGORIES.indexOf(b[0]))[0]?.[0] ?? FORMAT_1_CATEGORIES[0].id;
	return best.map((category) => category ?? common);
}

/** The declaration of the categories `used`, in the list's order, labelled as in the format's first version. */
export function declaredCategories(used: Iterable<string>): Category[] {
	const ids = new Set(used);
	return FORMAT_1_CATEGORIES.filter(({ id }) => ids.has(id)).map(({ id, label }) => ({ id, label }));
}
