/**
 * Mastery by objective: pure rules over the progress record. Every quiz question names the
 * module objective it checks; the record keeps the latest answer to each question, from a
 * quiz attempt or a review. An objective is:
 * - shown: every one of its questions the learner has answered was answered right the latest
 *   time, and at least one has been answered;
 * - to revisit: the latest answer to one of its questions was wrong;
 * - not yet tried: none of its questions has been answered.
 *
 * Questions the learner has never been asked do not count against an objective. A quiz that is
 * a bank draws a few of its questions per attempt, so an objective may have questions a
 * learner never saw; asking for all of them would keep the objective from being shown after
 * passing attempts and right reviews, and would reward retrying a passed quiz until every
 * question came up. Answers kept for questions the quiz no longer has (an author removed or
 * renamed them) count for nothing: the outline lists only the quiz's current questions.
 */
import type { ModuleProgress, ProgressRecord } from './progress/format.ts';

export type ObjectiveState = 'shown' | 'revisit' | 'untried';

/** The states in the order views list their counts. */
export const OBJECTIVE_STATES: readonly ObjectiveState[] = ['shown', 'revisit', 'untried'];

/** One objective of a module, with the ids of the quiz questions that check it. */
export interface ObjectiveOutline {
	id: string;
	text: string;
	questions: string[];
}

/** What mastery needs to know about a module: its title and objectives. */
export interface ModuleOutline {
	title: string;
	objectives: ObjectiveOutline[];
}

/** The modules of a course by slug, as the pages hand them to the browser. */
export type ModulesOutline = Readonly<Record<string, ModuleOutline>>;

/** An objective with the learner's state. */
export interface ObjectiveMastery extends ObjectiveOutline {
	state: ObjectiveState;
}

/** How many objectives are in each state, and in all. */
export interface MasteryCounts {
	shown: number;
	revisit: number;
	untried: number;
	total: number;
}

/** A module's outline from its frontmatter and quiz, in the objectives' written order. */
export function moduleOutline(
	module: { title: string; objectives: readonly { id: string; text: string }[] },
	quiz: { questions: readonly { id: string; objective: string }[] } | undefined,
): ModuleOutline {
	return {
		title: module.title,
		objectives: module.objectives.map((objective) => ({
			id: objective.id,
			text: objective.text,
			questions: (quiz?.questions ?? []).filter((question) => question.objective === objective.id).map((question) => question.id),
		})),
	};
}

/** The state of an objective checked by `questions`, from one module's history. */
export function objectiveState(progress: ModuleProgress | undefined, questions: readonly string[]): ObjectiveState {
	const answered = questions.map((id) => progress?.questions[id]).filter((result) => result !== undefined);
	if (answered.length === 0) return 'untried';
	return answered.every((result) => result.correct) ? 'shown' : 'revisit';
}

/** A module's objectives with the learner's state; none for a module the outline lacks. */
export function moduleMastery(record: ProgressRecord, slug: string, outline: ModulesOutline): ObjectiveMastery[] {
	const progress = record.modules[slug];
	return (outline[slug]?.objectives ?? []).map((objective) => ({ ...objective, state: objectiveState(progress, objective.questions) }));
}

/** Counts the states of a list of objectives. */
export function countStates(objectives: readonly { state: ObjectiveState }[]): MasteryCounts {
	const counts: MasteryCounts = { shown: 0, revisit: 0, untried: 0, total: objectives.length };
	for (const objective of objectives) counts[objective.state]++;
	return counts;
}

/**
 * The objectives of a list of modules (a path, a plan or the whole course), counted: each
 * module's objectives are its own, so a module listed twice counts once.
 */
export function masteryCounts(record: ProgressRecord, modules: readonly string[], outline: ModulesOutline): MasteryCounts {
	return countStates([...new Set(modules)].flatMap((slug) => moduleMastery(record, slug, outline)));
}
