/**
 * The review queue's rules, as pure functions over the progress record: which questions
 * join the queue when a quiz is checked, when a new card first comes due, and what is due
 * now. The scheduler itself (ts-fsrs, in schedule.ts) is loaded by the review page alone;
 * these rules run on module pages and home, so they write a new card's fields themselves.
 *
 * - Every question answered wrong joins the queue, first due at the start of the next day:
 *   the learner has just read its feedback, so asking again the same day tests short-term
 *   memory, not learning.
 * - A question already queued and answered wrong again comes due by the next day at the
 *   latest (sooner if it already was). Its scheduling state is left to the scheduler, which
 *   rates the review answer then.
 * - A question answered right in the quiz keeps its card: the review decides when it is known.
 * - Each check that passes adds up to RIGHT_SAMPLE_SIZE of the attempt's right answers that
 *   are not queued yet, chosen by a fixed order of their review keys, so a passed module is
 *   revisited too and, over several passes, all of it.
 *
 * What is due, and when, is read in queue-view.ts.
 */
import { putReviewCard, type Change } from '../progress/changes.ts';
import { reviewKey, time, type ProgressRecord, type ReviewCard, type ReviewCardInput } from '../progress/format.ts';

/** How many right answers join the queue at each passing check: a sample, so the queue stays mostly what was missed. */
export const RIGHT_SAMPLE_SIZE = 2;

/** The start of the day after `at`, in the learner's time zone. */
export function nextDay(at: Date): Date {
	return new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1);
}

/** A new card due at `due`: the fields ts-fsrs 5's createEmptyCard writes, so a module page need not load the scheduler. */
export function newCard(due: Date): ReviewCardInput {
	return { due, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0 };
}

/** What the queue needs to know of a quiz check (QuizCheckedDetail has it). */
export interface CheckedQuiz {
	module: string;
	/** Whether this check passed. */
	passed: boolean;
	/** The questions answered in this check. */
	questions: readonly { id: string; correct: boolean }[];
}

/** A fixed, well-spread order of review keys (FNV-1a), so the sample of right answers is the same in every tab. */
const rank = (key: string): number => {
	let hash = 0x811c9dc5;
	for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
	return hash >>> 0;
};

/**
 * The questions of `module`'s latest attempt answered right and not queued, in sample order.
 * They are read from the record, where the store has just written the attempt: it holds
 * every question the attempt drew, also those settled in an earlier round of a retry,
 * which the check itself does not repeat.
 */
function rightNotQueued(record: ProgressRecord, module: string): string[] {
	const progress = record.modules[module];
	if (!progress) return [];
	return Object.entries(progress.questions)
		.filter(([id, result]) => result.correct && result.at === progress.lastAttemptAt && !(reviewKey(module, id) in record.review))
		.map(([id]) => id)
		.sort((a, b) => rank(reviewKey(module, a)) - rank(reviewKey(module, b)) || (a < b ? -1 : 1));
}

const cardFields = ({ savedAt: _savedAt, ...fields }: ReviewCard): ReviewCardInput => fields;

/** The change a quiz check makes to the review queue (see the rules above). Apply it after the attempt is recorded. */
export function queueCheck(check: CheckedQuiz): Change {
	return (record, at) => {
		const due = nextDay(at);
		let queued = record;
		const put = (question: string, card: ReviewCardInput) => {
			queued = putReviewCard(check.module, question, card)(queued, at);
		};
		for (const question of check.questions) {
			if (question.correct) continue;
			const card = queued.review[reviewKey(check.module, question.id)];
			if (!card) put(question.id, newCard(due));
			else if (time(card.due) > due.getTime()) put(question.id, { ...cardFields(card), due });
		}
		if (check.passed) for (const question of rightNotQueued(queued, check.module).slice(0, RIGHT_SAMPLE_SIZE)) put(question, newCard(due));
		return queued;
	};
}
