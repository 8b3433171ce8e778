/**
 * A zip archive of a few small text files, stored without compression: the data folder's three files in one
 * download. Sixty lines of our own rather than a package, since storing needs only the headers and a CRC-32
 * (PKWARE's APPNOTE 6.3: local headers, the files, a central directory, its end record; names in UTF-8, bit 11).
 */

export interface ZipEntry {
	/** A path inside the archive, "/"-separated: `my-article/events.json`. */
	name: string;
	data: Uint8Array;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

export function crc32(data: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time fields of `date`'s local wall clock (zip stores no time zone), from 1980 on. */
function dosDateTime(date: Date): { time: number; day: number } {
	const year = Math.max(date.getFullYear(), 1980);
	return {
		time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
		day: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate()
	};
}

export function zipFiles(entries: readonly ZipEntry[], modified: Date = new Date()): Uint8Array {
	const { time, day } = dosDateTime(modified);
	const encoder = new TextEncoder();
	const locals: Uint8Array[] = [];
	const centrals: Uint8Array[] = [];
	let offset = 0;
	for (const entry of entries) {
		const name = encoder.encode(entry.name);
		const crc = crc32(entry.data);
		const size = entry.data.length;
		// Version 2.0, flag bit 11 (UTF-8 names), method 0 (stored); the same fields in both headers.
		const common = (view: DataView, at: number) => {
			view.setUint16(at, 20, true);
			view.setUint16(at + 2, 0x0800, true);
			view.setUint16(at + 4, 0, true);
			view.setUint16(at + 6, time, true);
			view.setUint16(at + 8, day, true);
			view.setUint32(at + 10, crc, true);
			view.setUint32(at + 14, size, true);
			view.setUint32(at + 18, size, true);
			view.setUint16(at + 22, name.length, true);
		};
		const local = new Uint8Array(30 + name.length + size);
		const lv = new DataView(local.buffer);
		lv.setUint32(0, 0x04034b50, true);
		common(lv, 4);
		local.set(name, 30);
		local.set(entry.data, 30 + name.length);
		const central = new Uint8Array(46 + name.length);
		const cv = new DataView(central.buffer);
		cv.setUint32(0, 0x02014b50, true);
		cv.setUint16(4, 20, true);
		common(cv, 6);
		cv.setUint32(42, offset, true);
		central.set(name, 46);
		locals.push(local);
		centrals.push(central);
		offset += local.length;
	}
	const directorySize = centrals.reduce((sum, c) => sum + c.length, 0);
	const end = new Uint8Array(22);
	const ev = new DataView(end.buffer);
	ev.setUint32(0, 0x06054b50, true);
	ev.setUint16(8, entries.length, true);
	ev.setUint16(10, entries.length, true);
	ev.setUint32(12, directorySize, true);
	ev.setUint32(16, offset, true);
	const archive = new Uint8Array(offset + directorySize + end.length);
	let at = 0;
	for (const part of [...locals, ...centrals, end]) {
		archive.set(part, at);
		at += part.length;
	}
	return archive;
}
