import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32, zipFiles } from './zip.ts';

const dir = mkdtempSync(join(tmpdir(), 'sourceline-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The archive as Python's zipfile reads it (an independent reader that checks every CRC): names, dates, texts. */
function readWithPython(archive: Uint8Array) {
	const file = join(dir, `a${Math.random().toString(36).slice(2)}.zip`);
	writeFileSync(file, archive);
	const script = `import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
print(json.dumps({"bad": bad, "files": [[i.filename, list(i.date_time), i.compress_type, z.read(i).decode("utf-8")] for i in z.infolist()]}))`;
	const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
	if (run.status !== 0) throw new Error(run.stderr);
	return JSON.parse(run.stdout) as { bad: string | null; files: [string, number[], number, string][] };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('zipFiles', () => {
	it('writes an archive another reader opens, every file intact, names in UTF-8, stored', () => {
		const files = [
			['my-article/article.meta.json', '{\n  "title": "Ein Café"\n}\n'],
			['my-article/events.json', '{ "events": [] }\n'],
			['my-article/article.txt', 'Cafe\u0301 owners 👩‍🍳 complained; مرحبا\r\n'],
			['my-article/empty.txt', ''],
			['ünïcödé/名前.txt', 'x']
		] as const;
		const read = readWithPython(zipFiles(files.map(([name, text]) => ({ name, data: bytes(text) })), new Date(2024, 5, 1, 13, 45, 30)));
		expect(read.bad).toBeNull();
		expect(read.files).toStrictEqual(files.map(([name, text]) => [name, [2024, 6, 1, 13, 45, 30], 0, text]));
	});

	it('writes an empty archive', () => {
		expect(readWithPython(zipFiles([]))).toStrictEqual({ bad: null, files: [] });
	});

	it.each([
		['', 0],
		['a', 0xe8b7be43],
		['123456789', 0xcbf43926],
		['The quick brown fox jumps over the lazy dog', 0x414fa339]
	])('CRC-32 of %j is the standard check value', (text, crc) => {
		expect(crc32(bytes(text))).toBe(crc);
	});
});
