/**
 * Reading a progress file a learner imports. Apart from parse.ts so that only the
 * progress page, which imports files, pays for it.
 */
import { time, type ProgressRecord } from './format.ts';
import { parseProgress } from './parse.ts';

/** The largest progress file import accepts: a real record is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** How far ahead of this browser's clock an imported moment may be (another device's clock may run fast). */
const CLOCK_SLACK_MS = 86_400_000;

/**
 * Reads a progress file a learner imports (format 1 or 2). Stricter than reading storage:
 * any entry that is not valid, or a moment later than tomorrow, rejects the whole file,
 * with a message saying what is wrong.
 */
export function parseImport(text: string, now: Date = new Date()): { ok: true; record: ProgressRecord } | { ok: false; message: string } {
	const reject = (why: string) => ({ ok: false as const, message: `This file cannot be imported: ${why} Your current progress is unchanged.` });
	if (text.length > MAX_IMPORT_BYTES) return reject('it is far larger than a Crosstrain progress file.');
	if (text.trim() === '') return reject('it is empty.');
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return reject('it is not a JSON file.');
	}
	const result = parseProgress(json);
	if (!result.ok) return reject(result.message);
	const bad = Object.keys(result.dropped ?? {})[0];
	if (bad !== undefined) {
		const slug = bad.startsWith('modules/') ? bad.slice('modules/'.length) : undefined;
		return reject(slug === undefined ? `its “${bad.slice(0, 60)}” entry is not valid.` : `the entry for module “${slug.slice(0, 60)}” is not a valid progress entry.`);
	}
	// Every moment the record holds, but not when reviews fall due: those lie ahead by design.
	const moments = JSON.stringify(result.record, (key, value: unknown) => (key === 'due' ? undefined : value)).match(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g);
	const future = moments?.find((moment) => time(moment) > now.getTime() + CLOCK_SLACK_MS);
	if (future !== undefined) return reject(`it records a moment in the future (${future}).`);
	return { ok: true, record: result.record };
}
