/**
 * Rules for the assignments a learner keeps from onboarding links: how near the due date
 * is, and which modules an assignment holds, in what order. Pure functions: the element that
 * shows assignments calls them with the day; how far the learner has got is in progress-summary.ts.
 */
import { inPrerequisiteOrder } from './onboarding.ts';
import type { Assignment } from './progress/format.ts';

/** Today's calendar date, YYYY-MM-DD, in `timeZone` (the learner's own when left out). */
export function localDay(now: Date, timeZone?: string): string {
	return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(now);
}

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** How near a due date is, in calendar days: `days` is how many lie between today and the due date. */
export type DueState =
	| { state: 'none' }
	| { state: 'later'; days: number }
	| { state: 'tomorrow' }
	| { state: 'today' }
	| { state: 'overdue'; days: number };

/**
 * The state of a due date (YYYY-MM-DD) on `today` (YYYY-MM-DD, see localDay). Both are
 * calendar days, so "due tomorrow" turns into "due today" at the learner's midnight, not
 * 24 hours after the link was opened.
 */
export function dueState(due: string | undefined, today: string): DueState {
	if (!due) return { state: 'none' };
	const days = dayNumber(due) - dayNumber(today);
	if (Number.isNaN(days)) return { state: 'none' };
	if (days < 0) return { state: 'overdue', days: -days };
	if (days === 0) return { state: 'today' };
	if (days === 1) return { state: 'tomorrow' };
	return { state: 'later', days };
}

/** What the site knows of its paths and modules, for the modules an assignment holds. */
export interface Catalog {
	/** Each path's modules, in order, by path id. */
	paths: Readonly<Record<string, readonly string[]>>;
	/** Each module's prerequisites, by slug: every module on the site is a key. */
	prerequisites: Readonly<Record<string, readonly string[]>>;
}

/**
 * The modules of an assignment that this site has, in the order to take them: a path's
 * own order, or a plan's in prerequisite order (a module after those of its prerequisites
 * that are in the plan, the link's order otherwise). A module since removed is left out.
 */
export function assignmentModules(assignment: Pick<Assignment, 'kind' | 'path' | 'modules'>, catalog: Catalog): string[] {
	if (assignment.kind === 'path') return [...(catalog.paths[assignment.path ?? ''] ?? [])];
	const known = (assignment.modules ?? []).filter((slug) => slug in catalog.prerequisites);
	return inPrerequisiteOrder(known, catalog.prerequisites);
}
