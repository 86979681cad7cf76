/**
 * What the LMS session asks of a standard's adapter (SCORM in scorm-reporter.ts, cmi5 in
 * cmi5-client.ts): report each quiz check, save now, and finish once.
 */
import type { SuspendedProgress } from './suspend-data.ts';
import type { QuizCheckedDetail } from '../quiz.ts';

export interface Reporter {
	/** The standard, as an L&D admin names it: "SCORM 1.2", "SCORM 2004", "cmi5". */
	readonly standard: string;
	/** Normal records results; browse and review only look. */
	readonly mode: 'normal' | 'browse' | 'review';
	/** The LMS's pass mark in percent, when it sets one. */
	readonly masteryPercent: number | undefined;
	readonly learnerName: string | undefined;
	/** The learner's progress as the LMS kept it (suspend_data, State): encoded, not yet trusted. */
	readonly saved: string;
	/** Called once, after the session restored the saved progress (undefined on a first launch). */
	start(progress: Kept | undefined): void;
	/** Reports one quiz check; `progress` is the module's record after it. */
	checked(detail: QuizCheckedDetail, progress: Kept): void;
	/** Makes sure what was reported is stored (commit): on leaving the page's view. */
	save(progress: Kept | undefined): void;
	/** Ends the session; called once. `leaving` is true when the page is going away (pagehide). */
	finish(progress: Kept | undefined, leaving: boolean): void;
}

/** The module's progress, and the same encoded for the LMS to keep (suspend-data.ts). */
export interface Kept {
	record: SuspendedProgress;
	encoded: string;
}

/** Something the learner should know: a result that may not have reached the LMS. */
export type Problem = (message: string) => void;
