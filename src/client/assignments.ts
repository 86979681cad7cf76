/**
 * Rules for the assignments a learner keeps from onboarding links: how near the due date
 * is, which modules an assignment holds and in what order, and how far the learner has got.
 * Pure functions: the elements that show assignments call them with the record and the day.
 */
import { inPrerequisiteOrder } from './onboarding.ts';
import type { Assignment, ProgressRecord } from './progress/format.ts';

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

/** How far a learner has got with a list of modules. */
export interface ModulesProgress {
	done: number;
	total: number;
	/** The first module not yet passed, in order; undefined when all are. */
	next?: string;
}

/** How many of `modules` are passed, and the first that is not. */
export function modulesProgress(record: ProgressRecord, modules: readonly string[]): ModulesProgress {
	const passed = (slug: string) => record.modules[slug]?.passed === true;
	const next = modules.find((slug) => !passed(slug));
	return { done: modules.filter(passed).length, total: modules.length, ...(next === undefined ? {} : { next }) };
}

/** Where a path card sends the learner: start at the first module, continue at the first not passed, or review a completed path. */
export type PathStart = { action: 'start' | 'continue'; module: string } | { action: 'completed' };

/** A path card's way in: "start" until any module of the path has been tried, then "continue", then "completed". */
export function pathStart(record: ProgressRecord, modules: readonly string[]): PathStart | undefined {
	const { next } = modulesProgress(record, modules);
	if (next === undefined) return modules.length > 0 ? { action: 'completed' } : undefined;
	const begun = modules.some((slug) => record.modules[slug] !== undefined);
	return { action: begun ? 'continue' : 'start', module: next };
}
