/**
 * The learner's progress, kept in the browser as one versioned record (format 2; format 1
 * is migrated on read). The format and its checks are in progress/format.ts, the merge
 * rules that keep two tabs' writes in progress/merge.ts, reading in progress/parse.ts and
 * the store in progress/store.ts; this is the entry the rest of the site imports.
 */
import { STORAGE_KEY } from './progress/format.ts';
import { createProgressStore, type ProgressStore } from './progress/store.ts';

export {
	isDay,
	isTimestamp,
	MAX_ATTEMPTS,
	MAX_NAME_LENGTH,
	MAX_SENDER_LENGTH,
	plainText,
	PROGRESS_VERSION,
	reviewKey,
	STORAGE_KEY,
	type Assignment,
	type AssignmentLink,
	type ModuleProgress,
	type ProgressRecord,
	type QuestionResult,
	type ReviewCard,
	type ReviewCardInput,
} from './progress/format.ts';
export { addAttempt, applyRenames, mergeProgress, type AttemptResult } from './progress/merge.ts';
export { parseProgress, type ReadResult } from './progress/parse.ts';
export { MAX_IMPORT_BYTES, parseImport } from './progress/import.ts';
export {
	addAssignment,
	assignmentId,
	pruneReviewCards,
	putReviewCard,
	recordReview,
	removeAssignment,
	removeReviewCard,
	setLearnerName,
	visitPath,
	type Change,
} from './progress/changes.ts';
export { createProgressStore, REPAIR_DELAY_MS, type ProgressProblem, type ProgressStore, type StoreOptions } from './progress/store.ts';

let shared: ProgressStore | undefined;

/** The id of the JSON block in each page that lists renamed modules (former slug → current slug). */
export const RENAMES_ELEMENT_ID = 'crosstrain-renames';

function renamesFromPage(): Record<string, string> {
	try {
		const renames: unknown = JSON.parse(globalThis.document?.getElementById(RENAMES_ELEMENT_ID)?.textContent ?? '{}');
		return typeof renames === 'object' && renames !== null ? (renames as Record<string, string>) : {};
	} catch {
		return {};
	}
}

/** The browser's one progress store, over localStorage, kept in step with other tabs. */
export function getProgressStore(): ProgressStore {
	if (shared) return shared;
	let storage: Storage | undefined;
	try {
		storage = globalThis.localStorage ?? undefined;
	} catch {
		storage = undefined;
	}
	const store = createProgressStore(storage, undefined, renamesFromPage());
	globalThis.addEventListener?.('storage', (event: StorageEvent) => {
		if (event.key === STORAGE_KEY || event.key === null) store.notifyExternalChange();
	});
	shared = store;
	return store;
}
