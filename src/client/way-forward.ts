/**
 * The way forward from a module: which sequence it is shown in (a path, or the learner's
 * plan), where it stands there, and what comes next. Pure functions over the data the
 * module page carries (WayForwardData) and the learner's record.
 */
import { inPrerequisiteOrder } from './plan-order.ts';
import { dict, type ProgressRecord } from './progress/format.ts';
import { currentPath } from './progress-summary.ts';

/** The id of the JSON block a module page carries its WayForwardData in. */
export const WAY_FORWARD_DATA_ID = 'ct-way-forward-data';

/** Where the plan page is: it shows the learner's plan. */
export const PLAN_PAGE = '/onboarding/plan/';

/** What a module page needs to find its way forward, written by the build. */
export interface WayForwardData {
	/** The module the page shows. */
	module: string;
	/** The paths that hold the module, in the course's order (the first is the one the server shows). */
	paths: { id: string; title: string; modules: string[] }[];
	/** Every module's title, by slug: a plan may hold any of them. */
	titles: Record<string, string>;
	/** The prerequisites of every module that has some, to put a plan in the order its page shows. */
	prerequisites: Record<string, string[]>;
}

/** The modules a learner is going through, in order: a path, or their plan. */
export type Sequence = { kind: 'path'; id: string; title: string; modules: string[] } | { kind: 'plan'; modules: string[] };

/** Where a sequence's page is. */
export const sequenceHref = (sequence: Sequence): string => (sequence.kind === 'path' ? `/paths/${sequence.id}/` : PLAN_PAGE);

/**
 * The sequence the module is shown in: the newest assignment that holds it (a plan in the
 * order its page shows, or a path); else the path the learner last visited, else the
 * module's first path (currentPath); undefined for a module in no path and no plan.
 */
export function currentSequence(record: ProgressRecord, data: WayForwardData): Sequence | undefined {
	const { module } = data;
	// Without a prototype, so an id read from storage ("constructor") finds no path.
	const paths = Object.assign(dict<string[]>(), Object.fromEntries(data.paths.map((path) => [path.id, path.modules])));
	const assigned = record.assignments.find((assignment) => (assignment.kind === 'plan' ? assignment.modules?.includes(module) : paths[assignment.path ?? '']?.includes(module)));
	if (assigned?.kind === 'plan') {
		const known = (assigned.modules ?? []).filter((slug) => Object.hasOwn(data.titles, slug));
		return { kind: 'plan', modules: inPrerequisiteOrder(known, data.prerequisites) };
	}
	const id = currentPath(record, module, paths);
	const path = data.paths.find((candidate) => candidate.id === id);
	return path && { kind: 'path', ...path };
}

/** Where a module stands in a list of modules: its position (from 1), the total, and its neighbours. */
export interface Place {
	position: number;
	total: number;
	previous?: string;
	next?: string;
}

/** The module's place in `modules`; undefined if they do not hold it. */
export function placeIn(modules: readonly string[], module: string): Place | undefined {
	const index = modules.indexOf(module);
	if (index === -1) return undefined;
	return { position: index + 1, total: modules.length, previous: modules[index - 1], next: modules[index + 1] };
}

/**
 * What to offer once the module is passed: the next module in the sequence; at its end,
 * the first module still not passed (counting the one just passed as passed), or that the
 * sequence is finished.
 */
export type AfterPassing = { kind: 'next'; module: string } | { kind: 'unfinished'; module: string; left: number } | { kind: 'finished' };

export function afterPassing(modules: readonly string[], module: string, passed: (slug: string) => boolean): AfterPassing | undefined {
	const place = placeIn(modules, module);
	if (!place) return undefined;
	if (place.next) return { kind: 'next', module: place.next };
	const left = modules.filter((slug) => slug !== module && !passed(slug));
	return left.length > 0 ? { kind: 'unfinished', module: left[0]!, left: left.length } : { kind: 'finished' };
}
