/** Scoring and ordering for quizzes: pure functions, shared by the page and the tests. */

/** What scoring needs to know about a question. */
export interface ScorableQuestion {
	id: string;
	options: readonly { correct: boolean }[];
}

/** One question's result in an attempt. */
export interface QuestionResult {
	id: string;
	correct: boolean;
}

export interface AttemptScore {
	results: QuestionResult[];
	correctCount: number;
	total: number;
	/** Whole percent, rounded down so 79.5% never shows as 80%. */
	percent: number;
	passed: boolean;
}

/**
 * A question is answered right when exactly the correct options are chosen: for
 * "select all that apply", every right option and no wrong one.
 */
export function isAnswerCorrect(question: ScorableQuestion, chosen: readonly number[]): boolean {
	const picked = new Set(chosen);
	return question.options.every((option, index) => option.correct === picked.has(index));
}

/**
 * Scores an attempt. `chosen` maps question id to the chosen option indexes (in the
 * written order). `alreadyRight` holds ids answered right earlier in a "retry the ones
 * I missed" round: they count as right without being answered again.
 */
export function scoreAttempt(
	questions: readonly ScorableQuestion[],
	chosen: ReadonlyMap<string, readonly number[]>,
	passMark: number,
	alreadyRight: ReadonlySet<string> = new Set(),
): AttemptScore {
	const results = questions.map((question) => ({
		id: question.id,
		correct: alreadyRight.has(question.id) || isAnswerCorrect(question, chosen.get(question.id) ?? []),
	}));
	const correctCount = results.filter((result) => result.correct).length;
	const total = questions.length;
	return {
		results,
		correctCount,
		total,
		percent: total === 0 ? 0 : Math.floor((correctCount * 100) / total),
		passed: total > 0 && correctCount * 100 >= passMark * total,
	};
}

/** How a checked option is marked: the learner's pick, right or wrong, or a right option they missed; undefined for a wrong option left alone. */
export type OptionOutcome = 'right' | 'wrong' | 'missed';

/** The mark a checked option gets, from whether the learner picked it and whether it is right. */
export function optionOutcome(picked: boolean, correct: boolean): OptionOutcome | undefined {
	return picked ? (correct ? 'right' : 'wrong') : correct ? 'missed' : undefined;
}

/** Returns a shuffled copy (Fisher–Yates). `random` returns a number in [0, 1). */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/** The event a quiz dispatches (bubbling) after each check, for whatever reports results onward: an LMS. */
export const QUIZ_CHECKED_EVENT = 'ct-quiz-checked';

/** The detail of QUIZ_CHECKED_EVENT. */
export interface QuizCheckedDetail {
	/** The module's slug. */
	module: string;
	/** This check's score, in whole percent (rounded down). */
	score: number;
	passed: boolean;
	/** The pass mark this check used, in percent: read from the quiz's data-pass-mark at check time. */
	passMark: number;
	/** The questions of this attempt, in the order shown. */
	questions: {
		id: string;
		type: 'single' | 'multiple' | 'true-false';
		/** The id of the module objective the question checks. */
		objective: string;
		correct: boolean;
		/** The texts of the options the learner chose. */
		response: string[];
		/** The texts of the right options. */
		correctResponse: string[];
	}[];
}

/** Where an attempt stands: which questions it asks, which are settled, and the last check. */
export interface QuizState {
	/** The ids of this attempt's questions, in the order shown: the whole pool, or those drawn from the bank. */
	drawn: readonly string[];
	/** Ids answered right in an earlier round of this attempt: in a "retry the ones I missed" round they stay as they are. */
	settled: ReadonlySet<string>;
	/** The score of the round just checked; undefined while the learner is answering. */
	checked?: AttemptScore;
}

/** A new attempt: `draw` questions picked from the pool (all of them when `draw` is missing or too large). */
export function startAttempt(pool: readonly string[], draw: number | undefined, random: () => number = Math.random): QuizState {
	const drawn = draw && draw < pool.length ? shuffled(pool, random).slice(0, draw) : [...pool];
	return { drawn: pool.filter((id) => drawn.includes(id)), settled: new Set() };
}

/** Checks the round: every drawn question is scored, settled ones counting as right. */
export function checkRound(
	state: QuizState,
	questions: readonly ScorableQuestion[],
	chosen: ReadonlyMap<string, readonly number[]>,
	passMark: number,
): QuizState {
	const byId = new Map(questions.map((question) => [question.id, question]));
	const drawn = state.drawn.map((id) => byId.get(id)).filter((question): question is ScorableQuestion => question !== undefined);
	return { ...state, checked: scoreAttempt(drawn, chosen, passMark, state.settled) };
}

/** A round of the same questions in which only those answered wrong are asked again. */
export function retryMissed(state: QuizState): QuizState {
	const right = state.checked?.results.filter((result) => result.correct).map((result) => result.id) ?? [];
	return { drawn: state.drawn, settled: new Set([...state.settled, ...right]) };
}

/** The 1-based positions of the open questions that have no answer yet. */
export function unansweredPositions(state: QuizState, chosen: ReadonlyMap<string, readonly number[]>): number[] {
	return state.drawn.flatMap((id, index) => (!state.settled.has(id) && !(chosen.get(id)?.length ?? 0) ? [index + 1] : []));
}
