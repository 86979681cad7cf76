/**
 * Reading a progress record from storage or from a file. Format 1 records are migrated to
 * format 2 as they are read; a later format is recognised and left alone. Nothing here throws.
 */
import {
	dict,
	emptyRecord,
	isId,
	isObject,
	isReviewKey,
	PROGRESS_VERSION,
	readAssignment,
	readCard,
	readModule,
	readRemoval,
	readLastPath,
	readLearnerName,
	type ProgressRecord,
} from './format.ts';
import { joinAssignments, joinCards } from './merge.ts';

export type ReadResult =
	/** `dropped` holds the malformed parts left out of `record`, by where they were ("modules/<slug>", "review", …). */
	| { ok: true; record: ProgressRecord; dropped?: Record<string, unknown> }
	| { ok: false; reason: 'newer-version' | 'invalid'; message: string };

/**
 * Reads a progress record from parsed JSON. Malformed entries are left out one by one, so
 * one bad entry never costs the rest; `dropped` says what was left out, for a copy.
 */
export function parseProgress(value: unknown): ReadResult {
	if (!isObject(value)) return { ok: false, reason: 'invalid', message: 'expected a JSON object.' };
	const { version, modules } = value;
	if (typeof version === 'number' && version > PROGRESS_VERSION) {
		return { ok: false, reason: 'newer-version', message: `it was written by a newer version of Crosstrain (format ${version}).` };
	}
	if (version !== 1 && version !== PROGRESS_VERSION) return { ok: false, reason: 'invalid', message: `expected "version": ${PROGRESS_VERSION}.` };
	if (!isObject(modules)) return { ok: false, reason: 'invalid', message: 'expected "modules" to be an object.' };
	const dropped = dict<unknown>();
	/**
	 * The entries of `container` (an object's, or an array's when `list`) that `read` accepts,
	 * in a prototype-less object so "__proto__" is just a key; the rest go to `dropped` under `where`.
	 */
	const keep = <T>(where: string, container: unknown, read: (entry: unknown, key: string) => T | undefined, list = false): Record<string, T> => {
		const kept = dict<T>();
		if (container !== undefined && (list ? !Array.isArray(container) : !isObject(container))) dropped[where] = container;
		else {
			for (const [key, entry] of Object.entries(container ?? {})) {
				const read_ = read(entry, key);
				if (read_ === undefined) dropped[where ? `${where}/${key}` : key] = entry;
				else kept[key] = read_;
			}
		}
		return kept;
	};
	const record = emptyRecord();
	record.modules = keep('modules', modules, (entry, slug) => (isId(slug) ? readModule(entry, version === 1) : undefined));
	if (version === PROGRESS_VERSION) {
		const removals = (where: string, isKey: (key: string) => boolean) => (entry: unknown) => keep(where, entry, (at, key) => (isKey(key) ? readRemoval(at) : undefined));
		const removed = keep('removed', value.removed, (entry, key) =>
			key === 'assignments' ? removals('removed/assignments', isId)(entry) : key === 'review' ? removals('removed/review', isReviewKey)(entry) : undefined,
		);
		record.removed = { assignments: removed.assignments ?? dict(), review: removed.review ?? dict() };
		record.assignments = joinAssignments(Object.values(keep('assignments', value.assignments, readAssignment, true)), record.removed.assignments);
		record.review = joinCards(keep('review', value.review, readCard), dict(), record.removed.review);
		const fields = keep('', { lastPath: value.lastPath, learnerName: value.learnerName, resetAt: value.resetAt }, (entry, field) =>
			entry === undefined ? null : field === 'lastPath' ? readLastPath(entry) : field === 'learnerName' ? readLearnerName(entry) : readRemoval(entry),
		);
		for (const [field, entry] of Object.entries(fields)) if (entry !== null) Object.assign(record, { [field]: entry });
	}
	return Object.keys(dropped).length > 0 ? { ok: true, record, dropped } : { ok: true, record };
}
