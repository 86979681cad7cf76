/** Summaries of a learner's record for paths, the home page and review: pure functions. */
import { time, type ProgressRecord } from './progress/format.ts';

/** How much of a list of modules is completed. */
export function completedCount(record: ProgressRecord, modules: readonly string[]): number {
	return modules.filter((slug) => record.modules[slug]?.passed).length;
}

/**
 * Where a learner should pick up: the module they tried most recently without passing;
 * else the first module not yet passed in the path of the module they passed most
 * recently; else nothing. `paths` lists each path's modules in order.
 */
export function whereToContinue(record: ProgressRecord, paths: readonly (readonly string[])[]): string | undefined {
	const tried = Object.entries(record.modules).sort(([, a], [, b]) => time(b.lastAttemptAt) - time(a.lastAttemptAt));
	if (tried.length === 0) return undefined;
	const known = new Set(paths.flat());
	const unfinished = tried.find(([slug, progress]) => known.has(slug) && !progress.passed);
	if (unfinished) return unfinished[0];
	const lastPassed = tried.find(([slug]) => known.has(slug))?.[0];
	const path = paths.find((modules) => lastPassed !== undefined && modules.includes(lastPassed));
	return path?.find((slug) => !record.modules[slug]?.passed);
}

/** The review keys (`<module>/<question>`) of the cards due at `now`, the longest overdue first. */
export function dueReviews(record: ProgressRecord, now: Date): string[] {
	return Object.entries(record.review)
		.filter(([, card]) => time(card.due) <= now.getTime())
		.sort(([a, cardA], [b, cardB]) => time(cardA.due) - time(cardB.due) || (a < b ? -1 : 1))
		.map(([key]) => key);
}

/**
 * The path a module is shown in: the newest assigned path that holds it, else the path the
 * learner last visited if it holds it, else the first path that does; undefined for a
 * module in no path. `paths` maps path id → its modules in order.
 */
export function currentPath(record: ProgressRecord, module: string, paths: Readonly<Record<string, readonly string[]>>): string | undefined {
	const holds = (path: string | undefined): path is string => path !== undefined && (paths[path]?.includes(module) ?? false);
	const assigned = record.assignments.find((assignment) => holds(assignment.path))?.path;
	if (assigned) return assigned;
	if (holds(record.lastPath?.id)) return record.lastPath.id;
	return Object.keys(paths).find(holds);
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
