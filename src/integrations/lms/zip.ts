/**
 * Zips that are byte-identical whenever their files are: entries sorted by path, one
 * fixed timestamp, one compression level. An L&D admin can then tell from a checksum
 * whether a package really changed.
 */
import { zipSync, type Zippable } from 'fflate';

/**
 * The time stamped on every entry. Zip stores local date and time fields, and fflate
 * fills them from a Date's local fields, so a Date built from local fields gives the same
 * bytes in every time zone.
 */
const STAMP = new Date(2000, 0, 1, 0, 0, 0);

export function reproducibleZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
	const entries: Zippable = {};
	for (const path of [...files.keys()].sort()) entries[path] = [files.get(path)!, { mtime: STAMP, level: 9 }];
	return zipSync(entries);
}
