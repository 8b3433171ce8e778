import { describe, expect, it } from 'vitest';
import { asRecord, isRecord } from './record.ts';

describe('isRecord and asRecord', () => {
	const object = { a: 1 };
	it.each([
		['an object', object, true],
		['an empty object', {}, true],
		['an object without a prototype', Object.create(null), true],
		['null', null, false],
		['an array', [1], false],
		['an empty array', [], false],
		['a string', 'a', false],
		['a number', 1, false],
		['a boolean', true, false],
		['undefined', undefined, false]
	])('%s', (_name, value, record) => {
		expect(isRecord(value)).toBe(record);
		expect(asRecord(value)).toBe(record ? value : undefined);
	});
});
