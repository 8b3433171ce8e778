/**
 * Files of the format's first version, read as version 2. The versions differ in one thing: version 1 had a closed
 * list of categories and files declared none; since version 2 each dataset declares its own. So a version-1 file is
 * read as declaring version 1's eight (in their order, so they keep their colours), with a warning that says so;
 * nothing else in it is changed, and the input is never modified.
 */
import type { ValidationIssue } from './issues.ts';
import { isRecord } from './record.ts';
import { FORMAT_1_CATEGORIES } from './vocabulary.ts';

export interface Migrated {
	json: unknown;
	issues: ValidationIssue[];
}

const format1Categories = () => FORMAT_1_CATEGORIES.map((category) => ({ ...category }));
const FORMAT_1_IDS = FORMAT_1_CATEGORIES.map((category) => category.id).join(', ');

/** `events.json` without `categories` is a version-1 file. */
export function migrateEventsFile(json: unknown, file: string): Migrated {
	if (!isRecord(json) || Object.hasOwn(json, 'categories')) return { json, issues: [] };
	return {
		json: { ...json, categories: format1Categories() },
		issues: [
			{
				severity: 'warning',
				file,
				field: 'categories',
				message: `is missing, so the file is read as version 1 of the format, whose categories were ${FORMAT_1_IDS}: declare the categories its events use (README, "Categories")`
			}
		]
	};
}

/** A timeline in the public format that says `"version": 1` (and declares no categories, which version 1 had not). */
export function migrateTimeline(json: unknown, file: string): Migrated {
	if (!isRecord(json) || json.version !== 1 || Object.hasOwn(json, 'categories')) return { json, issues: [] };
	return {
		json: { ...json, version: 2, categories: format1Categories() },
		issues: [{ severity: 'warning', file, field: 'version', message: `is 1: read as version 2, declaring version 1's categories (${FORMAT_1_IDS})` }]
	};
}
