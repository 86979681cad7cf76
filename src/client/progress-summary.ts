/** Summaries of a learner's record for paths and the home page: pure functions. */
import type { ProgressRecord } from './progress.ts';

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
	const tried = Object.entries(record.modules).sort(([, a], [, b]) => b.lastAttemptAt.localeCompare(a.lastAttemptAt));
	if (tried.length === 0) return undefined;
	const known = new Set(paths.flat());
	const unfinished = tried.find(([slug, progress]) => known.has(slug) && !progress.passed);
	if (unfinished) return unfinished[0];
	const lastPassed = tried.find(([slug]) => known.has(slug))?.[0];
	const path = paths.find((modules) => lastPassed !== undefined && modules.includes(lastPassed));
	return path?.find((slug) => !record.modules[slug]?.passed);
}
