/**
 * The spaced-repetition scheduler: ts-fsrs 5 (FSRS), loaded by the review page alone (the
 * budget test checks no other page loads it). A right answer rates the card Good, a wrong
 * one Again.
 *
 * Short-term learning steps are off: a card is never asked twice in one sitting (the
 * learner has just read its explanation), a wrong answer brings it back the next day and a
 * right one after days or weeks. The due time is moved to the start of its day, so a card
 * due "on Saturday" is there all Saturday, whatever time it was answered.
 */
import { fsrs, generatorParameters, Rating, type Card } from 'ts-fsrs';
import type { ReviewCard, ReviewCardInput } from '../progress/format.ts';
import { startOfDay } from './queue-view.ts';

const scheduler = fsrs(generatorParameters({ enable_short_term: false }));

/** The card rescheduled after a review answered at `now`, right or wrong. */
export function reschedule(card: ReviewCard, correct: boolean, now: Date): ReviewCardInput {
	const { savedAt: _savedAt, due, last_review, ...memory } = card;
	const input: Card = { ...memory, due: new Date(due), ...(last_review === undefined ? {} : { last_review: new Date(last_review) }) };
	const next = scheduler.next(input, now, correct ? Rating.Good : Rating.Again).card;
	return { ...next, due: startOfDay(next.due) };
}
