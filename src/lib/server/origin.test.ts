import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_ORIGIN, readSiteOrigin } from './origin.ts';

describe('readSiteOrigin', () => {
	it('defaults to the local server', () => {
		expect(readSiteOrigin(undefined)).toBe(DEFAULT_SITE_ORIGIN);
		expect(readSiteOrigin('  ')).toBe('http://localhost:4173');
	});

	it('keeps an origin and drops a trailing slash', () => {
		expect(readSiteOrigin('https://timelines.example.org/')).toBe('https://timelines.example.org');
		expect(readSiteOrigin('https://Timelines.Example.org:8443')).toBe('https://timelines.example.org:8443');
	});

	it('rejects what is not an http(s) origin', () => {
		expect(() => readSiteOrigin('timelines.example.org')).toThrow(/absolute/);
		expect(() => readSiteOrigin('ftp://example.org')).toThrow(/http/);
		expect(() => readSiteOrigin('https://example.org/timelines')).toThrow(/no path/);
	});
});
