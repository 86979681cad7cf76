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
