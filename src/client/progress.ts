/**
 * The learner's progress, kept in the browser as one versioned record (format 2; format 1
 * is migrated on read). The format and its checks are in progress/format.ts, the merge
 * rules that keep two tabs' writes in progress/merge.ts, reading in progress/parse.ts and
 * the store in progress/store.ts; this is the entry the tests and the progress page import.
 * Pages that only show progress get the browser's store from progress-store.ts, so they do not
 * load what reading an imported file needs.
 */
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
