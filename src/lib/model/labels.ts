import type { Category } from './vocabulary.ts';

/** How categories read in the interface; the README documents what each one covers. */
export const CATEGORY_LABELS: Record<Category, string> = {
	diplomacy: 'Diplomacy',
	military: 'Military',
	energy: 'Energy',
	economy: 'Economy',
	sanctions: 'Sanctions',
	multilateral: 'Multilateral',
	'domestic-politics': 'Domestic politics',
	sport: 'Sport'
};
