/**
 * Merging progress records. Every rule is commutative, associative and idempotent, so tabs
 * that merge each other's writes in whatever order they arrive end with the same record, and
 * importing a file twice changes nothing the second time. Dates are compared as dates.
 */
import { dict, emptyRecord, isId, MAX_ATTEMPTS, moduleEntry, time, type Assignment, type ModuleProgress, type ProgressRecord, type ReviewCard } from './format.ts';

/** The outcome of checking a quiz once. */
export interface AttemptResult {
	score: number;
	passed: boolean;
	/** Right or wrong, per question id. */
	questions: Record<string, boolean>;
}

/** A fresh writer id: one per page load keeps two tabs' attempt counts apart. */
export const newWriterId = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** Two maps as one, each key's values combined by `join` (one of them may be missing). */
function joinMaps<T>(a: Record<string, T>, b: Record<string, T>, join: (a: T | undefined, b: T | undefined) => T): Record<string, T> {
	const joined = dict<T>();
	for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) joined[key] = join(a[key], b[key]);
	return joined;
}

/** Of two stamped values, the newer; on a tie the one that serializes first, so every tab picks the same. */
export function newest<T>(a: T | undefined, b: T | undefined, at: (value: T) => string): T | undefined {
	if (a === undefined || b === undefined) return a ?? b;
	return (time(at(a)) - time(at(b)) || (JSON.stringify(a) <= JSON.stringify(b) ? 1 : -1)) > 0 ? a : b;
}

/** The later of two timestamps. */
const later = (a: string | undefined, b: string | undefined) => newest(a, b, String)!;

/** Whether something saved at `at` outlives a removal at `removedAt`. */
const outlives = (at: string, removedAt: string | undefined) => time(at) > time(removedAt);

/** Adds one quiz attempt to a module's history, counted under `writer`. */
export function addAttempt(previous: ModuleProgress | undefined, result: AttemptResult, at: Date, writer: string = newWriterId()): ModuleProgress {
	const when = at.toISOString();
	const score = Math.min(100, Math.max(0, Math.round(result.score) || 0));
	const attemptsBy = Object.assign(dict<number>(), previous?.attemptsBy);
	attemptsBy[writer] = Math.min(MAX_ATTEMPTS, (attemptsBy[writer] ?? 0) + 1);
	const questions = Object.assign(dict(), previous?.questions);
	for (const [id, correct] of Object.entries(result.questions)) if (isId(id) && typeof correct === 'boolean') questions[id] = { correct, at: when };
	return moduleEntry({
		attemptsBy,
		bestScore: Math.max(previous?.bestScore ?? 0, score),
		lastScore: score,
		passed: (previous?.passed ?? false) || result.passed === true,
		lastAttemptAt: when,
		completedAt: previous?.completedAt ?? (result.passed ? when : undefined),
		questions,
	});
}

/**
 * One module's two histories as one: attempts per writer by maximum, best score by maximum,
 * passed if either passed, the first completion, and the newest last score and answers.
 */
export function mergeModule(a: ModuleProgress | undefined, b: ModuleProgress | undefined): ModuleProgress {
	if (!a || !b || a === b) return (a ?? b)!;
	const last = (time(a.lastAttemptAt) - time(b.lastAttemptAt) || a.lastScore - b.lastScore) >= 0 ? a : b;
	const completed = [a.completedAt, b.completedAt].filter((at) => at !== undefined).sort((x, y) => time(x) - time(y));
	return moduleEntry({
		attemptsBy: joinMaps(a.attemptsBy, b.attemptsBy, (x = 0, y = 0) => Math.max(x, y)),
		bestScore: Math.max(a.bestScore, b.bestScore),
		lastScore: last.lastScore,
		passed: a.passed || b.passed,
		lastAttemptAt: last.lastAttemptAt,
		completedAt: completed[0],
		questions: joinMaps(a.questions, b.questions, (x, y) => newest(x, y, (result) => result.at)!),
	});
}

/** Assignments without repeats (the newest of each id), without the removed, newest first. */
export function joinAssignments(assignments: readonly Assignment[], removed: Record<string, string>): Assignment[] {
	const byId = dict<Assignment>();
	for (const assignment of assignments) byId[assignment.id] = newest(byId[assignment.id], assignment, (kept) => kept.openedAt)!;
	return Object.values(byId)
		.filter((assignment) => outlives(assignment.openedAt, removed[assignment.id]))
		.sort((a, b) => time(b.openedAt) - time(a.openedAt) || (a.id < b.id ? -1 : 1));
}

/** The newest card of each key, without the removed. */
export function joinCards(a: Record<string, ReviewCard>, b: Record<string, ReviewCard>, removed: Record<string, string>): Record<string, ReviewCard> {
	const joined = joinMaps(a, b, (x, y) => newest(x, y, (card) => card.savedAt)!);
	for (const key in joined) if (!outlives(joined[key]!.savedAt, removed[key])) delete joined[key];
	return joined;
}

/**
 * Combines two records so nothing either holds is lost: used between tabs and by import.
 * A record from before the other's "Delete all progress" (an older `resetAt`) gives way
 * entirely; the store gives an imported file the current `resetAt`, so an import always merges.
 */
export function mergeProgress(current: ProgressRecord, incoming: ProgressRecord): ProgressRecord {
	const epoch = time(current.resetAt) - time(incoming.resetAt);
	if (current === incoming || epoch) return epoch < 0 ? incoming : current;
	const removed = {
		assignments: joinMaps(current.removed.assignments, incoming.removed.assignments, later),
		review: joinMaps(current.removed.review, incoming.removed.review, later),
	};
	const lastPath = newest(current.lastPath, incoming.lastPath, (value) => value.at);
	const learnerName = newest(current.learnerName, incoming.learnerName, (value) => value.at);
	return {
		...emptyRecord(),
		modules: joinMaps(current.modules, incoming.modules, mergeModule),
		assignments: joinAssignments([...current.assignments, ...incoming.assignments], removed.assignments),
		review: joinCards(current.review, incoming.review, removed.review),
		removed,
		...(lastPath && { lastPath }),
		...(learnerName && { learnerName }),
		...(current.resetAt && { resetAt: current.resetAt }),
	};
}

/**
 * Moves progress recorded under a renamed module's former slug to its current slug, merging
 * it with any progress already there: quiz history and review cards. `renames` maps former
 * slug → current slug. Returns `record` itself when nothing moves.
 */
export function applyRenames(record: ProgressRecord, renames: Readonly<Record<string, string>>): ProgressRecord {
	const to = new Map(Object.entries(renames).filter(([, current]) => isId(current)));
	// A module slug, or the module part of a review key.
	const rename = (key: string) => key.replace(/^[^/]+/, (slug) => to.get(slug) ?? slug);
	if (![...Object.keys(record.modules), ...Object.keys(record.review)].some((key) => rename(key) !== key)) return record;
	const rekey = <T>(map: Record<string, T>, join: (a: T | undefined, b: T) => T) => {
		const moved = dict<T>();
		for (const [key, value] of Object.entries(map)) moved[rename(key)] = join(moved[rename(key)], value);
		return moved;
	};
	return {
		...record,
		modules: rekey(record.modules, mergeModule),
		review: joinCards(rekey(record.review, (a, b) => newest(a, b, (card) => card.savedAt)!), dict(), record.removed.review),
	};
}
