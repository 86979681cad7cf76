import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createEmptyCard } from 'ts-fsrs';
import { createProgressStore, pruneReviewCards, putReviewCard, recordReview, STORAGE_KEY, type ReviewCardInput } from '../../src/client/progress.ts';
import { newCard, nextDay, queueCheck, RIGHT_SAMPLE_SIZE, type CheckedQuiz } from '../../src/client/review/queue.ts';
import { daysUntil, queueView } from '../../src/client/review/queue-view.ts';
import { reschedule } from '../../src/client/review/schedule.ts';
import { FakeStorage } from '../fixtures/progress/storage.ts';

// Dates in the local time zone, as the learner's days are.
const day = (date: number, hour = 0, minute = 0) => new Date(2026, 11, date, hour, minute);
const iso = (date: Date) => date.toISOString();
const QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5'];

/** A store whose clock the test sets; `check` records a quiz check and queues it, as the module page does. */
function learner(start = day(2, 15)) {
	let now = start;
	const store = createProgressStore(new FakeStorage(), () => now);
	return {
		store,
		at(moment: Date) {
			now = moment;
		},
		check(wrong: string[], asked = QUESTIONS, passMark = 80) {
			const questions = asked.map((id) => ({ id, correct: !wrong.includes(id) }));
			const settledRight = QUESTIONS.filter((id) => !asked.includes(id));
			const right = questions.filter((question) => question.correct).length + settledRight.length;
			const passed = right * 100 >= passMark * QUESTIONS.length;
			const results = Object.fromEntries([...questions.map((question) => [question.id, question.correct] as const), ...settledRight.map((id) => [id, true] as const)]);
			store.recordAttempt('m', { score: (right * 100) / QUESTIONS.length, passed, questions: results });
			const check: CheckedQuiz = { module: 'm', passed, questions };
			return store.update(queueCheck(check));
		},
		queued: () => Object.keys(store.read().review).sort(),
	};
}

describe('the review queue', () => {
	test('a question answered wrong joins the queue as a new card, first due at the start of the next day', () => {
		const { check, store } = learner(day(2, 23, 30));
		check(['q1', 'q2'], QUESTIONS, 100);
		const card = store.read().review['m/q1']!;
		assert.equal(card.due, iso(day(3)));
		const { due: _due, savedAt: _savedAt, ...fields } = card;
		const { due: _emptyDue, last_review: _lastReview, ...empty } = createEmptyCard(day(3));
		assert.deepEqual({ ...fields }, { ...empty, state: 0 }, 'the fields ts-fsrs gives a new card');
		assert.deepEqual(Object.keys(store.read().review).sort(), ['m/q1', 'm/q2'], 'right answers of a check that does not pass stay out');
		assert.deepEqual(queueView(store.read(), day(2, 23, 59)).due, [], 'not due the same day');
		assert.deepEqual(queueView(store.read(), day(3)).due.sort(), ['m/q1', 'm/q2']);
	});

	test(`each passing check adds up to ${RIGHT_SAMPLE_SIZE} right answers not yet queued, the same whatever the order asked`, () => {
		const first = learner();
		first.check(['q1']);
		assert.equal(first.queued().length, 1 + RIGHT_SAMPLE_SIZE);
		const reordered = learner();
		reordered.check(['q1'], [...QUESTIONS].reverse());
		assert.deepEqual(reordered.queued(), first.queued(), 'the sample is deterministic');
		first.at(day(3, 9));
		first.check([]);
		assert.equal(first.queued().length, 5, 'the next pass adds two more');
		const before = first.store.read().review;
		first.at(day(4, 9));
		assert.equal(first.check([]).review, before, 'once every question is queued, a pass changes no card');
	});

	test('a pass after retrying the missed questions samples the questions settled in the first round', () => {
		const { check, queued } = learner();
		check(['q1', 'q2']);
		assert.deepEqual(queued(), ['m/q1', 'm/q2']);
		check([], ['q1', 'q2']);
		assert.equal(queued().length, 2 + RIGHT_SAMPLE_SIZE);
	});

	test('a right answer in the quiz keeps the card; a wrong one brings it due by the next day, its memory left to the scheduler', () => {
		const { check, store, at } = learner();
		const later: ReviewCardInput = { due: day(20), stability: 12, difficulty: 4, elapsed_days: 3, scheduled_days: 12, learning_steps: 0, reps: 3, lapses: 0, state: 2, last_review: day(8) };
		store.update(putReviewCard('m', 'q1', later));
		store.update(putReviewCard('m', 'q2', { ...later, due: day(1) }));
		at(day(9, 10));
		check([], QUESTIONS, 100);
		assert.equal(store.read().review['m/q1']!.due, iso(day(20)), 'a right answer leaves the card as it was');
		check(['q1', 'q2'], QUESTIONS, 100);
		const q1 = store.read().review['m/q1']!;
		assert.equal(q1.due, iso(day(10)));
		assert.deepEqual([q1.stability, q1.reps, q1.last_review], [12, 3, iso(day(8))]);
		assert.equal(store.read().review['m/q2']!.due, iso(day(1)), 'an overdue card stays due');
	});

	test('the view says what is due, when the next comes due and how many are queued, within a scope', () => {
		const { store } = learner();
		store.update(putReviewCard('a', 'q1', newCard(day(3))));
		store.update(putReviewCard('a', 'q2', newCard(day(6))));
		store.update(putReviewCard('b', 'q1', newCard(day(1))));
		assert.deepEqual(queueView(store.read(), day(4)), { due: ['b/q1', 'a/q1'], next: iso(day(6)), size: 3 });
		assert.deepEqual(queueView(store.read(), day(4), (key) => key.startsWith('a/')), { due: ['a/q1'], next: iso(day(6)), size: 2 });
		assert.deepEqual(queueView(store.read(), day(7), (key) => key.startsWith('c/')), { due: [], size: 0 });
		assert.equal(daysUntil(day(2, 23, 59), day(3, 0, 1)), 1);
		assert.equal(daysUntil(day(2, 8), day(5, 23)), 3);
		assert.equal(nextDay(day(31, 12)).getTime(), new Date(2027, 0, 1).getTime());
	});
});

describe('rescheduling a review', () => {
	test('right rates the card Good and brings it back days later; wrong rates it Again and brings it back the next day', () => {
		const { store, check, at } = learner();
		check(['q1'], QUESTIONS, 100);
		at(day(3, 18));
		const card = store.read().review['m/q1']!;
		store.update(recordReview('m', 'q1', true, reschedule(card, true, day(3, 18))));
		const right = store.read().review['m/q1']!;
		assert.equal(right.due, iso(day(6)), 'three days later, from the start of that day');
		assert.deepEqual([right.state, right.reps, right.lapses, right.last_review], [2, 1, 0, iso(day(3, 18))]);
		assert.equal(store.read().modules.m!.questions.q1!.correct, true, 'the answer counts for mastery');
		assert.deepEqual(queueView(store.read(), day(3, 19)).due, []);

		at(day(6, 9));
		store.update(recordReview('m', 'q1', false, reschedule(right, false, day(6, 9))));
		const wrong = store.read().review['m/q1']!;
		assert.equal(wrong.due, iso(day(7)));
		assert.deepEqual([wrong.reps, wrong.lapses], [2, 1]);
		assert.equal(store.read().modules.m!.questions.q1!.correct, false);
		at(day(7, 9));
		const again = reschedule(wrong, true, day(7, 9));
		assert.ok(new Date(again.due).getTime() > day(8).getTime(), 'a right answer after a lapse waits more than a day');
	});
});

describe('stale and renamed cards', () => {
	test('pruning keeps the cards of a renamed module, moved to its current slug, and drops the removed questions', () => {
		const storage = new FakeStorage();
		const card = { ...newCard(day(3)), due: iso(day(3)), savedAt: iso(day(2)) };
		storage.items.set(STORAGE_KEY, JSON.stringify({ version: 2, modules: {}, assignments: [], review: { 'old-name/q1': card, 'old-name/gone': card }, removed: { assignments: {}, review: {} } }));
		const store = createProgressStore(storage, () => day(4), { 'old-name': 'new-name' });
		store.update(pruneReviewCards(['new-name/q1', 'new-name/q2']));
		assert.deepEqual(queueView(store.read(), day(4)).due, ['new-name/q1']);
		assert.deepEqual(Object.keys(JSON.parse(storage.items.get(STORAGE_KEY)!).review), ['new-name/q1']);
	});
});
