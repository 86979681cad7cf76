/**
 * A module's status for this learner, the one set of words and states every page uses
 * (ModuleStatus.astro, <ct-module-status>): not started, in progress (tried, not passed
 * yet), completed.
 */
import type { ModuleProgress } from './progress/format.ts';

/** The three states a module can be in for this learner. */
export type ModuleState = 'not-started' | 'in-progress' | 'completed';

/** The state of a module from its progress entry (undefined: never tried). */
export function moduleState(progress: Pick<ModuleProgress, 'passed'> | undefined): ModuleState {
	if (!progress) return 'not-started';
	return progress.passed ? 'completed' : 'in-progress';
}

/** The interface string naming a state: `long` adds the best score ("Completed · best score 88%"), `short` does not, for a table that has a score column. */
export function moduleStatusKey(state: ModuleState, words: 'long' | 'short') {
	if (state === 'not-started') return 'status.notStarted' as const;
	if (words === 'short') return state === 'completed' ? ('status.completedShort' as const) : ('status.triedShort' as const);
	return state === 'completed' ? ('status.completed' as const) : ('status.tried' as const);
}
